#include "demoseed.h"

#include "simulatormessages.h"

#include <QRandomGenerator>

namespace {

struct Customer
{
    const char16_t *name;
    const char16_t *emailLocal;
};

constexpr Customer customers[] = {
    {u"محمد العتيبي", u"m.alotaibi"},       {u"فاطمة الزهراني", u"fatima.z"},
    {u"أحمد الكندري", u"ahmad.kandari"},    {u"نورة القحطاني", u"noura.q"},
    {u"خالد المنصوري", u"khaled.mansoori"}, {u"مريم الحداد", u"mariam.haddad"},
    {u"يوسف إبراهيم", u"youssef.ibrahim"},  {u"ليلى ناصر", u"layla.nasser"},
    {u"Omar Haddad", u"omar.haddad"},       {u"Sara Al Mansoori", u"sara.almansoori"},
    {u"John Miller", u"john.miller"},       {u"Priya Sharma", u"priya.sharma"},
    {u"Ahmed Hassan", u"ahmed.hassan"},     {u"Emma Wilson", u"emma.wilson"},
    {u"Fatima Khan", u"fatima.khan"},       {u"Rashid Al Falasi", u"rashid.falasi"},
    {u"Hana Youssef", u"hana.youssef"},     {u"Carlos Mendes", u"c.mendes"},
    {u"Aisha Rahman", u"aisha.rahman"},     {u"Tariq Aziz Saleh", u"tariq.saleh"},
    {u"Mona El Sayed", u"mona.elsayed"},    {u"David Chen", u"david.chen"},
    {u"Noor Al Hashimi", u"noor.hashimi"},  {u"Karim Mostafa", u"karim.mostafa"},
};

constexpr const char16_t *domains[] = {u"gmail.com", u"outlook.com", u"yahoo.com", u"icloud.com",
                                       u"hotmail.com"};

constexpr const char16_t *descriptions[] = {
    u"Oud perfume 50 ml",       u"Abaya, size M",      u"Dates gift box",        u"Running shoes",
    u"Hotel booking, 2 nights", u"Wireless earbuds",   u"Grocery delivery",      u"Coffee beans 1 kg",
    u"Gold bracelet 21K",       u"علبة تمر فاخر",      u"عطر عود ٥٠ مل",         u"Kids' school bag",
    u"Mobile phone case",       u"Flight change fee",  u"Annual gym membership", u"Furniture: dining chair",
    u"Ramadan hamper",          u"Laptop sleeve 14\"",
};

struct CurrencyPlan
{
    const char16_t *code;
    int weight;
    qint64 minMajor;
    qint64 maxMajor;
};

constexpr CurrencyPlan currencyPlans[] = {
    {u"AED", 30, 20, 5000}, {u"SAR", 25, 20, 5000},   {u"KWD", 10, 2, 1500},
    {u"BHD", 8, 2, 1500},   {u"EGP", 12, 100, 50000}, {u"USD", 15, 5, 1500},
};

struct Card
{
    const char16_t *option;
    const char16_t *bin;
};

constexpr Card cards[] = {
    {u"VISA", u"411111"},       {u"VISA", u"400555"},       {u"VISA", u"424242"},
    {u"MASTERCARD", u"512345"}, {u"MASTERCARD", u"545454"}, {u"AMEX", u"374245"},
};

class Generator
{
public:
    Generator(const QDateTime &now, int expiryDays)
        : m_now(now)
        , m_expiryDays(expiryDays)
    {}

    SimulatorOrder order(int index, const QDateTime &authorizedAt)
    {
        SimulatorOrder order;
        order.merchantReference = QStringLiteral("PD-%1").arg(100001 + index);
        order.authorizedAt = authorizedAt;
        order.currency = pickCurrency();
        order.authorized = pickAmount(order.currency);
        order.origin = percent(25) ? SimulatorOrder::Origin::Purchase : SimulatorOrder::Origin::Authorization;
        order.approved = !percent(6);
        fillCustomer(order);
        const bool purchase = order.origin == SimulatorOrder::Origin::Purchase;
        const QString originCode = order.approved
                                       ? (purchase ? QStringLiteral("14000") : QStringLiteral("02000"))
                                       : (purchase ? QStringLiteral("13666") : QStringLiteral("03666"));
        addOperation(order, order.originCommand(), order.authorized, originCode, authorizedAt);
        if (!order.approved) {
            order.authorized = 0;
            order.authorizationCode.clear();
            return order;
        }
        if (purchase) {
            order.captured = order.authorized;
            playRefunds(order, authorizedAt);
        } else {
            playAuthorization(order);
        }
        return order;
    }

private:
    bool percent(int chance) { return int(m_random.bounded(100)) < chance; }
    // The declined maintenance attempts draw from their own generator, so the rest of the book is the same
    // as it was before they were added.
    bool rarely() { return m_rare.bounded(100) < 2; }
    static QDateTime halfway(const QDateTime &from, const QDateTime &to)
    {
        return from.addSecs(std::max<qint64>(from.secsTo(to) / 2, 0));
    }
    qint64 between(qint64 low, qint64 high)
    {
        return low + qint64(m_random.bounded(quint64(high - low + 1)));
    }

