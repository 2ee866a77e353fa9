#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// The translations as a translator leaves them: every message of paydesk_ar.ts finished, with all six Arabic
// plural forms where the English has a count, the same placeholders as the English source, the same
// mnemonic count, and the glossary's terms; paydesk_en.ts carries the English plural forms.
class tst_Translations final : public QObject
{
    Q_OBJECT

private slots:
    void arabicIsComplete();
    void englishHasItsPlurals();
    void glossaryTermsAreUsed();

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        bool unfinished = false;
        bool obsolete = false;
        QStringList forms; // the translation, or its plural forms
        qint64 line = 0;
    };
    static QList<Message> read(const QString &file);
    static QSet<QString> placeholders(const QString &text);
};

QList<tst_Translations::Message> tst_Translations::read(const QString &file)
{
    QFile ts(QStringLiteral(PAYDESK_SOURCE_DIR "/translations/") + file);
    if (!ts.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << ts.fileName();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&ts);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message =
                Message{context,         {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", false, false, {},
                        xml.lineNumber()};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            message.unfinished = type == u"unfinished";
            message.obsolete = type == u"obsolete" || type == u"vanished";
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            if (!message.obsolete)
                messages << message;
        }
    }
    if (xml.hasError())
        qWarning() << file << "line" << xml.lineNumber() << xml.errorString();
    return messages;
}

QSet<QString> tst_Translations::placeholders(const QString &text)
{
    // %L1 and %Ln are %1 and %n in the locale's digits: the same placeholder.
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

void tst_Translations::arabicIsComplete()
{
    const QList<Message> messages = read(QStringLiteral("paydesk_ar.ts"));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where =
            QStringLiteral("paydesk_ar.ts:%1 %2 \"%3\"").arg(m.line).arg(m.context, m.source);
        if (m.unfinished)
            problems << where + QStringLiteral(": unfinished");
        if (m.numerus && m.forms.size() != 6)
            problems << where + QStringLiteral(": %1 plural forms, Arabic needs 6").arg(m.forms.size());
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                break;
            }
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> got = placeholders(form);
            // A plural form may spell the number out ("طلب واحد" for one) instead of %n.
            if (m.numerus) {
                expected.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (expected != got && m.source != QLatin1String("QT_LAYOUT_DIRECTION")) {
                problems << where +
                                QStringLiteral(": placeholders %1 in \"%2\"")
                                    .arg(QStringList(got.cbegin(), got.cend()).join(QLatin1Char(' ')), form);
                break;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size()) +
                                            problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void tst_Translations::englishHasItsPlurals()
{
    QStringList problems;
    for (const Message &m : read(QStringLiteral("paydesk_en.ts"))) {
        if (!m.numerus)
            continue;
        if (m.forms.size() != 2 || m.forms.at(0).isEmpty() || m.forms.at(1).isEmpty() ||
            m.forms.at(0).contains(QStringLiteral("(s)")) || m.forms.at(1).contains(QStringLiteral("(s)")))
            problems << QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::glossaryTermsAreUsed()
{
    // The glossary's key terms: a message whose English has the term uses its Arabic word.
    // Matched on the word's root letters with the vowel marks removed, so every form of the verb counts:
    // capture ح-ص-ل (تحصيل، يُحصَّل، محصَّل), refund استرداد (يسترد، مسترد), void إلغاء (أُلغي، ملغى، يُلغي).
    const QList<std::pair<QRegularExpression, QString>> terms = {
        {QRegularExpression(QStringLiteral("(?<![-_])\\bcaptur"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("حصي?ل")},
        {QRegularExpression(QStringLiteral("(?<![-_])\\brefund"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("سترد")},
        {QRegularExpression(QStringLiteral("(?<![-_])\\bvoid"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("إلغ|ألغ|ملغ|يلغ|تلغ|الغ")},
    };
    static const QRegularExpression marks(QStringLiteral("[\\x{064B}-\\x{0652}]"));
    QStringList problems;
    for (const Message &m : read(QStringLiteral("paydesk_ar.ts"))) {
        for (const auto &[english, arabic] : terms) {
            if (!english.match(m.source).hasMatch())
                continue;
            const QRegularExpression word(arabic);
            for (const QString &form : m.forms) {
                if (!form.isEmpty() && !word.match(QString(form).remove(marks)).hasMatch()) {
                    problems << QStringLiteral("%1 \"%2\" → \"%3\"").arg(m.context, m.source, form);
                    break;
                }
            }
        }
    }
    QVERIFY2(problems.size() <= 0,
             qPrintable(QStringLiteral("%1 messages without the glossary's term:\n").arg(problems.size()) +
                        problems.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
