#include "profilerepository.h"

#include "aps/apsclient.h"

#include "store/database.h"
#include "store/sqlvalue.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

ProfileRepository::ProfileRepository(const Database &database)
    : m_database(database)
{}

bool ProfileRepository::isAllowedEndpoint(const QUrl &url)
{
    return ApsClient::isAcceptableEndpoint(url);
}

StoreStatus ProfileRepository::validate(const MerchantProfile &profile)
{
    const auto invalid = [](const QString &message) {
        return StoreStatus::failure(StoreError::Invalid, message);
    };
    if (profile.name.trimmed().isEmpty())
        return invalid(QStringLiteral("profile: the name is empty"));
    if (!profile.endpoint.isEmpty() && !isAllowedEndpoint(profile.endpoint))
        return invalid(
            QStringLiteral("endpoint: must be https://, or http:// to 127.0.0.1, localhost or [::1]"));
    if (profile.language != u"en" && profile.language != u"ar")
        return invalid(QStringLiteral("language: en or ar"));
    if (profile.timeoutSeconds < 1 || profile.timeoutSeconds > 600)
        return invalid(QStringLiteral("timeout-s: 1 to 600 seconds"));
    if (profile.captureWindowDays < 1 || profile.captureWindowDays > 365)
        return invalid(QStringLiteral("capture-window-days: 1 to 365 days"));
    if (profile.warningHours < 0 || profile.warningHours > 24 * 365)
        return invalid(QStringLiteral("warning-hours: 0 to 8760 hours"));
    if (profile.settleQuietMinutes < 1 || profile.settleQuietMinutes > 24 * 60)
        return invalid(QStringLiteral("settle-quiet-minutes: 1 to 1440 minutes"));
    if (profile.manualReviewMinutes < 1 || profile.manualReviewMinutes > 7 * 24 * 60)
        return invalid(QStringLiteral("manual-review-minutes: 1 to 10080 minutes"));
    if (!QTimeZone::isTimeZoneIdAvailable(profile.timeZone.toUtf8()))
        return invalid(QStringLiteral("time-zone: unknown time zone \"%1\"").arg(profile.timeZone));
    return StoreStatus::success();
}

MerchantProfile ProfileRepository::defaults(const QString &name) const
{
    MerchantProfile profile;
    profile.name = name;
    profile.merchantIdentifier = m_database.merchantIdentifier();
    profile.environment = m_database.environment();
    if (profile.environment == u"sandbox")
        profile.endpoint = QUrl(QStringLiteral("https://sbpaymentservices.payfort.com/FortAPI/paymentApi"));
    else if (profile.environment == u"production")
        profile.endpoint = QUrl(QStringLiteral("https://paymentservices.payfort.com/FortAPI/paymentApi"));
    return profile;
}

StoreResult<MerchantProfile> ProfileRepository::load(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT endpoint, sha_type, language, timeout_s, capture_window_days, warning_hours, "
        "time_zone, money_blocked_reason, settle_quiet_minutes, manual_review_minutes FROM profiles "
        "WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return StoreResult<MerchantProfile>(
            Database::sqlFailure(query, QStringLiteral("reading profile ") + name));
    if (!query.next())
        return StoreResult<MerchantProfile>::failure(
            StoreError::NotFound, QStringLiteral("no profile \"%1\" (set one with paydeskctl "
                                                 "profile set)")
                                      .arg(name));
    MerchantProfile profile = defaults(name);
    profile.endpoint = QUrl(query.value(0).toString(), QUrl::StrictMode);
    profile.shaType = shaTypeFromString(query.value(1).toString()).value_or(ShaType::Sha256);
    profile.language = query.value(2).toString();
    profile.timeoutSeconds = query.value(3).toInt();
    profile.captureWindowDays = query.value(4).toInt();
    profile.warningHours = query.value(5).toInt();
    profile.timeZone = query.value(6).toString();
    profile.moneyBlockedReason = query.value(7).toString();
    profile.settleQuietMinutes = query.value(8).toInt();
    profile.manualReviewMinutes = query.value(9).toInt();
    return profile;
}

StoreResult<MerchantProfile> ProfileRepository::loadOrDefault(const QString &name) const
{
    auto stored = load(name);
    if (stored.error == StoreError::NotFound)
        return defaults(name);
    return stored;
}

StoreResult<QStringList> ProfileRepository::names() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM profiles ORDER BY name")))
        return StoreResult<QStringList>(Database::sqlFailure(query, QStringLiteral("reading the profiles")));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

StoreStatus ProfileRepository::save(const MerchantProfile &profile) const
{
    if (StoreStatus s = validate(profile); !s.ok())
        return s;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO profiles (name, endpoint, sha_type, language, timeout_s, capture_window_days, "
        "warning_hours, "
        "time_zone, money_blocked_reason, settle_quiet_minutes, manual_review_minutes, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET endpoint = excluded.endpoint, sha_type = excluded.sha_type, "
        "language = excluded.language, timeout_s = excluded.timeout_s, "
        "capture_window_days = excluded.capture_window_days, warning_hours = excluded.warning_hours, "
        "time_zone = excluded.time_zone, money_blocked_reason = excluded.money_blocked_reason, "
        "settle_quiet_minutes = excluded.settle_quiet_minutes, "
        "manual_review_minutes = excluded.manual_review_minutes, "
        "updated_at = excluded.updated_at"));
    query.addBindValue(profile.name);
    query.addBindValue(notNull(profile.endpoint.toString(QUrl::FullyEncoded)));
    query.addBindValue(shaTypeName(profile.shaType));
    query.addBindValue(notNull(profile.language));
    query.addBindValue(profile.timeoutSeconds);
    query.addBindValue(profile.captureWindowDays);
    query.addBindValue(profile.warningHours);
    query.addBindValue(notNull(profile.timeZone));
    query.addBindValue(notNull(profile.moneyBlockedReason));
    query.addBindValue(profile.settleQuietMinutes);
    query.addBindValue(profile.manualReviewMinutes);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("saving profile ") + profile.name);
    return StoreStatus::success();
}

StoreStatus ProfileRepository::setMoneyBlockedReason(const QString &name, const QString &reason) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE profiles SET money_blocked_reason = ?, updated_at = ? WHERE name = ?"));
    query.addBindValue(notNull(reason));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(name);
    if (!query.exec())
        return Database::sqlFailure(query, QStringLiteral("updating profile ") + name);
    if (query.numRowsAffected() != 1)
        return StoreStatus::failure(StoreError::NotFound, QStringLiteral("no profile \"%1\"").arg(name));
    return StoreStatus::success();
}
