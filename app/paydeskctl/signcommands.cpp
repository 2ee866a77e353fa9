#include "command.h"

#include "aps/apsmessage.h"
#include "aps/signature.h"

#include <QFile>

namespace {

const char PhraseVariable[] = "PAYDESK_SHA_PHRASE";

// The phrase is a secret: it comes only from the environment and is printed only as this placeholder.
const QString &phrasePlaceholder()
{
    static const QString placeholder = QStringLiteral("<phrase>");
    return placeholder;
}

std::optional<QString> shaPhrase(QTextStream &err, const QString &command)
{
    const QString phrase = qEnvironmentVariable(PhraseVariable);
    if (phrase.isEmpty()) {
        err << "paydeskctl " << command << ": " << PhraseVariable
            << " is not set; the SHA phrase is read only from the environment, never from the command line\n";
        return std::nullopt;
    }
    return phrase;
}

// --sha-type T (or --sha-type=T), SHA-256 when not given. False (with a message) for a bad value.
bool shaTypeOf(CommandContext &context, const QString &command, const CommandArguments &args, ShaType *type)
{
    if (!args.has(QStringLiteral("sha-type")))
        return true;
    const QString value = args.value(QStringLiteral("sha-type"));
    const auto parsed = shaTypeFromString(value);
    if (!parsed) {
        fail(context, command,
             QStringLiteral("unknown SHA type \"%1\" (SHA-256, SHA-512, HMAC-256 or HMAC-512)").arg(value),
             ExitUsage);
        return false;
    }
    *type = *parsed;
    return true;
}

int signCommand(CommandContext &context)
{
    const QString command = QStringLiteral("sign");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("sha-type")},
                                             {QStringLiteral("show-string")});
    ShaType type = ShaType::Sha256;
    if (!args || !shaTypeOf(context, command, *args, &type))
        return ExitUsage;
    ApsMessage message;
    for (const QString &argument : args->positional()) {
        // Only the first '=' separates: values may hold '=' and spaces ("test 2121", base64 padding).
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            context.err << "paydeskctl sign: expected name=value, got \"" << argument << "\"\n";
            return ExitUsage;
        }
        const QString name = argument.left(equals);
        if (name == QLatin1String("signature")) {
            context.err
                << "paydeskctl sign: \"signature\" is never part of the signed string; leave it out\n";
            return ExitUsage;
        }
        if (message.contains(name)) {
            context.err << "paydeskctl sign: " << name << " is given twice\n";
            return ExitUsage;
        }
        message.set(name, argument.mid(equals + 1));
        if (equals + 1 == argument.size())
            context.err << "paydeskctl sign: warning: " << name << " is empty and is signed as \"" << name
                        << "=\"; PayDesk never sends empty fields\n";
    }
    if (message.isEmpty()) {
        context.err << "paydeskctl sign: give the request's fields as name=value arguments\n";
        return ExitUsage;
    }
    const auto phrase = shaPhrase(context.err, command);
    if (!phrase)
        return ExitUsage;
    if (args->flag(QStringLiteral("show-string")))
        context.out << ApsSignature::canonicalString(message, phrasePlaceholder()) << '\n';
    context.out << ApsSignature::sign(message, *phrase, type) << '\n';
    return ExitDone;
}

int verifyResponseCommand(CommandContext &context)
{
    const QString command = QStringLiteral("verify-response");
    const auto args = CommandArguments::read(context, command, {QStringLiteral("sha-type")});
    ShaType type = ShaType::Sha256;
    if (!args || !shaTypeOf(context, command, *args, &type))
        return ExitUsage;
    if (!args->positional().isEmpty())
        return fail(context, command,
                    QStringLiteral("unexpected argument %1 (the response is read from standard input)")
                        .arg(args->positional().first()),
                    ExitUsage);

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        context.err << "paydeskctl verify-response: cannot read standard input\n";
        return ExitUsage;
    }
    const auto parsed = ApsMessage::parse(input.readAll());
    if (!parsed.ok()) {
        context.err << "paydeskctl verify-response: malformed JSON: " << describeParseError(parsed.error)
                    << " at byte " << parsed.offset << '\n';
        return ExitUsage;
    }
    const auto phrase = shaPhrase(context.err, command);
    if (!phrase)
        return ExitUsage;

    const ApsMessage &response = *parsed.message;
    const QString canonical = ApsSignature::canonicalString(response, phrasePlaceholder());
    if (!response.contains(u"signature")) {
        context.out << "invalid: missing signature\n"
                    << "string: " << canonical << '\n';
        return ExitRefused;
    }
    const QString expected = ApsSignature::sign(response, *phrase, type);
    const QString received = response.value(u"signature");
    if (ApsSignature::hexEqualConstantTime(expected, received)) {
        context.out << "valid\n";
        return ExitDone;
    }
    context.out << "invalid: the signature does not match (" << shaTypeName(type) << ")\n"
                << "expected: " << expected << '\n'
                << "received: " << received << '\n'
                << "string: " << canonical << '\n';
    return ExitRefused;
}

const CommandRegistration signRegistration(
    "sign", "[--sha-type T] [--show-string] name=value...",
    "prints the APS signature of the fields with the phrase from PAYDESK_SHA_PHRASE (SHA-256 by default)",
    signCommand);

const CommandRegistration verifyResponseRegistration(
    "verify-response", "[--sha-type T]",
    "checks the signature of one JSON response read from standard input (phrase from PAYDESK_SHA_PHRASE)",
    verifyResponseCommand);

} // namespace
