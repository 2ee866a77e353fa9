#include "domain/transaction.h"

#include <QTest>

class tst_Transaction final : public QObject
{
    Q_OBJECT

private slots:
    void stateTokensRoundTrip_data()
    {
        QTest::addColumn<QString>("token");
        for (const char *token : {"authorized", "partially_captured", "captured", "voided", "expired",
                                  "partially_refunded", "refunded", "failed"})
            QTest::newRow(token) << QString::fromLatin1(token);
    }
    void stateTokensRoundTrip()
    {
        QFETCH(QString, token);
        const auto state = stateFromToken(token);
        QVERIFY(state.has_value());
        QCOMPARE(stateToken(*state), token);
    }
    void unknownTokensRefused()
    {
        QVERIFY(!stateFromToken(u"Authorized").has_value());
        QVERIFY(!stateFromToken(u"").has_value());
        QVERIFY(!originFromToken(u"capture").has_value());
    }
    void originTokens()
    {
        QCOMPARE(originToken(Origin::Authorization), QStringLiteral("authorization"));
        QCOMPARE(originToken(Origin::Purchase), QStringLiteral("purchase"));
        QCOMPARE(originFromToken(u"purchase"), std::optional<Origin>(Origin::Purchase));
    }
};

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