    Currency pickCurrency()
    {
        int total = 0;
        for (const CurrencyPlan &plan : currencyPlans)
            total += plan.weight;
        int pick = int(m_random.bounded(total));
        for (const CurrencyPlan &plan : currencyPlans) {
            if (pick < plan.weight)
                return *Currency::fromCode(QStringView(plan.code));
            pick -= plan.weight;
        }
        return *Currency::fromCode(u"AED");
    }

    qint64 pickAmount(const Currency &currency)
    {
        for (const CurrencyPlan &plan : currencyPlans) {
            if (currency.code() != QStringView(plan.code))
                continue;
            const qint64 unit = currency.minorPerMajor();
            const qint64 major = between(plan.minMajor, plan.maxMajor);
            // Prices end in round figures more often than not.
            if (percent(40))
                return major * unit;
            if (percent(30))
                return major * unit + unit / 2;
            return major * unit + between(0, unit - 1);
        }
        return 10000;
    }

    void fillCustomer(SimulatorOrder &order)
    {
        const Customer &customer = customers[m_random.bounded(int(std::size(customers)))];
        order.customerName = QString::fromUtf16(customer.name);
        order.customerEmail = QString::fromUtf16(customer.emailLocal) + u'@' +
                              QString::fromUtf16(domains[m_random.bounded(int(std::size(domains)))]);
        order.cardHolderName = order.customerName;
        order.orderDescription =
            QString::fromUtf16(descriptions[m_random.bounded(int(std::size(descriptions)))]);
        if (order.currency.code() == u"SAR" && percent(30)) {
            order.paymentOption = QStringLiteral("MADA");
            order.cardNumber = QStringLiteral("588845");
        } else {
            const Card &card = cards[m_random.bounded(int(std::size(cards)))];
            order.paymentOption = QString::fromUtf16(card.option);
            order.cardNumber = QString::fromUtf16(card.bin);
        }
        order.cardNumber +=
            QStringLiteral("******") + QStringLiteral("%1").arg(between(0, 9999), 4, 10, QLatin1Char('0'));
        order.expiryDate =
            QStringLiteral("%1%2").arg(between(26, 31)).arg(between(1, 12), 2, 10, QLatin1Char('0'));
        if (percent(12))
            order.digitalWallet = QStringLiteral("APPLE_PAY");
        order.channel = percent(70) ? QStringLiteral("Merchant Page") : QStringLiteral("Redirection");
        order.eci = QStringLiteral("ECOMMERCE");
        order.authorizationCode = QStringLiteral("%1").arg(between(0, 999999), 6, 10, QLatin1Char('0'));
    }

    // A time after `from`, before both `limit` and now.
    QDateTime later(const QDateTime &from, const QDateTime &limit)
    {
        const QDateTime end = std::min(limit, m_now);
        const qint64 span = from.secsTo(end);
        if (span <= 60)
            return from.addSecs(std::max<qint64>(span / 2, 0));
        return from.addSecs(between(60, span - 1));
    }

    void playAuthorization(SimulatorOrder &order)
    {
        const QDateTime deadline = order.expiresAt(m_expiryDays);
        const bool past = deadline <= m_now;
        const int roll = int(m_random.bounded(100));
        // Untouched (fresh, expiring soon or, past the deadline, expired), voided, captured in part or in
        // full, and some of the captured ones refunded.
        if (roll < (past ? 15 : 45))
            return;
        if (roll < (past ? 25 : 55)) {
            order.voided = true;
            addOperation(order, QStringLiteral("VOID_AUTHORIZATION"), 0, QStringLiteral("08000"),
                         later(order.authorizedAt, deadline));
            return;
        }
        const bool partial = percent(35);
        const qint64 amount =
            partial ? std::max<qint64>(1, order.authorized * between(20, 80) / 100) : order.authorized;
        const QDateTime capturedAt = later(order.authorizedAt, deadline);
        if (rarely()) {
            // A capture over the remainder (a typo), declined, before the good one.
            const qint64 over =
                order.authorized + std::max<qint64>(1, order.authorized * m_rare.bounded(50) / 100);
            addOperation(order, QStringLiteral("CAPTURE"), over, QStringLiteral("05042"),
                         halfway(order.authorizedAt, capturedAt));
        }
        order.captured = amount;
        addOperation(order, QStringLiteral("CAPTURE"), amount, QStringLiteral("04000"), capturedAt);
        if (partial && percent(30) && capturedAt < deadline) {
            const qint64 second = std::max<qint64>(1, (order.authorized - order.captured) / 2);
            order.captured += second;
            addOperation(order, QStringLiteral("CAPTURE"), second, QStringLiteral("04000"),
                         later(capturedAt, deadline));
        }
        playRefunds(order, capturedAt);
        if (rarely()) {
            // A void after the capture: APS refuses it, the money stays captured.
            addOperation(order, QStringLiteral("VOID_AUTHORIZATION"), 0, QStringLiteral("09034"),
                         halfway(order.operations.last().at, m_now));
        }
    }

