#include "simulatormessages.h"

namespace {

struct MessageText
{
    const char16_t *code;
    const char16_t *english;
    const char16_t *arabic;
};

constexpr MessageText messageTexts[] = {
    {u"000", u"Success", u"تمت العملية بنجاح"},
    {u"001", u"Missing parameter", u"معامل مفقود"},
    {u"002", u"Invalid parameter format", u"صيغة المعامل غير صالحة"},
    {u"004", u"Invalid command", u"أمر غير صالح"},
    {u"005", u"Invalid amount", u"مبلغ غير صالح"},
    {u"006", u"Technical problem", u"مشكلة تقنية"},
    {u"008", u"Signature mismatch", u"التوقيع غير مطابق"},
    {u"009", u"Invalid merchant identifier", u"معرّف التاجر غير صالح"},
    {u"010", u"Invalid access code", u"رمز الوصول غير صالح"},
    {u"013", u"Invalid currency", u"عملة غير صالحة"},
    {u"032", u"Invalid parameter length", u"طول المعامل غير صالح"},
    {u"033", u"Parameter value not allowed", u"قيمة المعامل غير مسموح بها"},
    {u"034", u"Operation not allowed", u"العملية غير مسموح بها"},
    {u"036", u"Order not found", u"الطلب غير موجود"},
    {u"042", u"Operation amount exceeds the authorized amount", u"مبلغ العملية يتجاوز المبلغ المفوض"},
    {u"047", u"Order already processed", u"تمت معالجة الطلب مسبقاً"},
    {u"048", u"Operation amount exceeds captured amount", u"مبلغ العملية يتجاوز المبلغ المحصّل"},
    {u"051", u"Technical error", u"خطأ تقني"},
    {u"054", u"Transaction cannot be processed at this moment", u"لا يمكن معالجة المعاملة حالياً"},
    {u"066", u"Merchant reference already exists", u"مرجع التاجر موجود مسبقاً"},
    {u"073", u"Invalid request format", u"صيغة الطلب غير صالحة"},
    {u"110", u"Contradicting parameters", u"معاملات متناقضة"},
    {u"119", u"Request dropped", u"تم إسقاط الطلب"},
    {u"666", u"Transaction declined", u"تم رفض المعاملة"},
    {u"773", u"Transaction closed", u"المعاملة مغلقة"},
    {u"777", u"The transaction has been processed, but failed to receive confirmation",
     u"تمت معالجة المعاملة ولكن لم يتم استلام التأكيد"},
    {u"778", u"Session timed out", u"انتهت مهلة الجلسة"},
    {u"784", u"Transaction still processing", u"المعاملة لا تزال قيد المعالجة"},
};

} // namespace

QString SimulatorMessages::text(QStringView responseCode, QStringView language, QStringView parameter)
{
    const QStringView message = responseCode.right(3);
    const bool arabic = language == u"ar";
    QString result = arabic ? QStringLiteral("خطأ") : QStringLiteral("Error");
    for (const MessageText &entry : messageTexts) {
        if (message == QStringView(entry.code)) {
            result = QString::fromUtf16(arabic ? entry.arabic : entry.english);
            break;
        }
    }
    if (!parameter.isEmpty())
        result += QStringLiteral(": ") + parameter;
    return result;
}
