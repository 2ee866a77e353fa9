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

// Handles --sha-type T and --sha-type=T. Returns false (with a message) for a bad value; *consumed says
// whether `arguments[*index]` was this option.
bool takeShaType(const QStringList &arguments, qsizetype *index, ShaType *type, bool *consumed,
                 QTextStream &err, const QString &command)
{
    const QString &argument = arguments.at(*index);
    const QLatin1String option("--sha-type");
    *consumed = false;
    QString value;
    if (argument == option) {
        if (*index + 1 >= arguments.size()) {
            err << "paydeskctl " << command << ": --sha-type needs a value\n";
            return false;
        }
        value = arguments.at(++*index);
    } else if (argument.startsWith(option + QLatin1Char('='))) {
        value = argument.mid(option.size() + 1);
    } else {
        return true;
    }
    *consumed = true;
    const auto parsed = shaTypeFromString(value);
    if (!parsed) {
        err << "paydeskctl " << command << ": unknown SHA type \"" << value
            << "\" (SHA-256, SHA-512, HMAC-256 or HMAC-512)\n";
        return false;
    }
    *type = *parsed;
    return true;
}

int signCommand(CommandContext &context)
{
    const QString command = QStringLiteral("sign");
    ShaType type = ShaType::Sha256;
    bool showString = false;
    bool optionsEnded = false;
    ApsMessage message;
    const QStringList &arguments = context.arguments;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument.startsWith(QLatin1String("--"))) {
            bool consumed = false;
            if (!takeShaType(arguments, &i, &type, &consumed, context.err, command))
                return ExitUsage;
            if (consumed)
                continue;
            if (argument == QLatin1String("--show-string")) {
                showString = true;
            } else if (argument == QLatin1String("--")) {
                optionsEnded = true;
            } else {
                context.err << "paydeskctl sign: unknown option " << argument << '\n';
                return ExitUsage;
            }
            continue;
        }
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
    if (showString)
        context.out << ApsSignature::canonicalString(message, phrasePlaceholder()) << '\n';
    context.out << ApsSignature::sign(message, *phrase, type) << '\n';
    return ExitDone;
}

int verifyResponseCommand(CommandContext &context)
{
    const QString command = QStringLiteral("verify-response");
    ShaType type = ShaType::Sha256;
    const QStringList &arguments = context.arguments;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        bool consumed = false;
        if (!takeShaType(arguments, &i, &type, &consumed, context.err, command))
            return ExitUsage;
        if (!consumed) {
            context.err << "paydeskctl verify-response: unexpected argument " << arguments.at(i)
                        << " (the response is read from standard input)\n";
            return ExitUsage;
        }
    }

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
