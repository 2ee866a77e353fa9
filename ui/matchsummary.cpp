#include "matchsummary.h"

#include "storeworker.h"

#include "store/database.h"

MatchSummary::MatchSummary(const Database &database, QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker(database, QStringLiteral("MatchSummary"), this))
    , m_counter(new StoreWorker(database, QStringLiteral("ChipCounts"), this))
{}

MatchSummary::~MatchSummary() = default;

bool MatchSummary::isBusy() const
{
    return m_worker->isBusy();
}

bool MatchSummary::isCounting() const
{
    return m_counter->isBusy();
}

void MatchSummary::requestCounts(const QList<TransactionQuery> &queries)
{
    m_counter->submit<QList<qint64>>(
        [queries](const Database &database) {
            // Each an exact count through the indexes of its filter (capture presets, unresolved, currency,
            // dates, search); a refusal ends the list, which then shows no counts rather than wrong ones.
            QList<qint64> counts;
            const TransactionReader reader(database);
            for (const TransactionQuery &query : queries) {
                const StoreResult<qint64> count = reader.count(query);
                if (!count.ok())
                    return QList<qint64>();
                counts << *count;
            }
            return counts;
        },
        [this](const QList<qint64> &counts) { emit countsReady(counts); });
}

QString MatchSummary::keyOf(const TransactionQuery &query)
{
    if (query.hasTextSearch() || query.capture != TransactionQuery::Capture::Any ||
        query.states.contains(TransactionState::Authorized) ||
        query.states.contains(TransactionState::Expired))
        return QString();
    QStringList states;
    for (const TransactionState state : query.states)
        states << stateToken(state);
    states.sort();
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QString::number(at.toMSecsSinceEpoch()) : QString();
    };
    return QStringList{states.join(u','),
                       query.currency,
                       time(query.from),
                       time(query.to),
                       time(query.movedFrom),
                       time(query.movedTo),
                       query.minAmount ? QString::number(*query.minAmount) : QString(),
                       query.maxAmount ? QString::number(*query.maxAmount) : QString(),
                       QString::number(int(query.unresolvedOnly)),
                       QString::number(int(query.refundableOnly))}
        .join(u'|');
}

void MatchSummary::request(const TransactionQuery &query)
{
    const QString key = keyOf(query);
    if (const auto kept = m_kept.constFind(key); !key.isEmpty() && kept != m_kept.cend()) {
        m_worker->cancel();
        const Answer answer = *kept;
        emit ready(answer.count, answer.totals, answer.ok, answer.message);
        return;
    }
    m_worker->submit<Answer>(
        [query](const Database &database) {
            Answer answer;
            const StoreResult<QList<CurrencyTotals>> totals =
                TransactionReader(database).totalsByCurrency(query);
            answer.ok = totals.ok();
            answer.message = totals.message;
            if (totals.ok()) {
                answer.totals = *totals;
                for (const CurrencyTotals &currency : *totals)
                    answer.count += currency.count;
            }
            return answer;
        },
        [this, key](const Answer &answer) {
            if (!key.isEmpty() && answer.ok)
                m_kept.insert(key, answer);
            emit ready(answer.count, answer.totals, answer.ok, answer.message);
        });
}