    void playRefunds(SimulatorOrder &order, const QDateTime &after)
    {
        const int roll = int(m_random.bounded(100));
        if (roll >= 30)
            return;
        const bool full = roll < 10;
        const qint64 amount =
            full ? order.captured : std::max<qint64>(1, order.captured * between(10, 60) / 100);
        const QDateTime refundedAt = later(after, m_now);
        if (percent(15)) {
            addOperation(order, QStringLiteral("REFUND"), order.captured + 1, QStringLiteral("07048"),
                         refundedAt, refundReference(order, 1));
        }
        order.refunded = amount;
        addOperation(order, QStringLiteral("REFUND"), amount, QStringLiteral("06000"),
                     later(refundedAt, m_now), refundReference(order, 2));
    }

    static QString refundReference(const SimulatorOrder &order, int attempt)
    {
        return QStringLiteral("RF-%1-%2").arg(order.merchantReference).arg(attempt);
    }

    void addOperation(SimulatorOrder &order, const QString &command, qint64 amount, const QString &code,
                      const QDateTime &at, const QString &maintenanceReference = {})
    {
        SimulatorOperation operation;
        operation.command = command;
        operation.amount = amount;
        operation.currency = order.currency.code();
        operation.responseCode = code;
        operation.responseMessage = SimulatorMessages::text(code);
        operation.applied = code.endsWith(u"000");
        operation.at = at;
        operation.maintenanceReference = maintenanceReference;
        order.operations.append(operation);
    }

    QRandomGenerator m_random{20240611u};
    QRandomGenerator m_rare{20261130u};
    QDateTime m_now;
    int m_expiryDays;
};

SimulatorOperation uncertainAttempt(const SimulatorOrder &order, const QString &command, qint64 amount,
                                    const QDateTime &now)
{
    SimulatorOperation operation;
    operation.command = command;
    operation.amount = amount;
    operation.currency = order.currency.code();
    operation.responseCode = QStringLiteral("15777");
    operation.responseMessage = SimulatorMessages::text(operation.responseCode);
    const QDateTime last = order.operations.last().at;
    operation.at = last.addSecs(last.secsTo(now) / 2);
    if (command == u"REFUND")
        operation.maintenanceReference = QStringLiteral("RF-%1-3").arg(order.merchantReference);
    return operation;
}

// A handful of recent orders whose last capture or refund was answered 15777 (uncertain), as a lost
// confirmation leaves them: three applied (the totals moved; the operation records 04000 or 06000 and
// that 15777 was answered), two not applied (recorded as 15777). The desk flags them for a status check.
void addUncertainAnswers(QList<SimulatorOrder> &orders, const QDateTime &now, int expiryDays)
{
    int appliedCaptures = 2, appliedRefunds = 1, lostCaptures = 1, lostRefunds = 1;
    for (qsizetype index = orders.size() - 1; index >= 0; --index) {
        SimulatorOrder &order = orders[index];
        SimulatorOperation &last = order.operations.last();
        const bool authorization = order.origin == SimulatorOrder::Origin::Authorization && order.approved;
        if (order.operations.size() < 2 || !last.applied)
            continue;
        if (last.command == u"CAPTURE" && appliedCaptures > 0) {
            --appliedCaptures;
            last.answeredCode = QStringLiteral("15777");
        } else if (last.command == u"REFUND" && appliedRefunds > 0) {
            --appliedRefunds;
            last.answeredCode = QStringLiteral("15777");
        } else if (authorization && last.command == u"CAPTURE" && order.captured < order.authorized &&
                   !order.captureWindowClosed(now, expiryDays) && lostCaptures > 0) {
            --lostCaptures;
            order.operations.append(
                uncertainAttempt(order, QStringLiteral("CAPTURE"), order.authorized - order.captured, now));
        } else if (last.command == u"CAPTURE" && order.refunded == 0 && lostRefunds > 0) {
            --lostRefunds;
            order.operations.append(uncertainAttempt(order, QStringLiteral("REFUND"),
                                                     std::max<qint64>(1, order.captured / 2), now));
        }
        if (appliedCaptures + appliedRefunds + lostCaptures + lostRefunds == 0)
            return;
    }
}

} // namespace

QList<SimulatorOrder> DemoSeed::generate(const QDateTime &now, int expiryDays, int count)
{
    Generator generator(now, expiryDays);
    QList<SimulatorOrder> orders;
    orders.reserve(count);
    const qint64 window = qint64(35) * 24 * 3600;
    const QDateTime start = now.addSecs(-window);
    for (int index = 0; index < count; ++index) {
        // Spread evenly over the window, the newest a few minutes old.
        const qint64 offset = window * index / count;
        orders.append(generator.order(index, start.addSecs(offset)));
    }
    addUncertainAnswers(orders, now, expiryDays);
    return orders;
}
