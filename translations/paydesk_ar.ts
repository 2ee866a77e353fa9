<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="101"/>
        <source>Refund requests awaiting approval</source>
        <translation>طلبات الاسترداد بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="103"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="116"/>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="105"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="105"/>
        <source>Asked by</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="105"/>
        <source>Asked at</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="105"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="114"/>
        <source>Authorizations expiring in the next 24 hours</source>
        <translation>التفويضات التي تنتهي صلاحيتها خلال الـ 24 ساعة القادمة</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="118"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="118"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="118"/>
        <source>To capture</source>
        <translation>المتبقي للتحصيل</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="21"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (مبني باستخدام %2)</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="30"/>
        <source>About PayDesk</source>
        <translation>حول PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="38"/>
        <source>Captures, voids and refunds card payments taken through Amazon Payment Services, with a second person approving refunds.</source>
        <translation>يحصِّل مدفوعات البطاقات المأخوذة عبر Amazon Payment Services ويلغي تفويضها ويستردها، مع اعتماد شخص ثانٍ لعمليات الاسترداد.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="42"/>
        <location filename="../ui/aboutdialog.cpp" line="78"/>
        <source>Qt %1
Licence: %2</source>
        <translation>Qt %1
الترخيص: %2</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="53"/>
        <location filename="../ui/aboutdialog.cpp" line="56"/>
        <source>Show the &amp;licence</source>
        <translation>إظهار ال&amp;ترخيص</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="56"/>
        <source>Hide the &amp;licence</source>
        <translation>إخفاء ال&amp;ترخيص</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../ui/amountdialog.cpp" line="27"/>
        <source>Refund %1</source>
        <translation>استرداد %1</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="28"/>
        <source>Capture %1</source>
        <comment>dialog title: capture order %1</comment>
        <translation>تحصيل الطلب %1</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="34"/>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="35"/>
        <source>Order %1 · %2</source>
        <translation>الطلب %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="48"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="53"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="59"/>
        <source>Why is the money going back? (kept in the audit log)</source>
        <translation>لماذا يُعاد المبلغ؟ (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="60"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="62"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="75"/>
        <source>Co&amp;ntinue to refund…</source>
        <translation>&amp;متابعة الاسترداد…</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="75"/>
        <source>Co&amp;ntinue to capture…</source>
        <translation>&amp;متابعة التحصيل…</translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="125"/>
        <source>Enter the reason for the refund.</source>
        <translation>أدخل سبب الاسترداد.</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueWidget</name>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="32"/>
        <source>History: no capture, void or refund from PayDesk yet.</source>
        <translation>سجل الطلب: لم يُنفَّذ أي تحصيل أو إلغاء تفويض أو استرداد من PayDesk بعد.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="46"/>
        <source>voided</source>
        <translation>أُلغي تفويضه</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="47"/>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalqueuewidget.cpp" line="55"/>
        <source>%n with no known outcome yet</source>
        <translation>
            <numerusform>لا عمليات نتيجتها غير معروفة بعد</numerusform>
            <numerusform>عملية واحدة نتيجتها غير معروفة بعد</numerusform>
            <numerusform>عمليتان نتيجتهما غير معروفة بعد</numerusform>
            <numerusform>%Ln عمليات نتيجتها غير معروفة بعد</numerusform>
            <numerusform>%Ln عملية نتيجتها غير معروفة بعد</numerusform>
            <numerusform>%Ln عملية نتيجتها غير معروفة بعد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="58"/>
        <source>History: %1; last %2 on %3 by %4.</source>
        <translation>سجل الطلب: %1؛ آخر %2 في %3 بواسطة %4.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="59"/>
        <source>nothing succeeded yet</source>
        <translation>لم تنجح أي عملية بعد</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="73"/>
        <source>&amp;Approve and refund…</source>
        <translation>&amp;اعتماد واسترداد…</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="74"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="75"/>
        <source>&amp;Withdraw my request…</source>
        <translation>&amp;سحب طلبي…</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="76"/>
        <source>Approve and refund…</source>
        <translation>اعتماد واسترداد…</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="77"/>
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="78"/>
        <source>Withdraw my request…</source>
        <translation>سحب طلبي…</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="80"/>
        <source>No refund is waiting for approval.</source>
        <translation>لا يوجد استرداد بانتظار الاعتماد.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="86"/>
        <source>Refund requests awaiting approval</source>
        <translation>طلبات الاسترداد بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Asked by</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Asked at</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Expires</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="149"/>
        <source>Could not read the approval queue: %1</source>
        <translation>تعذّرت قراءة قائمة انتظار الاعتماد: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="162"/>
        <source>%1 (you)</source>
        <translation>%1 (أنت)</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="219"/>
        <source>Your approver role waits for a second administrator to confirm it. Until then another approver decides.</source>
        <translation>دورك كمعتمِد بانتظار تأكيد مسؤول ثانٍ. وحتى ذلك الحين يتخذ معتمِد آخر القرار.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="224"/>
        <source>You may not decide refund requests now. Sign in again or ask an administrator.</source>
        <translation>لا يمكنك البتّ في طلبات الاسترداد الآن. سجّل الدخول مجددًا أو راجع أحد المسؤولين.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="226"/>
        <location filename="../ui/approvalqueuewidget.cpp" line="237"/>
        <source>Select a refund request first.</source>
        <translation>اختر طلب استرداد أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="228"/>
        <location filename="../ui/approvalqueuewidget.cpp" line="241"/>
        <source>A refund is being sent. Wait for its result.</source>
        <translation>يجري إرسال استرداد. انتظر نتيجته.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="230"/>
        <source>You asked for this refund: another approver must approve it.</source>
        <translation>أنت من طلب هذا الاسترداد: يجب أن يعتمده معتمِد آخر.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="239"/>
        <source>Only %1, who asked for this refund, can withdraw it.</source>
        <translation>لا يمكن سحب هذا الطلب إلا من قِبل %1، مقدّم طلب هذا الاسترداد.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="245"/>
        <source>Sends this refund to APS now</source>
        <translation>يرسل هذا الاسترداد إلى APS الآن</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="246"/>
        <source>Refuses the request and frees the amount</source>
        <translation>يرفض الطلب ويحرّر المبلغ</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="248"/>
        <source>Takes back your request; the reserved amount becomes refundable again</source>
        <translation>يسحب طلبك؛ ويعود المبلغ المحجوز قابلًا للاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="266"/>
        <source>Approve refund</source>
        <translation>اعتماد الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="267"/>
        <source>Refund %1 to the customer of order %2 now?

Asked by %3: %4</source>
        <translation>هل تريد استرداد %1 لعميل الطلب %2 الآن؟

مقدّم الطلب %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="272"/>
        <source>&amp;Approve and refund</source>
        <translation>&amp;اعتماد واسترداد</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="290"/>
        <source>Reject refund request</source>
        <translation>رفض طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="292"/>
        <source>Why is the refund of %1 on order %2 rejected? %3 will see this reason.</source>
        <translation>ما سبب رفض استرداد %1 على الطلب %2؟ سيطّلع %3 على هذا السبب.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="298"/>
        <source>A rejection needs a reason.</source>
        <translation>يجب ذكر سبب للرفض.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="322"/>
        <source>Withdraw refund request</source>
        <translation>سحب طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="323"/>
        <source>Withdraw your request to refund %1 on order %2? Nothing was sent to APS; the reserved amount becomes refundable again.</source>
        <translation>هل تريد سحب طلبك لاسترداد %1 على الطلب %2؟ لم يُرسَل شيء إلى APS؛ وسيعود المبلغ المحجوز قابلًا للاسترداد.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="327"/>
        <source>&amp;Withdraw request</source>
        <translation>&amp;سحب الطلب</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="341"/>
        <source>Refund request withdrawn; the amount is refundable again.</source>
        <translation>سُحب طلب الاسترداد؛ وأصبح المبلغ قابلًا للاسترداد مجددًا.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="342"/>
        <source>Not withdrawn: %1</source>
        <translation>لم يُسحب الطلب: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="361"/>
        <source>Authorized: %1</source>
        <translation>المبلغ المفوَّض: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="362"/>
        <source>Captured: %1</source>
        <translation>المحصَّل: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="363"/>
        <source>Already refunded: %1</source>
        <translation>المسترد سابقًا: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="364"/>
        <source>Reserved by other requests: %1</source>
        <translation>محجوز لطلبات أخرى: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="366"/>
        <source>This refund: %1</source>
        <translation>هذا الاسترداد: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="367"/>
        <source>Refundable after this refund: %1</source>
        <translation>القابل للاسترداد بعد هذا الاسترداد: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="383"/>
        <source>Sending the approved refund to APS…</source>
        <translation>جارٍ إرسال الاسترداد المعتمد إلى APS…</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="387"/>
        <source>Not approved: you asked for this refund yourself, so another approver must approve it.</source>
        <translation>لم يُعتمد: أنت من طلب هذا الاسترداد، لذا يجب أن يعتمده معتمِد آخر.</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="389"/>
        <source>Not approved: %1</source>
        <translation>لم يُعتمد: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="399"/>
        <source>Refund request rejected: %1</source>
        <translation>رُفض طلب الاسترداد: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="400"/>
        <source>Not rejected: %1</source>
        <translation>لم يُرفض: %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../ui/auditview.cpp" line="211"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="213"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="218"/>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="223"/>
        <source>Any order</source>
        <translation>أي طلب</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="234"/>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="236"/>
        <source>Action:</source>
        <translation>الإجراء:</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="238"/>
        <source>Order:</source>
        <translation>الطلب:</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="240"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="242"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="39"/>
        <source>Captured %1</source>
        <translation>تم تحصيل %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="40"/>
        <source>Captured</source>
        <translation>تم التحصيل</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="41"/>
        <source>Capture of %1 sent to APS</source>
        <translation>أُرسل تحصيل %1 إلى APS</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="42"/>
        <source>Capture sent to APS</source>
        <translation>أُرسل التحصيل إلى APS</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="43"/>
        <source>Capture of %1 declined</source>
        <translation>تحصيل %1 مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="44"/>
        <source>Capture declined</source>
        <translation>التحصيل مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="45"/>
        <source>Capture of %1 refused</source>
        <translation>لم يُسمح بتحصيل %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="46"/>
        <source>Capture refused</source>
        <translation>لم يُسمح بالتحصيل</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="47"/>
        <source>Capture of %1</source>
        <translation>تحصيل %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="48"/>
        <source>Capture</source>
        <translation>تحصيل</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="49"/>
        <source>Voided, %1 released</source>
        <translation>أُلغي التفويض، وحُرِّر %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="50"/>
        <source>Voided</source>
        <translation>أُلغي التفويض</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="51"/>
        <location filename="../ui/auditview.cpp" line="52"/>
        <source>Void sent to APS</source>
        <translation>أُرسل إلغاء التفويض إلى APS</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="53"/>
        <location filename="../ui/auditview.cpp" line="54"/>
        <source>Void declined</source>
        <translation>إلغاء التفويض مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="55"/>
        <location filename="../ui/auditview.cpp" line="56"/>
        <source>Void refused</source>
        <translation>لم يُسمح بإلغاء التفويض</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="57"/>
        <source>Void</source>
        <translation>إلغاء التفويض</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="58"/>
        <source>Refunded %1</source>
        <translation>تم استرداد %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="59"/>
        <source>Refunded</source>
        <translation>تم الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="60"/>
        <source>Refund of %1 sent to APS</source>
        <translation>أُرسل استرداد %1 إلى APS</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="61"/>
        <source>Refund sent to APS</source>
        <translation>أُرسل الاسترداد إلى APS</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="62"/>
        <source>Refund of %1 declined</source>
        <translation>استرداد %1 مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="63"/>
        <source>Refund declined</source>
        <translation>الاسترداد مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="64"/>
        <source>Refund of %1 refused</source>
        <translation>لم يُسمح باسترداد %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="65"/>
        <source>Refund refused</source>
        <translation>لم يُسمح بالاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="66"/>
        <source>Refund of %1</source>
        <translation>استرداد %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="66"/>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="67"/>
        <source>Refund of %1 requested, awaiting approval</source>
        <translation>طُلب استرداد %1، بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="68"/>
        <source>Refund requested, awaiting approval</source>
        <translation>طُلب استرداد، بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="69"/>
        <location filename="../ui/auditview.cpp" line="70"/>
        <source>Refund request approval refused</source>
        <translation>لم يُسمح باعتماد طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="71"/>
        <location filename="../ui/auditview.cpp" line="72"/>
        <source>Refund request approved</source>
        <translation>اعتُمد طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="73"/>
        <location filename="../ui/auditview.cpp" line="74"/>
        <source>Refund request rejection refused</source>
        <translation>لم يُسمح برفض طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="75"/>
        <location filename="../ui/auditview.cpp" line="76"/>
        <source>Refund request rejected</source>
        <translation>رُفض طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="77"/>
        <location filename="../ui/auditview.cpp" line="78"/>
        <source>Refund request expired</source>
        <translation>انتهت صلاحية طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="79"/>
        <location filename="../ui/auditview.cpp" line="80"/>
        <source>Refund request withdrawn</source>
        <translation>سُحب طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="81"/>
        <location filename="../ui/auditview.cpp" line="82"/>
        <source>Status checked with APS</source>
        <translation>تم الاستعلام عن الحالة لدى APS</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="83"/>
        <location filename="../ui/auditview.cpp" line="84"/>
        <source>Signed in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="85"/>
        <location filename="../ui/auditview.cpp" line="86"/>
        <source>Sign-in refused</source>
        <translation>لم يُسمح بتسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="87"/>
        <location filename="../ui/auditview.cpp" line="88"/>
        <source>Desk locked</source>
        <translation>تم قفل PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="89"/>
        <location filename="../ui/auditview.cpp" line="90"/>
        <source>APS report imported</source>
        <translation>تم استيراد تقرير APS</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="91"/>
        <location filename="../ui/auditview.cpp" line="92"/>
        <source>List exported</source>
        <translation>تم تصدير القائمة</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="93"/>
        <location filename="../ui/auditview.cpp" line="94"/>
        <source>Profile settings changed</source>
        <translation>تم تغيير إعدادات ملف التاجر</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="95"/>
        <location filename="../ui/auditview.cpp" line="96"/>
        <source>Approval threshold changed</source>
        <translation>تم تغيير حد الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="97"/>
        <location filename="../ui/auditview.cpp" line="98"/>
        <source>User added</source>
        <translation>تمت إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="99"/>
        <location filename="../ui/auditview.cpp" line="100"/>
        <source>User disabled</source>
        <translation>تم تعطيل مستخدم</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="101"/>
        <location filename="../ui/auditview.cpp" line="102"/>
        <source>User enabled</source>
        <translation>تم تفعيل مستخدم</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="103"/>
        <location filename="../ui/auditview.cpp" line="104"/>
        <source>Role changed</source>
        <translation>تم تغيير الدور</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="105"/>
        <location filename="../ui/auditview.cpp" line="106"/>
        <source>Password reset</source>
        <translation>تمت إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="107"/>
        <location filename="../ui/auditview.cpp" line="108"/>
        <source>Approver role confirmed</source>
        <translation>تم تأكيد دور المعتمِد</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="109"/>
        <location filename="../ui/auditview.cpp" line="110"/>
        <source>Resolution proposed</source>
        <translation>تم اقتراح حسم النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="111"/>
        <location filename="../ui/auditview.cpp" line="112"/>
        <source>Resolution confirmed</source>
        <translation>تم تأكيد حسم النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="113"/>
        <location filename="../ui/auditview.cpp" line="114"/>
        <source>Resolution rejected</source>
        <translation>تم رفض حسم النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="115"/>
        <location filename="../ui/auditview.cpp" line="116"/>
        <source>Team keys exported</source>
        <translation>تم تصدير مفاتيح الفريق</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="117"/>
        <location filename="../ui/auditview.cpp" line="118"/>
        <source>Team keys imported</source>
        <translation>تم استيراد مفاتيح الفريق</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="119"/>
        <location filename="../ui/auditview.cpp" line="120"/>
        <source>Backup made</source>
        <translation>تم إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="121"/>
        <location filename="../ui/auditview.cpp" line="122"/>
        <source>Backup restored</source>
        <translation>تمت استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="123"/>
        <location filename="../ui/auditview.cpp" line="124"/>
        <source>Moved to the team database</source>
        <translation>تم النقل إلى قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="125"/>
        <location filename="../ui/auditview.cpp" line="126"/>
        <source>Cache created</source>
        <translation>تم إنشاء قاعدة البيانات المحلية</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="127"/>
        <location filename="../ui/auditview.cpp" line="128"/>
        <source>People records sealed</source>
        <translation>تم ختم سجلات الأشخاص</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="129"/>
        <location filename="../ui/auditview.cpp" line="130"/>
        <source>APS applied an operation late: order flagged</source>
        <translation>نفّذت APS عملية متأخرة: تم تمييز الطلب</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="131"/>
        <location filename="../ui/auditview.cpp" line="132"/>
        <source>Money operations stopped: check the credentials</source>
        <translation>أُوقفت العمليات المالية: تحقّق من بيانات الوصول</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Time (%1)</source>
        <translation>الوقت (%1)</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="261"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;تصدير بصيغة CSV…</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="262"/>
        <source>&amp;Verify chain</source>
        <translation>التحقق من ال&amp;سلسلة</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="263"/>
        <source>Checks that no row of the audit log was edited, deleted or re-ordered</source>
        <translation>يتحقق من عدم تعديل أي صف في سجل التدقيق أو حذفه أو تغيير ترتيبه</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="347"/>
        <source>%n entry(ies), newest first</source>
        <translation>
            <numerusform>لا قيود</numerusform>
            <numerusform>قيد واحد، الأحدث أولًا</numerusform>
            <numerusform>قيدان، الأحدث أولًا</numerusform>
            <numerusform>%Ln قيود، الأحدث أولًا</numerusform>
            <numerusform>%Ln قيدًا، الأحدث أولًا</numerusform>
            <numerusform>%Ln قيد، الأحدث أولًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="348"/>
        <source>Could not read the audit log: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="353"/>
        <source>Export the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="353"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="370"/>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="373"/>
        <source>%n entry(ies) written to %1</source>
        <translation>
            <numerusform>لم يُكتب أي قيد في %1</numerusform>
            <numerusform>كُتب قيد واحد في %1</numerusform>
            <numerusform>كُتب قيدان في %1</numerusform>
            <numerusform>كُتبت %Ln قيود في %1</numerusform>
            <numerusform>كُتب %Ln قيدًا في %1</numerusform>
            <numerusform>كُتب %Ln قيد في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="383"/>
        <source>The audit log is intact: %n row(s) checked, none edited, deleted or re-ordered.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: لا صفوف لفحصها.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحص صف واحد، ولم يُعدَّل أو يُحذف أو يُعَد ترتيبه.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحص صفّان، ولم يُعدَّل أيّ منهما أو يُحذف أو يُعَد ترتيبه.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحصت %Ln صفوف، ولم يُعدَّل أيّ منها أو يُحذف أو يُعَد ترتيبه.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحص %Ln صفًّا، ولم يُعدَّل أيّ منها أو يُحذف أو يُعَد ترتيبه.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحص %Ln صف، ولم يُعدَّل أيّ منها أو يُحذف أو يُعَد ترتيبه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="392"/>
        <source>row %1 was edited (or the audit key is not the one that wrote it)</source>
        <translation>عُدِّل الصف %1 (أو أن مفتاح التدقيق ليس المفتاح الذي كتبه)</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="395"/>
        <source>a row was deleted before row %1</source>
        <translation>حُذف صف قبل الصف %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="398"/>
        <source>rows were re-ordered at row %1</source>
        <translation>أُعيد ترتيب الصفوف عند الصف %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="402"/>
        <source>rows were cut off the end from row %1</source>
        <translation>اقتُطعت صفوف من نهاية السجل بدءًا من الصف %1</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="406"/>
        <source>the log or its key could not be read (row %1)</source>
        <translation>تعذّرت قراءة السجل أو مفتاحه (الصف %1)</translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="410"/>
        <source>The audit log is NOT intact: %1. %2</source>
        <translation>سجل التدقيق غير سليم: %1. %2</translation>
    </message>
</context>
<context>
    <name>BulkCaptureDialog</name>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="48"/>
        <source>Capture several orders</source>
        <comment>window title; capture = charge authorized money</comment>
        <translation>تحصيل عدة طلبات</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="62"/>
        <source>Line</source>
        <comment>line of the input file or selection</comment>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="63"/>
        <source>Reference</source>
        <comment>merchant reference of the order</comment>
        <translation>مرجع التاجر</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="64"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="65"/>
        <source>Check</source>
        <comment>column: what the check before capturing found</comment>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="66"/>
        <source>Result</source>
        <comment>column: what happened when capturing</comment>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="67"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="68"/>
        <source>APS code</source>
        <translation>رمز APS</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="78"/>
        <source>Capture…</source>
        <comment>button: go on to confirm the capture</comment>
        <translation>تحصيل…</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="81"/>
        <source>Capture now</source>
        <comment>button: charge the customers</comment>
        <translation>تحصيل الآن</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="82"/>
        <source>Cancel</source>
        <comment>button: do not capture, back to the list</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="85"/>
        <source>Stop</source>
        <comment>button: start no further captures</comment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="86"/>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="127"/>
        <source>%1 cannot be opened: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="132"/>
        <source>%1 is not a list of orders to capture (merchant_reference,amount): %2</source>
        <translation>%1 ليس قائمة طلبات للتحصيل (merchant_reference,amount): %2</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="142"/>
        <source>Nothing to capture: every row is skipped.</source>
        <translation>لا شيء للتحصيل: تم تخطي كل الصفوف.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="143"/>
        <source>Will capture %n order(s): %1</source>
        <comment>capture = charge authorized money</comment>
        <translation>
            <numerusform>لن يُحصَّل أي طلب: %1</numerusform>
            <numerusform>سيُحصَّل طلب واحد: %1</numerusform>
            <numerusform>سيُحصَّل طلبان: %1</numerusform>
            <numerusform>ستُحصَّل %Ln طلبات: %1</numerusform>
            <numerusform>سيُحصَّل %Ln طلبًا: %1</numerusform>
            <numerusform>سيُحصَّل %Ln طلب: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="153"/>
        <source>Listed on an earlier line already; each order is captured once at most.</source>
        <translation>مدرج في سطر سابق؛ يُحصَّل كل طلب مرة واحدة على الأكثر.</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="155"/>
        <source>PayDesk does not know order %1. Import the latest report or check the reference.</source>
        <translation>لا يعرف PayDesk الطلب %1. استورد أحدث تقرير أو تحقّق من المرجع.</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="159"/>
        <source>No order reference on this line.</source>
        <translation>لا يوجد مرجع طلب في هذا السطر.</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="164"/>
        <source>The amount &quot;%1&quot; cannot be used: %2</source>
        <translation>لا يمكن استخدام المبلغ &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="167"/>
        <source>This line cannot be used: %1</source>
        <translation>لا يمكن استخدام هذا السطر: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="180"/>
        <source>Captured</source>
        <comment>bulk result: APS charged the customer</comment>
        <translation>محصَّل</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="182"/>
        <source>Skipped</source>
        <comment>bulk result: left out by the check, nothing sent</comment>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="184"/>
        <source>Declined</source>
        <comment>bulk result: APS refused, nothing moved</comment>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="186"/>
        <source>Outcome unknown</source>
        <comment>bulk result: being reconciled with APS</comment>
        <translation>النتيجة غير معروفة</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="188"/>
        <source>Not done</source>
        <comment>bulk result: PayDesk refused before sending</comment>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="190"/>
        <source>Not sent</source>
        <comment>bulk result: nothing reached APS</comment>
        <translation>لم يُرسَل</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="192"/>
        <source>Not started</source>
        <comment>bulk result: the run was stopped before this row</comment>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="207"/>
        <source>%1 (what is left)</source>
        <comment>amount to capture: the rest of the order</comment>
        <translation>%1 (المتبقي)</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="215"/>
        <source>Will capture</source>
        <comment>the order will be charged</comment>
        <translation>سيُحصَّل</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="216"/>
        <source>Skipped: %1</source>
        <translation>تم التخطي: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="251"/>
        <source>%n row(s) will be skipped; the list says why.</source>
        <translation>
            <numerusform>لن يُتخطّى أي صف.</numerusform>
            <numerusform>سيُتخطّى صف واحد؛ القائمة تبيّن السبب.</numerusform>
            <numerusform>سيُتخطّى صفّان؛ القائمة تبيّن السبب.</numerusform>
            <numerusform>سيُتخطّى %Ln صفوف؛ القائمة تبيّن السبب.</numerusform>
            <numerusform>سيُتخطّى %Ln صفًا؛ القائمة تبيّن السبب.</numerusform>
            <numerusform>سيُتخطّى %Ln صف؛ القائمة تبيّن السبب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="258"/>
        <source>Capture %n order(s) now: %1. The customers will be charged.</source>
        <translation>
            <numerusform>لا طلبات للتحصيل الآن: %1.</numerusform>
            <numerusform>تحصيل طلب واحد الآن: %1. سيُخصم المبلغ من العميل.</numerusform>
            <numerusform>تحصيل طلبين الآن: %1. سيُخصم المبلغ من العميلين.</numerusform>
            <numerusform>تحصيل %Ln طلبات الآن: %1. سيُخصم المبلغ من العملاء.</numerusform>
            <numerusform>تحصيل %Ln طلبًا الآن: %1. سيُخصم المبلغ من العملاء.</numerusform>
            <numerusform>تحصيل %Ln طلب الآن: %1. سيُخصم المبلغ من العملاء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="266"/>
        <source>Capturing… Stop starts no further captures; those already sent finish.</source>
        <translation>جارٍ التحصيل… زر «إيقاف» يمنع بدء أي تحصيل جديد؛ وتكتمل عمليات التحصيل المُرسلة.</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="294"/>
        <source>Stopping: the captures already sent finish; no more start.</source>
        <translation>جارٍ الإيقاف: تكتمل عمليات التحصيل المُرسلة، ولا تبدأ عمليات جديدة.</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="323"/>
        <source>Not started: the run was stopped. Nothing was sent for this order.</source>
        <translation>لم يبدأ: أُوقف التنفيذ. لم يُرسَل أي شيء لهذا الطلب.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="373"/>
        <source>Captured %n order(s): %1.</source>
        <translation>
            <numerusform>لم يُحصَّل أي طلب: %1.</numerusform>
            <numerusform>حُصِّل طلب واحد: %1.</numerusform>
            <numerusform>حُصِّل طلبان: %1.</numerusform>
            <numerusform>حُصِّلت %Ln طلبات: %1.</numerusform>
            <numerusform>حُصِّل %Ln طلبًا: %1.</numerusform>
            <numerusform>حُصِّل %Ln طلب: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="375"/>
        <source>Nothing was captured.</source>
        <translation>لم يُحصَّل أي شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="380"/>
        <source>%n declined by APS.</source>
        <translation>
            <numerusform>لا طلبات مرفوضة من APS.</numerusform>
            <numerusform>طلب واحد مرفوض من APS.</numerusform>
            <numerusform>طلبان مرفوضان من APS.</numerusform>
            <numerusform>%Ln طلبات مرفوضة من APS.</numerusform>
            <numerusform>%Ln طلبًا مرفوضًا من APS.</numerusform>
            <numerusform>%Ln طلب مرفوض من APS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="382"/>
        <source>%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.</source>
        <translation>
            <numerusform>لا طلبات نتيجتها غير معروفة.</numerusform>
            <numerusform>طلب واحد نتيجته غير معروفة بعد: لا تكرّره؛ يستعلم PayDesk عنه لدى APS.</numerusform>
            <numerusform>طلبان نتيجتهما غير معروفة بعد: لا تكرّرهما؛ يستعلم PayDesk عنهما لدى APS.</numerusform>
            <numerusform>%Ln طلبات نتيجتها غير معروفة بعد: لا تكرّرها؛ يستعلم PayDesk عنها لدى APS.</numerusform>
            <numerusform>%Ln طلبًا نتيجتها غير معروفة بعد: لا تكرّرها؛ يستعلم PayDesk عنها لدى APS.</numerusform>
            <numerusform>%Ln طلب نتيجتها غير معروفة بعد: لا تكرّرها؛ يستعلم PayDesk عنها لدى APS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="384"/>
        <source>%n not done.</source>
        <translation>
            <numerusform>لا طلبات لم تُنفَّذ.</numerusform>
            <numerusform>طلب واحد لم يُنفَّذ.</numerusform>
            <numerusform>طلبان لم يُنفَّذا.</numerusform>
            <numerusform>%Ln طلبات لم تُنفَّذ.</numerusform>
            <numerusform>%Ln طلبًا لم تُنفَّذ.</numerusform>
            <numerusform>%Ln طلب لم تُنفَّذ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="385"/>
        <source>%n not sent.</source>
        <translation>
            <numerusform>لا طلبات لم تُرسَل.</numerusform>
            <numerusform>طلب واحد لم يُرسَل.</numerusform>
            <numerusform>طلبان لم يُرسَلا.</numerusform>
            <numerusform>%Ln طلبات لم تُرسَل.</numerusform>
            <numerusform>%Ln طلبًا لم تُرسَل.</numerusform>
            <numerusform>%Ln طلب لم تُرسَل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="386"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي طلب.</numerusform>
            <numerusform>تم تخطي طلب واحد.</numerusform>
            <numerusform>تم تخطي طلبين.</numerusform>
            <numerusform>تم تخطي %Ln طلبات.</numerusform>
            <numerusform>تم تخطي %Ln طلبًا.</numerusform>
            <numerusform>تم تخطي %Ln طلب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="388"/>
        <source>%n not started because the run was stopped.</source>
        <translation>
            <numerusform>لا طلبات لم تبدأ بسبب إيقاف التنفيذ.</numerusform>
            <numerusform>طلب واحد لم يبدأ لأن التنفيذ أُوقف.</numerusform>
            <numerusform>طلبان لم يبدآ لأن التنفيذ أُوقف.</numerusform>
            <numerusform>%Ln طلبات لم تبدأ لأن التنفيذ أُوقف.</numerusform>
            <numerusform>%Ln طلبًا لم تبدأ لأن التنفيذ أُوقف.</numerusform>
            <numerusform>%Ln طلب لم تبدأ لأن التنفيذ أُوقف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="402"/>
        <location filename="../ui/bulkcapturedialog.cpp" line="428"/>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="436"/>
        <source>Export the capture report</source>
        <translation>تصدير تقرير التحصيل</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="436"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="443"/>
        <source>Report saved to %1.</source>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
</context>
<context>
    <name>DeskLauncher</name>
    <message>
        <location filename="../ui/desklauncher.cpp" line="54"/>
        <source>This program has no demo.</source>
        <translation>لا يتضمن هذا البرنامج عرضًا تجريبيًا.</translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="60"/>
        <source>PayDesk cannot start</source>
        <translation>تعذّر تشغيل PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="73"/>
        <source>The team database cannot be opened</source>
        <translation>تعذّر فتح قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="104"/>
        <source>No user was created</source>
        <translation>لم يُنشأ أي مستخدم</translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="119"/>
        <source>Sign in as another demo user</source>
        <translation>تسجيل الدخول كمستخدم آخر في العرض التجريبي</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="25"/>
        <source>Authorization</source>
        <translation>تفويض</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="27"/>
        <source>Purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="63"/>
        <source>Select a transaction to see its amounts and history.</source>
        <translation>اختر معاملة لعرض مبالغها وسجلها.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="105"/>
        <source>Authorized</source>
        <translation>مفوَّض</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="106"/>
        <location filename="../ui/detailpane.cpp" line="109"/>
        <source>Captured</source>
        <comment>amount captured so far</comment>
        <translation>محصَّل</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="107"/>
        <source>Left to capture</source>
        <translation>المتبقي للتحصيل</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="110"/>
        <source>Refunded</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="111"/>
        <source>Reserved for refund requests</source>
        <translation>محجوز لطلبات الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="112"/>
        <source>Refundable</source>
        <translation>قابلة للاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="123"/>
        <source>Capture deadline:</source>
        <translation>آخر موعد للتحصيل:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="124"/>
        <source>Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="125"/>
        <source>Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="126"/>
        <source>APS:</source>
        <translation>APS:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="129"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <source>APS answer</source>
        <translation>رد APS</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="142"/>
        <source>Operation history</source>
        <translation>تاريخ العمليات</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="169"/>
        <source>In progress…</source>
        <translation>قيد التنفيذ…</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="171"/>
        <source>outcome of the last operation not known yet</source>
        <translation>نتيجة آخر عملية غير معروفة بعد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="173"/>
        <source>waiting for a status check</source>
        <translation>بانتظار الاستعلام عن الحالة</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="188"/>
        <source>none: the card declined %1</source>
        <translation>لا شيء: رفضت البطاقة %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="193"/>
        <source>none: %1 released at the deadline</source>
        <translation>لا شيء: أُفرج عن %1 عند آخر موعد للتحصيل</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="194"/>
        <location filename="../ui/detailpane.cpp" line="205"/>
        <source>none (declined)</source>
        <translation>لا شيء (مرفوض)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="195"/>
        <source>none (voided)</source>
        <translation>لا شيء (أُلغي تفويضه)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="196"/>
        <source>none (purchase)</source>
        <translation>لا شيء (شراء)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="207"/>
        <source>none (a purchase is captured when paid)</source>
        <translation>لا شيء (الشراء يُحصَّل عند الدفع)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="211"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="219"/>
        <location filename="../ui/detailpane.cpp" line="220"/>
        <location filename="../ui/detailpane.cpp" line="226"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="226"/>
        <source>Order id %1</source>
        <translation>رقم الطلب %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="229"/>
        <source>last answer %1 %2</source>
        <translation>آخر رد %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="245"/>
        <source>waiting to be sure it did not happen: APS has shown no change since %1</source>
        <translation>بانتظار التأكد من أنها لم تتم: لم يُظهر APS أي تغيير منذ %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="270"/>
        <location filename="../ui/detailpane.cpp" line="356"/>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="275"/>
        <source>No capture, void or refund from PayDesk yet</source>
        <translation>لا تحصيل ولا إلغاء تفويض ولا استرداد من PayDesk بعد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="289"/>
        <source>&amp;Withdraw my request…</source>
        <translation>&amp;سحب طلبي…</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="292"/>
        <source>Takes back your refund request; the reserved amount becomes refundable again</source>
        <translation>يسحب طلب الاسترداد الخاص بك؛ ويصبح المبلغ المحجوز قابلًا للاسترداد مجددًا</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="362"/>
        <source>Refund request</source>
        <translation>طلب استرداد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="364"/>
        <source>Awaiting approval until %1</source>
        <translation>بانتظار الاعتماد حتى %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="365"/>
        <source>Asked</source>
        <translation>طُلب</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="371"/>
        <source>Refund approved</source>
        <translation>اعتُمد الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="376"/>
        <source>Refund request withdrawn</source>
        <translation>سُحب طلب الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="377"/>
        <source>Withdrawn</source>
        <comment>refund request: taken back by the person who asked</comment>
        <translation>سُحب الطلب</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="381"/>
        <source>Refund rejected</source>
        <translation>رُفض الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="386"/>
        <source>Refund request expired</source>
        <translation>طلب استرداد منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="388"/>
        <source>Nobody decided in time; the amount is free again.</source>
        <translation>لم يتخذ أحد قرارًا في الوقت المحدد؛ أصبح المبلغ متاحًا مجددًا.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="428"/>
        <source>Succeeded</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="432"/>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="436"/>
        <source>Not final yet</source>
        <translation>لم تُحسم بعد</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="443"/>
        <source>%1 (APS order id %2)</source>
        <translation>%1 (رقم طلب APS %2)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="444"/>
        <source>APS report</source>
        <translation>تقرير APS</translation>
    </message>
</context>
<context>
    <name>EndOfDayReportDialog</name>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="69"/>
        <source>Void (released)</source>
        <translation>إلغاء التفويض (أُفرج عن المبلغ)</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="138"/>
        <source>End-of-day report</source>
        <translation>تقرير نهاية اليوم</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="142"/>
        <source>&amp;Day:</source>
        <translation>&amp;اليوم:</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="148"/>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ &amp;بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="149"/>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="186"/>
        <source>The report could not be read: %1</source>
        <translation>تعذّرت قراءة التقرير: %1</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="200"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="210"/>
        <source>There is no report to save.</source>
        <translation>لا يوجد تقرير لحفظه.</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="220"/>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="227"/>
        <source>Save the end-of-day report</source>
        <translation>حفظ تقرير نهاية اليوم</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="229"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="229"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="251"/>
        <source>End-of-day report for %1</source>
        <translation>تقرير نهاية اليوم لـ %1</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="255"/>
        <source>Succeeded captures, voids and refunds recorded from %1 to %2 (%3).</source>
        <translation>عمليات التحصيل وإلغاء التفويض والاسترداد الناجحة المسجلة من %1 إلى %2 (%3).</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="261"/>
        <source>No money moved on this day.</source>
        <translation>لم تتحرك أي أموال في هذا اليوم.</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="263"/>
        <source>By person</source>
        <translation>حسب الشخص</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="267"/>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="267"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="267"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="267"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="266"/>
        <source>Totals per currency</source>
        <translation>الإجماليات لكل عملة</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="272"/>
        <source>Not counted: %1 declined, %2 with an outcome not known yet (see the reconciliation).</source>
        <translation>غير محتسبة: %1 مرفوضة، و%2 نتيجتها غير معروفة بعد (انظر التسوية).</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="277"/>
        <source>Needs attention as of %1:</source>
        <translation>بحاجة إلى متابعة اعتبارًا من %1:</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="299"/>
        <source>End-of-day report %1</source>
        <translation>تقرير نهاية اليوم %1</translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="309"/>
        <source>%1 could not be written.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
</context>
<context>
    <name>ExportCurrentView</name>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="98"/>
        <source>Export failed; %1 was not written. %2</source>
        <translation>فشل التصدير؛ لم يُكتب %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="103"/>
        <source>Exported no transactions to %1: the view is empty.</source>
        <translation>لم تُصدَّر أي معاملة إلى %1: العرض فارغ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportcurrentview.cpp" line="104"/>
        <source>Exported %Ln transaction(s) to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي معاملة إلى %1.</numerusform>
            <numerusform>صُدِّرت معاملة واحدة إلى %1.</numerusform>
            <numerusform>صُدِّرت معاملتان إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln معاملات إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln معاملةً إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln معاملة إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="175"/>
        <source>Columns as shown, for Excel (*.csv)</source>
        <translation>الأعمدة كما تظهر، لبرنامج Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="178"/>
        <source>All columns, for scripts (*.csv)</source>
        <translation>كل الأعمدة، للبرامج النصية (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="178"/>
        <source>All columns, for Excel (*.csv)</source>
        <translation>كل الأعمدة، لبرنامج Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="180"/>
        <source>Export the transactions shown</source>
        <translation>تصدير المعاملات المعروضة</translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="204"/>
        <source>Exporting to %1…</source>
        <translation>جارٍ التصدير إلى %1…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="56"/>
        <source>Any</source>
        <comment>no date bound</comment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="73"/>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="74"/>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="115"/>
        <location filename="../ui/filterbar.cpp" line="176"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="88"/>
        <source>Every transaction</source>
        <translation>كل المعاملات</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="178"/>
        <source>Needs capture</source>
        <translation>بحاجة إلى تحصيل</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="89"/>
        <source>Authorizations with money that can still be captured before the deadline</source>
        <translation>تفويضات بها أموال لا يزال يمكن تحصيلها قبل آخر موعد للتحصيل</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="180"/>
        <source>Expiring soon</source>
        <translation>تنتهي قريباً</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="90"/>
        <source>Must be captured soon or the authorization lapses</source>
        <translation>يجب تحصيلها قريبًا وإلا انتهت صلاحية التفويض</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="182"/>
        <source>Unresolved</source>
        <translation>غير محسومة</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="91"/>
        <source>An operation whose outcome is not known yet</source>
        <translation>عملية نتيجتها غير معروفة بعد</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="184"/>
        <source>Refundable</source>
        <translation>قابلة للاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="92"/>
        <source>Captured money that can still be refunded</source>
        <translation>أموال محصَّلة لا يزال يمكن استردادها</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="186"/>
        <source>Lapsed</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="94"/>
        <source>The capture deadline passed with money not captured: APS released it to the customer</source>
        <translation>انقضى آخر موعد للتحصيل دون تحصيل المبلغ: أعاده APS إلى العميل</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="59"/>
        <source>Type a date (%1), pick one from the calendar, or choose a preset</source>
        <translation>اكتب تاريخًا (%1)، أو اختره من التقويم، أو اختر فترة جاهزة</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="112"/>
        <source>&amp;Currency:</source>
        <translation>&amp;العملة:</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="120"/>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="124"/>
        <source>T&amp;o:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="130"/>
        <source>&amp;Dates</source>
        <translation>ال&amp;تواريخ</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="131"/>
        <source>Today, yesterday, the last 7 days, this month</source>
        <translation>اليوم، أمس، آخر 7 أيام، هذا الشهر</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="135"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="135"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="136"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="136"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="137"/>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="148"/>
        <source>Click to show every order again</source>
        <translation>انقر لعرض كل الطلبات مجددًا</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="154"/>
        <source>Search order, APS id, customer, e-mail, card last 4</source>
        <translation>ابحث عن طلب، رقم APS، عميل، بريد إلكتروني، آخر 4 أرقام من البطاقة</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="156"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="205"/>
        <source>%1 %2</source>
        <comment>chip name, count</comment>
        <extracomment>A quick filter&apos;s name and how many transactions it holds, e.g. &quot;Needs capture 41&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="278"/>
        <source>Captured or refunded on %1  ×</source>
        <extracomment>A removable filter: the orders whose money moved on that day; × removes it</extracomment>
        <translation>محصَّل أو مسترد في %1  ×</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="23"/>
        <source>Create the first PayDesk user</source>
        <translation>إنشاء أول مستخدم في PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="26"/>
        <source>Nobody uses this cache yet. Create the administrator: they add the other people, choose their roles and manage the settings. An administrator does not capture, void, refund or approve.</source>
        <translation>لا أحد يستخدم قاعدة البيانات المحلية هذه بعد. أنشئ المسؤول: يضيف الأشخاص الآخرين ويختار أدوارهم ويدير الإعدادات. المسؤول لا يحصّل ولا يلغي التفويض ولا يسترد ولا يعتمد.</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="32"/>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="33"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="34"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;أعد كتابة كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="37"/>
        <source>Create administrator</source>
        <translation>إنشاء المسؤول</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="64"/>
        <source>Enter a user name.</source>
        <translation>أدخل اسم مستخدم.</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="66"/>
        <source>A user name has letters, digits and . _ - @ only.</source>
        <translation>يتكون اسم المستخدم من الحروف والأرقام و . _ - @ فقط.</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="68"/>
        <source>The password needs at least %1 characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن %1 أحرف.</translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="70"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../ui/firststartpage.cpp" line="15"/>
        <location filename="../ui/firststartpage.cpp" line="18"/>
        <source>Welcome to PayDesk</source>
        <translation>مرحبًا بك في PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="25"/>
        <source>There is no transaction cache on this computer yet (%1).

Try the demo to see PayDesk with simulated payments, or set PayDesk up for your merchant account.</source>
        <translation>لا توجد قاعدة بيانات محلية للمعاملات على هذا الحاسوب بعد (%1).

جرّب العرض التجريبي لترى PayDesk بمدفوعات محاكاة، أو أعدّ PayDesk لحساب التاجر الخاص بك.</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="34"/>
        <source>Try the &amp;demo (simulated payments, no real money)</source>
        <translation>&amp;جرّب العرض التجريبي (مدفوعات محاكاة، دون أموال حقيقية)</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="40"/>
        <source>&amp;Reconnect to the team database %1</source>
        <translation>&amp;إعادة الاتصال بقاعدة بيانات الفريق %1</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="46"/>
        <source>&amp;Join a team database…</source>
        <translation>الا&amp;نضمام إلى قاعدة بيانات فريق…</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="51"/>
        <source>&amp;Set up for my merchant account…</source>
        <translation>إ&amp;عداد PayDesk لحساب التاجر الخاص بي…</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="53"/>
        <source>Set up PayDesk</source>
        <translation>إعداد PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="54"/>
        <source>An administrator creates the cache and the merchant profile once:

paydeskctl init --merchant-identifier ID --environment sandbox
paydeskctl profile set --capture-window-days 7 --time-zone %2
paydeskctl import report.csv

and keeps the APS credentials in the environment (PAYDESK_ACCESS_CODE, PAYDESK_REQUEST_PHRASE, PAYDESK_RESPONSE_PHRASE). Then start PayDesk again.

Cache: %1</source>
        <translation>يُنشئ المسؤول قاعدة البيانات المحلية وملف التاجر مرة واحدة:

paydeskctl init --merchant-identifier ID --environment sandbox
paydeskctl profile set --capture-window-days 7 --time-zone %2
paydeskctl import report.csv

ويحفظ بيانات الدخول إلى APS في متغيرات البيئة (PAYDESK_ACCESS_CODE، PAYDESK_REQUEST_PHRASE، PAYDESK_RESPONSE_PHRASE). ثم شغّل PayDesk مرة أخرى.

قاعدة البيانات المحلية: %1</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="75"/>
        <location filename="../ui/firststartpage.cpp" line="88"/>
        <source>Join a team database</source>
        <translation>الانضمام إلى قاعدة بيانات فريق</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="76"/>
        <source>The address of your team&apos;s database, from your administrator:
postgresql://USER@HOST:PORT/DBNAME

Your database password goes in the file ~/.pgpass, never in this address.</source>
        <translation>عنوان قاعدة بيانات فريقك، من المسؤول لديك:
postgresql://USER@HOST:PORT/DBNAME

توضع كلمة مرور قاعدة البيانات في الملف ~/.pgpass، وليس في هذا العنوان أبدًا.</translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="89"/>
        <source>This is not a team database address. It starts with postgresql://</source>
        <translation>هذا ليس عنوان قاعدة بيانات فريق. يبدأ العنوان بـ postgresql://</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../ui/idlelock.cpp" line="47"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;تبديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="48"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="83"/>
        <source>PayDesk is locked</source>
        <translation>PayDesk مقفل</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="131"/>
        <source>Nobody used this window for a while, so its data is hidden. %1, enter your password to carry on where you left off.</source>
        <translation>لم يستخدم أحد هذه النافذة منذ مدة، لذا أُخفيت بياناتها. %1، أدخل كلمة المرور للمتابعة من حيث توقفت.</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="137"/>
        <source>%1 locked this window by hand, so its data is hidden. %1 enters their password to carry on where they left off; someone else chooses Switch user.</source>
        <translation>قفل %1 هذه النافذة يدويًا، لذا أُخفيت بياناتها. يُدخل %1 كلمة المرور للمتابعة من حيث توقف؛ ويختار غيره «تبديل المستخدم».</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="143"/>
        <source>%1 is handing this window over, so its data is hidden. Cancel goes back to %1&apos;s password.</source>
        <translation>يسلّم %1 هذه النافذة، لذا أُخفيت بياناتها. يعيدك «إلغاء» إلى كلمة مرور %1.</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="183"/>
        <source>Hand the desk over: the next person signs in with their own name and password. The list, its filters and the selection stay as they are; what can be done follows the new person&apos;s role.</source>
        <translation>تسليم المكتب: يسجّل الشخص التالي الدخول باسمه وكلمة مروره. تبقى القائمة وعوامل التصفية والتحديد كما هي؛ وتتبع الإجراءات المتاحة دور الشخص الجديد.</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="191"/>
        <source>Sign in as another demo user</source>
        <translation>تسجيل الدخول كمستخدم آخر في العرض التجريبي</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="194"/>
        <source>Enter your password to unlock.</source>
        <translation>أدخل كلمة المرور لفتح القفل.</translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="50"/>
        <source>Close PayDesk</source>
        <translation>إغلاق PayDesk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="41"/>
        <source>Choose…</source>
        <comment>button: choose a file</comment>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="42"/>
        <source>Skip bad rows and import the good ones</source>
        <translation>تخطي الصفوف غير الصالحة واستيراد الصالحة</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="49"/>
        <source>Import an APS transaction report</source>
        <translation>استيراد تقرير معاملات APS</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>The report exported from the APS back office (.csv)</source>
        <translation>التقرير المُصدَّر من لوحة APS الخلفية (.csv)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Without this, the import is all or nothing: if any row cannot be used, nothing is imported and the rows at fault are listed, so the list never holds half a report.</source>
        <translation>بدون هذا الخيار، يكون الاستيراد كاملًا أو لا شيء: إذا تعذّر استخدام أي صف، فلا يُستورد شيء وتُعرض الصفوف المخالفة، فلا تحوي القائمة نصف تقرير أبدًا.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="66"/>
        <source>Line</source>
        <comment>line of the report file</comment>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="66"/>
        <source>Reference</source>
        <comment>merchant reference</comment>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="66"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="74"/>
        <source>Import</source>
        <comment>button: read the report into PayDesk</comment>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Report file:</source>
        <translation>ملف التقرير:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="142"/>
        <source>Choose an APS transaction report</source>
        <translation>اختر تقرير معاملات APS</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="143"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="168"/>
        <location filename="../ui/importdialog.cpp" line="202"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="205"/>
        <source>Checking %1 rows…</source>
        <translation>جارٍ التحقق من الصفوف (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="208"/>
        <source>Adding the orders to PayDesk…</source>
        <translation>جارٍ إضافة الطلبات إلى PayDesk…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="226"/>
        <source>The file cannot be read; nothing was imported. %1</source>
        <translation>تتعذر قراءة الملف؛ لم يُستورد أي شيء. %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="228"/>
        <source>This file is not an APS transaction report; nothing was imported. %1</source>
        <translation>هذا الملف ليس تقرير معاملات APS؛ لم يُستورد أي شيء. %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="231"/>
        <source>The database is busy with another desk; nothing was imported. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة بمكتب آخر؛ لم يُستورد أي شيء. حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="233"/>
        <source>The import failed; nothing was imported. %1</source>
        <translation>فشل الاستيراد؛ لم يُستورد أي شيء. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="239"/>
        <source>Nothing was imported: %n row(s) of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick &quot;Skip bad rows&quot; to import the good rows and leave these out.</source>
        <translation>
            <numerusform>لم يُستورد أي شيء: لا صفوف غير صالحة في الملف.</numerusform>
            <numerusform>لم يُستورد أي شيء: يتعذر استخدام صف واحد في الملف (مدرج أدناه). الاستيراد كامل أو لا شيء، فلا تحوي القائمة نصف تقرير أبدًا. صحّح الملف واستورده مجددًا، أو حدّد «تخطي الصفوف غير الصالحة» لاستيراد الصفوف الصالحة وترك هذه.</numerusform>
            <numerusform>لم يُستورد أي شيء: يتعذر استخدام صفّين في الملف (مدرجان أدناه). الاستيراد كامل أو لا شيء، فلا تحوي القائمة نصف تقرير أبدًا. صحّح الملف واستورده مجددًا، أو حدّد «تخطي الصفوف غير الصالحة» لاستيراد الصفوف الصالحة وترك هذه.</numerusform>
            <numerusform>لم يُستورد أي شيء: يتعذر استخدام %Ln صفوف في الملف (مدرجة أدناه). الاستيراد كامل أو لا شيء، فلا تحوي القائمة نصف تقرير أبدًا. صحّح الملف واستورده مجددًا، أو حدّد «تخطي الصفوف غير الصالحة» لاستيراد الصفوف الصالحة وترك هذه.</numerusform>
            <numerusform>لم يُستورد أي شيء: يتعذر استخدام %Ln صفًا في الملف (مدرجة أدناه). الاستيراد كامل أو لا شيء، فلا تحوي القائمة نصف تقرير أبدًا. صحّح الملف واستورده مجددًا، أو حدّد «تخطي الصفوف غير الصالحة» لاستيراد الصفوف الصالحة وترك هذه.</numerusform>
            <numerusform>لم يُستورد أي شيء: يتعذر استخدام %Ln صف في الملف (مدرجة أدناه). الاستيراد كامل أو لا شيء، فلا تحوي القائمة نصف تقرير أبدًا. صحّح الملف واستورده مجددًا، أو حدّد «تخطي الصفوف غير الصالحة» لاستيراد الصفوف الصالحة وترك هذه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="247"/>
        <source>%1 rows read, %2 already imported before.</source>
        <translation>قُرئت الصفوف: %1، وسبق استيراد %2 منها.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="249"/>
        <source>Orders: %1 new, %2 updated, %3 unchanged.</source>
        <translation>الطلبات: %1 جديدة، %2 محدَّثة، %3 دون تغيير.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="253"/>
        <source>%1 orders disagree with what PayDesk knows: their totals were kept and they are marked for a status check.</source>
        <translation>%1 من الطلبات تخالف ما يعرفه PayDesk: احتُفظ بإجمالياتها ووُضعت عليها علامة للاستعلام عن الحالة.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="258"/>
        <source>%1 orders have an operation APS had not finished when the report was made (for example status 15, uncertain): they are marked for a status check, which settles them from APS&apos;s totals.</source>
        <translation>%1 من الطلبات عليها عملية لم يُنهها APS عند إعداد التقرير (مثل الحالة 15، غير مؤكدة): وُضعت عليها علامة للاستعلام عن الحالة، الذي يحسمها وفق إجماليات APS.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="263"/>
        <source>%1 orders were left alone because an operation on them has no known outcome yet; import the file again later.</source>
        <translation>%1 من الطلبات تُركت دون تغيير لأن عليها عملية نتيجتها غير معروفة بعد؛ استورد الملف مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="267"/>
        <source>%1 bad rows were skipped (listed below).</source>
        <translation>تم تخطي %1 من الصفوف غير الصالحة (مدرجة أدناه).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>PayDesk — Demo</source>
        <translation>PayDesk — عرض تجريبي</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Demo — simulated payments, no real money</source>
        <translation>عرض تجريبي — مدفوعات محاكاة، بدون أموال حقيقية</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Transactions</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>لا يمكن فرز القائمة حسب هذا العمود.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Could not read the list: %1</source>
        <translation>تعذّرت قراءة القائمة: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>&amp;Export the list as CSV…</source>
        <translation>&amp;تصدير القائمة بصيغة CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Writes the transactions of the current filter and order to a CSV file</source>
        <translation>يكتب معاملات التصفية الحالية بترتيبها الحالي في ملف CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>&amp;Import an APS transaction report…</source>
        <translation>ا&amp;ستيراد تقرير معاملات APS…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Adds the orders of an APS back-office report (CSV) to the cache</source>
        <translation>يضيف طلبات تقرير من لوحة APS الخلفية (CSV) إلى قاعدة البيانات المحلية</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Transaction</source>
        <translation>&amp;معاملة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Capture the selected orders in &amp;bulk…</source>
        <extracomment>Capture here is the card-payment operation: taking authorized money</extracomment>
        <translation>تحصيل الطلبات المحددة &amp;دفعة واحدة…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Captures what is left on each selected order, after a preview</source>
        <translation>يحصّل المتبقي للتحصيل على كل طلب محدد، بعد معاينة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Bulk capture from a CSV &amp;file…</source>
        <translation>تحصيل جماعي من &amp;ملف CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Captures the orders and amounts listed in a CSV file (merchant_reference,amount)</source>
        <translation>يحصّل الطلبات والمبالغ المدرجة في ملف CSV (merchant_reference,amount)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>&amp;Reports</source>
        <translation>&amp;التقارير</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>&amp;End-of-day report…</source>
        <translation>&amp;تقرير نهاية اليوم…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>The day&apos;s captures, voids and refunds by person, with totals per currency</source>
        <translation>تحصيلات اليوم وإلغاءات التفويض والاستردادات حسب الشخص، مع الإجماليات لكل عملة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>&amp;Today</source>
        <translation>&amp;اليوم</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>What needs attention now, and what the last 30 days captured and refunded</source>
        <translation>ما يحتاج إلى متابعة الآن، وما تم تحصيله واسترداده خلال آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>T&amp;ransactions</source>
        <translation>&amp;المعاملات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Go to the &amp;list</source>
        <translation>الانتقال إلى ال&amp;قائمة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>&amp;Reload from the cache</source>
        <translation>إعادة التحميل من قاعدة البيانات ال&amp;محلية</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Clear the search</source>
        <translation>م&amp;سح البحث</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>&amp;About PayDesk</source>
        <translation>&amp;حول PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>About &amp;Qt</source>
        <translation>&amp;عن Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Order %1 is not among the rows in view; it is shown beside the list, the filters are unchanged.</source>
        <translation>الطلب %1 ليس ضمن الصفوف المعروضة؛ وهو معروض بجانب القائمة، ولم تتغير عوامل التصفية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>%n match(es) · totals…</source>
        <translation>
            <numerusform>لا نتائج · الإجماليات…</numerusform>
            <numerusform>نتيجة واحدة · الإجماليات…</numerusform>
            <numerusform>نتيجتان · الإجماليات…</numerusform>
            <numerusform>%Ln نتائج · الإجماليات…</numerusform>
            <numerusform>%Ln نتيجةً · الإجماليات…</numerusform>
            <numerusform>%Ln نتيجة · الإجماليات…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>%1+ matches · counting…</source>
        <translation>%1+ نتيجة · جارٍ العد…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>%n match(es) in All</source>
        <extracomment>A link in the status bar: the search finds this many orders when no quick filter is on</extracomment>
        <translation>
            <numerusform>لا نتائج في «الكل»</numerusform>
            <numerusform>نتيجة واحدة في «الكل»</numerusform>
            <numerusform>نتيجتان في «الكل»</numerusform>
            <numerusform>%Ln نتائج في «الكل»</numerusform>
            <numerusform>%Ln نتيجةً في «الكل»</numerusform>
            <numerusform>%Ln نتيجة في «الكل»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>The &quot;%1&quot; filter hides %n of the orders the search finds. Click to show them all.</source>
        <translation>
            <numerusform>لا يخفي عامل التصفية «%1» أيًّا من الطلبات التي وجدها البحث. انقر لعرضها كلها.</numerusform>
            <numerusform>يخفي عامل التصفية «%1» طلبًا واحدًا من الطلبات التي وجدها البحث. انقر لعرضها كلها.</numerusform>
            <numerusform>يخفي عامل التصفية «%1» طلبين من الطلبات التي وجدها البحث. انقر لعرضها كلها.</numerusform>
            <numerusform>يخفي عامل التصفية «%1» %Ln طلبات من الطلبات التي وجدها البحث. انقر لعرضها كلها.</numerusform>
            <numerusform>يخفي عامل التصفية «%1» %Ln طلبًا من الطلبات التي وجدها البحث. انقر لعرضها كلها.</numerusform>
            <numerusform>يخفي عامل التصفية «%1» %Ln طلب من الطلبات التي وجدها البحث. انقر لعرضها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Digits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>As the language writes them</source>
        <translation>كما تكتبها اللغة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>Latin (0123456789)</source>
        <translation>لاتينية (0123456789)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>Arabic-Indic (٠١٢٣٤٥٦٧٨٩)</source>
        <translation>هندية عربية (٠١٢٣٤٥٦٧٨٩)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <source>The digits change when PayDesk starts next.</source>
        <translation>تتغير الأرقام عند تشغيل PayDesk في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="682"/>
        <source>The database is reachable again. The list is up to date.</source>
        <translation>أصبح الوصول إلى قاعدة البيانات ممكنًا مجددًا. القائمة محدَّثة.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="695"/>
        <source>Totals unavailable</source>
        <translation>الإجماليات غير متاحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>%1: %n transaction(s), %2 authorized, %3 captured, %4 refunded, %5 to capture, %6 refundable</source>
        <translation>
            <numerusform>%1: لا معاملات، مفوَّض %2، محصَّل %3، مسترد %4، المتبقي للتحصيل %5، قابل للاسترداد %6</numerusform>
            <numerusform>%1: معاملة واحدة، مفوَّض %2، محصَّل %3، مسترد %4، المتبقي للتحصيل %5، قابل للاسترداد %6</numerusform>
            <numerusform>%1: معاملتان، مفوَّض %2، محصَّل %3، مسترد %4، المتبقي للتحصيل %5، قابل للاسترداد %6</numerusform>
            <numerusform>%1: %Ln معاملات، مفوَّض %2، محصَّل %3، مسترد %4، المتبقي للتحصيل %5، قابل للاسترداد %6</numerusform>
            <numerusform>%1: %Ln معاملةً، مفوَّض %2، محصَّل %3، مسترد %4، المتبقي للتحصيل %5، قابل للاسترداد %6</numerusform>
            <numerusform>%1: %Ln معاملة، مفوَّض %2، محصَّل %3، مسترد %4، المتبقي للتحصيل %5، قابل للاسترداد %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجةً</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="732"/>
        <source>to capture %1</source>
        <translation>المتبقي للتحصيل %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>refundable %1</source>
        <translation>قابل للاسترداد %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="734"/>
        <source>authorized %1</source>
        <translation>مفوَّض %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="758"/>
        <source>Open Settings…</source>
        <translation>فتح الإعدادات…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>Select the orders to capture in the list first (Shift or Ctrl and click).</source>
        <translation>حدِّد أولًا في القائمة الطلبات المراد تحصيلها (Shift أو Ctrl مع النقر).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="840"/>
        <source>Bulk capture from a CSV file</source>
        <translation>تحصيل مجمَّع من ملف CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="847"/>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="858"/>
        <source>This window is read-only: no payment service is connected.</source>
        <translation>هذه النافذة للقراءة فقط: لا توجد خدمة دفع متصلة.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="840"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/paydesk/main.cpp" line="23"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="98"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="99"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="100"/>
        <source> hours</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="101"/>
        <location filename="../ui/settingsdialog.cpp" line="102"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="114"/>
        <source>&amp;Test connection</source>
        <translation>&amp;اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="117"/>
        <source>Merchant profile settings</source>
        <translation>إعدادات ملف التاجر</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="125"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="126"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="134"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="134"/>
        <source>Approval from</source>
        <translation>الاعتماد ابتداءً من</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="135"/>
        <source>Refunds at or above this amount wait for an approver. Empty: every refund waits.</source>
        <translation>الاستردادات التي تساوي هذا المبلغ أو تزيد عليه تنتظر معتمِدًا. إذا تُرك فارغًا: ينتظر كل استرداد الاعتماد.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="158"/>
        <source>Profile</source>
        <translation>ملف التاجر</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="160"/>
        <source>Environment:</source>
        <translation>البيئة:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="161"/>
        <source>Merchant identifier:</source>
        <translation>معرّف التاجر:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="162"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;عنوان نقطة الاتصال:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="163"/>
        <source>&amp;SHA type:</source>
        <translation>&amp;نوع SHA:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="164"/>
        <source>&amp;Language of APS answers:</source>
        <translation>&amp;لغة ردود APS:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="165"/>
        <source>&amp;Request timeout:</source>
        <translation>&amp;مهلة انتظار الرد:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="166"/>
        <source>&amp;Capture window:</source>
        <translation>&amp;فترة التحصيل:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="167"/>
        <source>&amp;Warn before the deadline:</source>
        <translation>ال&amp;تنبيه قبل آخر موعد للتحصيل بمدة:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="168"/>
        <source>The merchant&apos;s time zone: the end-of-day report&apos;s day, and report times without an offset. This desk is in %1.</source>
        <translation>المنطقة الزمنية للتاجر: تحدد يوم تقرير نهاية اليوم، وأوقات التقارير التي لا تتضمن فرقًا زمنيًا. المنطقة الزمنية لهذا الجهاز: %1.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="171"/>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="173"/>
        <source>When APS&apos;s answer to a capture, void or refund is lost, PayDesk counts it as not done only after APS has shown no change for this long.</source>
        <translation>عند فقدان رد APS على تحصيل أو إلغاء تفويض أو استرداد، لا يعدّ PayDesk العملية غير منفَّذة إلا بعد أن يُظهر APS عدم حدوث أي تغيير طوال هذه المدة.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="175"/>
        <source>An operation whose outcome is still not known this long after it was sent goes to manual review, where two people settle it.</source>
        <translation>العملية التي تظل نتيجتها غير معروفة بعد مرور هذه المدة على إرسالها تُحال إلى المراجعة اليدوية، حيث يحسمها شخصان.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="177"/>
        <source>Lost answer counts as &amp;not done after:</source>
        <translation>يُعدّ الرد المفقود &amp;غير منفَّذ بعد:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="178"/>
        <source>&amp;Manual review after:</source>
        <translation>ال&amp;مراجعة اليدوية بعد:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="180"/>
        <source>Credentials (kept in the keychain)</source>
        <translation>بيانات الدخول (محفوظة في مخزن المفاتيح)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="182"/>
        <source>&amp;Access code:</source>
        <translation>&amp;رمز الوصول:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="183"/>
        <source>SHA re&amp;quest phrase:</source>
        <translation>عبارة SHA لل&amp;طلب:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="184"/>
        <source>SHA res&amp;ponse phrase:</source>
        <translation>عبارة SHA لل&amp;استجابة:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="185"/>
        <source>Apple Pay access code:</source>
        <translation>رمز الوصول لـ Apple Pay:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="186"/>
        <source>Apple Pay request phrase:</source>
        <translation>عبارة الطلب لـ Apple Pay:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="187"/>
        <source>Apple Pay response phrase:</source>
        <translation>عبارة الاستجابة لـ Apple Pay:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="191"/>
        <source>Refund approval thresholds</source>
        <translation>حدود اعتماد الاستردادات</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="225"/>
        <source>The profile could not be read: %1</source>
        <translation>تعذّرت قراءة ملف التاجر: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="292"/>
        <source>Approval threshold %1: %2</source>
        <translation>حد الاعتماد لـ %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="311"/>
        <location filename="../ui/settingsdialog.cpp" line="331"/>
        <source>Not saved. %1</source>
        <translation>لم يُحفظ. %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="341"/>
        <source>Not saved. Enter the access code and both SHA phrases together.</source>
        <translation>لم يُحفظ. أدخل رمز الوصول وعبارتي SHA معًا.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="342"/>
        <source>Not saved. Enter the Apple Pay access code and both phrases together.</source>
        <translation>لم يُحفظ. أدخل رمز الوصول لـ Apple Pay وكلتا العبارتين معًا.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="352"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="367"/>
        <source>The profile was saved, the approval threshold for %1 was not: %2</source>
        <translation>حُفظ ملف التاجر، لكن لم يُحفظ حد الاعتماد لـ %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="378"/>
        <source>The settings were saved; the credentials were not, because no keychain is available. %1</source>
        <translation>حُفظت الإعدادات، لكن لم تُحفظ بيانات الدخول لعدم توفر مخزن مفاتيح. %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="384"/>
        <source>The settings were saved; the credentials were not: %1</source>
        <translation>حُفظت الإعدادات، لكن لم تُحفظ بيانات الدخول: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="399"/>
        <source>E&amp;xport team keys…</source>
        <translation>&amp;تصدير مفاتيح الفريق…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="400"/>
        <source>&amp;Import team keys…</source>
        <translation>&amp;استيراد مفاتيح الفريق…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="455"/>
        <source>No connection to test: this window has no payment service.</source>
        <translation>لا يوجد اتصال لاختباره: لا توجد خدمة دفع في هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="459"/>
        <source>No order in the cache to check yet: import a report first.</source>
        <translation>لا يوجد بعدُ طلب في قاعدة البيانات المحلية للتحقق منه: استورد تقريرًا أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="462"/>
        <source>Asking APS for the status of %1…</source>
        <translation>جارٍ الاستعلام من APS عن حالة %1…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="480"/>
        <source>The answer&apos;s signature does not verify: check the SHA response phrase and the SHA type.</source>
        <translation>تعذّر التحقق من توقيع الرد: تحقّق من عبارة SHA للاستجابة ونوع SHA.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="482"/>
        <source>Could not reach the endpoint: %1</source>
        <translation>تعذّر الوصول إلى نقطة الاتصال: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="485"/>
        <source>Nothing was sent: %1</source>
        <translation>لم يُرسَل شيء: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="487"/>
        <source>Connected: APS answered the status check.</source>
        <translation>تم الاتصال: ردّ APS على الاستعلام عن الحالة.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="489"/>
        <source>Signature mismatch: check the SHA request phrase and the SHA type.</source>
        <translation>عدم تطابق التوقيع: تحقّق من عبارة SHA للطلب ونوع SHA.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="491"/>
        <source>APS does not know this merchant identifier: check the account the cache belongs to.</source>
        <translation>لا يعرف APS معرّف التاجر هذا: تحقّق من الحساب الذي تتبع له قاعدة البيانات المحلية.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="493"/>
        <source>APS refused the access code: check the access code.</source>
        <translation>رفض APS رمز الوصول: تحقّق من رمز الوصول.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="497"/>
        <source>APS answered the status check: %1</source>
        <translation>ردّ APS على الاستعلام عن الحالة: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="28"/>
        <source>Sign in to PayDesk</source>
        <translation>تسجيل الدخول إلى PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="32"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="33"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="36"/>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="37"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="61"/>
        <location filename="../ui/signindialog.cpp" line="192"/>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="23"/>
        <source>Sign in with your PayDesk user name and password.</source>
        <translation>سجّل الدخول باسم المستخدم وكلمة المرور الخاصين بك في PayDesk.</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="91"/>
        <source>Demo sign-ins</source>
        <translation>حسابات العرض التجريبي</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="92"/>
        <source>(click one to fill in the form)</source>
        <translation>(انقر على أحدها لتعبئة النموذج)</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="99"/>
        <source>password: %1</source>
        <translation>كلمة المرور: %1</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="162"/>
        <source>Wrong user name or password (attempt %1 of %2). After %2 wrong attempts the account is locked for %3 minutes.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة (المحاولة %1 من %2). بعد %2 محاولات خاطئة يُقفل الحساب لمدة %3 دقيقة.</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="169"/>
        <source>Too many wrong passwords: this account is locked until %1. An admin can unlock it sooner.</source>
        <translation>محاولات كثيرة بكلمة مرور خاطئة: هذا الحساب مقفل حتى %1. يمكن للمسؤول فتح القفل قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="173"/>
        <source>This account is disabled. Ask an admin.</source>
        <translation>هذا الحساب معطَّل. راجع المسؤول.</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="177"/>
        <source>PayDesk&apos;s records were changed outside PayDesk, so nobody can sign in and no money can move. Restore a backup you trust. What was found: %1</source>
        <translation>تم تغيير سجلات PayDesk من خارج PayDesk، لذا لا يمكن لأحد تسجيل الدخول ولا يمكن تحريك أي أموال. استعِد نسخة احتياطية تثق بها. ما تم العثور عليه: %1</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="183"/>
        <source>PayDesk could not check the password: %1</source>
        <translation>تعذّر على PayDesk التحقق من كلمة المرور: %1</translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="190"/>
        <source>Wait…</source>
        <translation>انتظر…</translation>
    </message>
</context>
<context>
    <name>SignedInDesk</name>
    <message>
        <location filename="../ui/signedindesk.cpp" line="46"/>
        <source>LIVE</source>
        <extracomment>Shown in red where money can move on the production (real money) account</extracomment>
        <translation>مباشر</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="48"/>
        <source>Production profile: captures, voids and refunds move real money.</source>
        <translation>ملف تاجر في بيئة الإنتاج: التحصيل وإلغاء التفويض والاسترداد تحرّك أموالًا حقيقية.</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="64"/>
        <location filename="../ui/signedindesk.cpp" line="199"/>
        <location filename="../ui/signedindesk.cpp" line="248"/>
        <source>Refunds awaiting approval</source>
        <translation>استردادات بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="81"/>
        <source>Signed in: %1 (%2)</source>
        <translation>تم تسجيل الدخول: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="164"/>
        <source>&amp;People</source>
        <translation>&amp;الأشخاص</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="169"/>
        <source>Refunds awaiting &amp;approval</source>
        <translation>استردادات بانتظار ال&amp;اعتماد</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="172"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;سجل التدقيق…</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="174"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="177"/>
        <source>&amp;Users…</source>
        <translation>ال&amp;مستخدمون…</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="179"/>
        <source>Add people, change their role, disable them or set a new password</source>
        <translation>إضافة أشخاص أو تغيير أدوارهم أو تعطيلهم أو تعيين كلمة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="184"/>
        <source>&amp;Lock now</source>
        <translation>&amp;قفل الآن</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="187"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;تبديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="189"/>
        <source>Hides the data and lets another person sign in to this window as it is</source>
        <translation>يخفي البيانات ويتيح لشخص آخر تسجيل الدخول إلى هذه النافذة كما هي</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="190"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="192"/>
        <source>Closes this window and returns to the sign-in</source>
        <translation>يغلق هذه النافذة ويعود إلى شاشة تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="200"/>
        <source>Refunds awaiting approval (%1)</source>
        <translation>استردادات بانتظار الاعتماد (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signedindesk.cpp" line="237"/>
        <source>%n new refund request(s) await your approval.</source>
        <translation>
            <numerusform>لا توجد طلبات استرداد جديدة بانتظار اعتمادك.</numerusform>
            <numerusform>طلب استرداد جديد واحد بانتظار اعتمادك.</numerusform>
            <numerusform>طلبا استرداد جديدان بانتظار اعتمادك.</numerusform>
            <numerusform>%Ln طلبات استرداد جديدة بانتظار اعتمادك.</numerusform>
            <numerusform>%Ln طلبَ استرداد جديدًا بانتظار اعتمادك.</numerusform>
            <numerusform>%Ln طلب استرداد جديد بانتظار اعتمادك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="270"/>
        <source>PayDesk — Demo</source>
        <translation>PayDesk — عرض تجريبي</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="241"/>
        <location filename="../ui/signedindesk.cpp" line="270"/>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="272"/>
        <source>LIVE — %1</source>
        <translation>مباشر — %1</translation>
    </message>
</context>
<context>
    <name>TeamKeysDialog</name>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="29"/>
        <source>Export team keys</source>
        <translation>تصدير مفاتيح الفريق</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="29"/>
        <source>Import team keys</source>
        <translation>استيراد مفاتيح الفريق</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="32"/>
        <source>Saves this desk&apos;s audit key and the APS credentials to a file protected by a passphrase. The other desks of the team import it. Give them the file and the passphrase by different ways, and delete the file when every desk has imported it.</source>
        <translation>يحفظ مفتاح التدقيق الخاص بهذا الجهاز وبيانات دخول APS في ملف محمي بعبارة مرور، لتستورده أجهزة الفريق الأخرى. سلّمهم الملف وعبارة المرور بطريقتين مختلفتين، واحذف الملف بعد أن تستورده جميع الأجهزة.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="35"/>
        <source>Stores the team&apos;s audit key and APS credentials from a file an administrator exported into this computer&apos;s keychain.</source>
        <translation>يخزّن مفتاح التدقيق الخاص بالفريق وبيانات دخول APS، من ملف صدّره مسؤول، في مخزن المفاتيح على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="44"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="50"/>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="53"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="55"/>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;تأكيد عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="60"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="60"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="88"/>
        <source>Choose the file.</source>
        <translation>اختر الملف.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="90"/>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="94"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن %1 حرفًا.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="96"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="103"/>
        <source>Export team keys to</source>
        <translation>تصدير مفاتيح الفريق إلى</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="103"/>
        <source>Import team keys from</source>
        <translation>استيراد مفاتيح الفريق من</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="104"/>
        <source>PayDesk team keys (*.paydesk-keys);;All files (*)</source>
        <translation>مفاتيح فريق PayDesk (*.paydesk-keys);;جميع الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/teamkeysdialog.cpp" line="129"/>
        <source>Saved to %1: the audit key and %n set(s) of APS credentials. Give the file and the passphrase to the other desks by different ways.</source>
        <translation>
            <numerusform>حُفظ في %1: مفتاح التدقيق دون أي مجموعة من بيانات دخول APS. سلّم الملف وعبارة المرور إلى الأجهزة الأخرى بطريقتين مختلفتين.</numerusform>
            <numerusform>حُفظ في %1: مفتاح التدقيق ومجموعة واحدة من بيانات دخول APS. سلّم الملف وعبارة المرور إلى الأجهزة الأخرى بطريقتين مختلفتين.</numerusform>
            <numerusform>حُفظ في %1: مفتاح التدقيق ومجموعتان من بيانات دخول APS. سلّم الملف وعبارة المرور إلى الأجهزة الأخرى بطريقتين مختلفتين.</numerusform>
            <numerusform>حُفظ في %1: مفتاح التدقيق و%Ln مجموعات من بيانات دخول APS. سلّم الملف وعبارة المرور إلى الأجهزة الأخرى بطريقتين مختلفتين.</numerusform>
            <numerusform>حُفظ في %1: مفتاح التدقيق و%Ln مجموعةً من بيانات دخول APS. سلّم الملف وعبارة المرور إلى الأجهزة الأخرى بطريقتين مختلفتين.</numerusform>
            <numerusform>حُفظ في %1: مفتاح التدقيق و%Ln مجموعة من بيانات دخول APS. سلّم الملف وعبارة المرور إلى الأجهزة الأخرى بطريقتين مختلفتين.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/teamkeysdialog.cpp" line="133"/>
        <source>Done: this computer now has the team&apos;s audit key and %n set(s) of APS credentials.</source>
        <translation>
            <numerusform>تم: أصبح لدى هذا الحاسوب مفتاح التدقيق الخاص بالفريق دون أي مجموعة من بيانات دخول APS.</numerusform>
            <numerusform>تم: أصبح لدى هذا الحاسوب مفتاح التدقيق الخاص بالفريق ومجموعة واحدة من بيانات دخول APS.</numerusform>
            <numerusform>تم: أصبح لدى هذا الحاسوب مفتاح التدقيق الخاص بالفريق ومجموعتان من بيانات دخول APS.</numerusform>
            <numerusform>تم: أصبح لدى هذا الحاسوب مفتاح التدقيق الخاص بالفريق و%Ln مجموعات من بيانات دخول APS.</numerusform>
            <numerusform>تم: أصبح لدى هذا الحاسوب مفتاح التدقيق الخاص بالفريق و%Ln مجموعةً من بيانات دخول APS.</numerusform>
            <numerusform>تم: أصبح لدى هذا الحاسوب مفتاح التدقيق الخاص بالفريق و%Ln مجموعة من بيانات دخول APS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="136"/>
        <source>Only an administrator may export or import team keys.</source>
        <translation>لا يُسمح بتصدير مفاتيح الفريق أو استيرادها إلا للمسؤول.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="138"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>عبارة المرور قصيرة جدًا: استخدم %1 حرفًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="141"/>
        <source>%1 could not be opened: the passphrase is wrong, or the file is damaged or is not a PayDesk team key file. Nothing was changed.</source>
        <translation>تعذّر فتح %1: عبارة المرور خاطئة، أو الملف تالف أو ليس ملف مفاتيح فريق PayDesk. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="146"/>
        <source>%1 already exists, and PayDesk never overwrites it. Choose another name.</source>
        <translation>%1 موجود بالفعل، ولا يستبدل PayDesk الملفات الموجودة أبدًا. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="149"/>
        <source>Nothing was imported: this file belongs to another PayDesk database (%1).</source>
        <translation>لم يُستورد شيء: هذا الملف يخص قاعدة بيانات PayDesk أخرى (%1).</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="152"/>
        <source>Nothing was imported: the file&apos;s audit key does not match this desk&apos;s records. Ask the administrator for a new file exported from this database. (%1)</source>
        <translation>لم يُستورد شيء: مفتاح التدقيق في الملف لا يطابق سجلات هذا الجهاز. اطلب من المسؤول ملفًا جديدًا مصدَّرًا من قاعدة البيانات هذه. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="156"/>
        <source>The computer&apos;s keychain did not take the keys: %1</source>
        <translation>لم يقبل مخزن المفاتيح في الحاسوب المفاتيح: %1</translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="160"/>
        <source>Not done: %1</source>
        <translation>لم يتم: %1</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/todayview.cpp" line="119"/>
        <source>Deadline within 24 hours</source>
        <translation>آخر موعد للتحصيل خلال 24 ساعة</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="119"/>
        <location filename="../ui/todayview.cpp" line="125"/>
        <source>Show them</source>
        <translation>عرضها</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="121"/>
        <location filename="../ui/todayview.cpp" line="388"/>
        <source>Left to capture</source>
        <translation>المتبقي للتحصيل</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="121"/>
        <source>Show what needs capture</source>
        <translation>عرض ما يحتاج إلى تحصيل</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="201"/>
        <source>Refund requests waiting for you</source>
        <translation>طلبات استرداد بانتظارك</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="202"/>
        <source>Refund requests waiting for approval</source>
        <translation>طلبات استرداد بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="123"/>
        <source>Open the approval queue</source>
        <translation>فتح قائمة انتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="84"/>
        <source>over %1 d</source>
        <comment>hours until the deadline: more than so many days</comment>
        <translation>أكثر من %1 ي</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="87"/>
        <source>%1–%2 h</source>
        <comment>hours until the deadline: a band of hours</comment>
        <translation>%1–%2 س</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="89"/>
        <source>%1–%2 d</source>
        <comment>hours until the deadline: a band of days</comment>
        <translation>%1–%2 ي</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="125"/>
        <source>Operations being settled</source>
        <translation>عمليات جارٍ حسمها</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="127"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="127"/>
        <source>Show yesterday&apos;s orders</source>
        <translation>عرض طلبات أمس</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="137"/>
        <source>Charts in &amp;currency:</source>
        <translation>&amp;عملة الرسوم البيانية:</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="208"/>
        <source>Reading the figures…</source>
        <translation>جارٍ قراءة الأرقام…</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="216"/>
        <source>The figures could not be read: %1</source>
        <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="258"/>
        <source>As of %1</source>
        <translation>كما في %1</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="266"/>
        <location filename="../ui/todayview.cpp" line="290"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="273"/>
        <source>%1 on %n order(s)</source>
        <translation>
            <numerusform>%1 بلا طلبات</numerusform>
            <numerusform>%1 في طلب واحد</numerusform>
            <numerusform>%1 في طلبين</numerusform>
            <numerusform>%1 في %Ln طلبات</numerusform>
            <numerusform>%1 في %Ln طلبًا</numerusform>
            <numerusform>%1 في %Ln طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="287"/>
        <source>%n request(s): %1</source>
        <translation>
            <numerusform>لا طلبات استرداد: %1</numerusform>
            <numerusform>طلب استرداد واحد: %1</numerusform>
            <numerusform>طلبا استرداد: %1</numerusform>
            <numerusform>%Ln طلبات استرداد: %1</numerusform>
            <numerusform>%Ln طلبَ استرداد: %1</numerusform>
            <numerusform>%Ln طلب استرداد: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="292"/>
        <source>%n being settled by status checks</source>
        <translation>
            <numerusform>لا عمليات قيد الحسم عبر الاستعلام عن الحالة</numerusform>
            <numerusform>عملية واحدة قيد الحسم عبر الاستعلام عن الحالة</numerusform>
            <numerusform>عمليتان قيد الحسم عبر الاستعلام عن الحالة</numerusform>
            <numerusform>%Ln عمليات قيد الحسم عبر الاستعلام عن الحالة</numerusform>
            <numerusform>%Ln عمليةً قيد الحسم عبر الاستعلام عن الحالة</numerusform>
            <numerusform>%Ln عملية قيد الحسم عبر الاستعلام عن الحالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="294"/>
        <source>%n waiting for a manual review</source>
        <translation>
            <numerusform>لا عمليات بانتظار المراجعة اليدوية</numerusform>
            <numerusform>عملية واحدة بانتظار المراجعة اليدوية</numerusform>
            <numerusform>عمليتان بانتظار المراجعة اليدوية</numerusform>
            <numerusform>%Ln عمليات بانتظار المراجعة اليدوية</numerusform>
            <numerusform>%Ln عمليةً بانتظار المراجعة اليدوية</numerusform>
            <numerusform>%Ln عملية بانتظار المراجعة اليدوية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="296"/>
        <source>Captured: %1</source>
        <translation>المحصَّل: %1</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="299"/>
        <source>Refunded: %1</source>
        <translation>المسترد: %1</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="318"/>
        <source>Captured and refunded per day, last 30 days</source>
        <translation>المحصَّل والمسترد يوميًا، آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="320"/>
        <source>Captured and refunded per day, %1 – %2</source>
        <translation>المحصَّل والمسترد يوميًا، %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="332"/>
        <source>Captured</source>
        <translation>المحصَّل</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="333"/>
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="368"/>
        <source>%1
Captured %2
Refunded %3</source>
        <translation>%1
المحصَّل %2
المسترد %3</translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="384"/>
        <source>Left to capture, by time until the deadline</source>
        <translation>المتبقي للتحصيل حسب الوقت المتبقي حتى آخر موعد للتحصيل</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="vanished">
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="vanished">
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>over %1</source>
        <translation type="vanished">أكثر من %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="vanished">%1 – %2</translation>
    </message>
</context>
<context>
    <name>TransactionActions</name>
    <message>
        <location filename="../ui/transactionactions.cpp" line="30"/>
        <source>Refresh all open</source>
        <comment>check the status of every open authorization</comment>
        <translation>تحديث كل المفتوحة</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="37"/>
        <source>Ask APS for the status of every authorization that can still be captured</source>
        <translation>الاستعلام من APS عن حالة كل تفويض لا يزال قابلًا للتحصيل</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="161"/>
        <source>Select a transaction first.</source>
        <translation>حدِّد معاملة أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="163"/>
        <source>An operation on this order is running. Wait for its result.</source>
        <translation>توجد عملية قيد التنفيذ على هذا الطلب. انتظر نتيجتها.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="155"/>
        <source>Not connected to APS: money cannot be moved from this window.</source>
        <translation>غير متصل بـ APS: لا يمكن تحريك الأموال من هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="157"/>
        <source>Not connected to APS.</source>
        <translation>غير متصل بـ APS.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="182"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="183"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="184"/>
        <source>%1 is not possible: %2</source>
        <translation>%1 غير ممكن: %2</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="192"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="233"/>
        <source>The order could not be read again: %1</source>
        <translation>تعذّرت إعادة قراءة الطلب: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="237"/>
        <source>An operation on order %1 is already running. Nothing was done.</source>
        <translation>توجد بالفعل عملية قيد التنفيذ على الطلب %1. لم يُنفَّذ أي شيء.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="245"/>
        <source>Order %1 changed while the dialog was open. Nothing was done.

%2</source>
        <translation>تغيّر الطلب %1 أثناء فتح مربع الحوار. لم يُنفَّذ أي شيء.

%2</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="280"/>
        <source>Afterwards nothing stays authorized: this captures all that is left.</source>
        <translation>بعد ذلك لن يبقى أي مبلغ مفوَّض: هذه العملية تحصّل كل المتبقي.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="281"/>
        <source>Afterwards %1 stays authorized until %2 (%3 from now); APS releases what is not captured by then to the customer.</source>
        <translation>بعد ذلك يبقى %1 مفوَّضًا حتى %2 (بعد %3 من الآن)؛ ويعيد APS إلى العميل ما لم يُحصَّل حتى ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="285"/>
        <source>Confirm capture</source>
        <translation>تأكيد التحصيل</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="286"/>
        <source>Capture %1 of the remaining %2 on order %3. The customer will be charged.</source>
        <translation>تحصيل %1 من المتبقي البالغ %2 على الطلب %3. سيتم خصم المبلغ من العميل.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="327"/>
        <source>Confirm refund</source>
        <translation>تأكيد الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="328"/>
        <source>Refund %1 of the refundable %2 on order %3. The money goes back to the customer&apos;s card.</source>
        <translation>استرداد %1 من المبلغ القابل للاسترداد البالغ %2 على الطلب %3. تعود الأموال إلى بطاقة العميل.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="311"/>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="293"/>
        <source>Confirm void</source>
        <translation>تأكيد إلغاء التفويض</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="294"/>
        <source>Void the authorization of order %1. This releases the whole authorization of %2 back to the customer and cannot be undone.</source>
        <translation>إلغاء تفويض الطلب %1. يؤدي ذلك إلى إعادة كامل المبلغ المفوَّض %2 إلى العميل، ولا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="288"/>
        <source>Ca&amp;pture %1</source>
        <comment>button: capture this amount</comment>
        <translation>&amp;تحصيل %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="297"/>
        <source>&amp;Void authorization</source>
        <comment>button: cancel the whole authorization</comment>
        <translation>&amp;إلغاء التفويض</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="315"/>
        <source>Ask for approval</source>
        <translation>طلب الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="316"/>
        <source>Ask for approval of a %1 refund on order %2; nothing is sent until another approver approves. Until then %1 of the refundable %3 is reserved for it.</source>
        <translation>طلب اعتماد استرداد بمبلغ %1 على الطلب %2؛ لا يُرسَل شيء حتى يعتمده معتمِد آخر. وحتى ذلك الحين يُحجَز له %1 من المبلغ القابل للاسترداد %3.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="319"/>
        <source>&amp;Ask for approval of %1</source>
        <comment>button: record a refund request</comment>
        <translation>&amp;طلب اعتماد %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="324"/>
        <source>PayDesk could not tell whether this refund needs approval (%1). If it does, it waits for another approver and nothing is sent until then.</source>
        <translation>تعذّر على PayDesk معرفة ما إذا كان هذا الاسترداد يحتاج إلى اعتماد (%1). إن كان يحتاج إليه، فإنه ينتظر معتمِدًا آخر ولا يُرسَل شيء حتى ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="330"/>
        <source>&amp;Refund %1</source>
        <comment>button: refund this amount</comment>
        <translation>&amp;استرداد %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="351"/>
        <location filename="../ui/transactionactions.cpp" line="425"/>
        <source>Cancelled. Nothing was done.</source>
        <translation>أُلغي الأمر. لم يُنفَّذ أي شيء.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="384"/>
        <source>%1 on order %2 is running…</source>
        <translation>%1 على الطلب %2 قيد التنفيذ…</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="407"/>
        <source>refund</source>
        <comment>noun, in a sentence</comment>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="407"/>
        <source>capture</source>
        <comment>noun, in a sentence</comment>
        <translation>تحصيل</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="409"/>
        <source>A %1 of %2 on order %3 was sent a short while ago and its outcome was not known at first. Sending the same amount again may move the money twice.</source>
        <translation>أُرسِلت عملية %1 بمبلغ %2 على الطلب %3 قبل قليل ولم تكن نتيجتها معروفة في البداية. قد يؤدي إرسال المبلغ نفسه مرة أخرى إلى تحريك الأموال مرتين.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="412"/>
        <source>Send it again?</source>
        <translation>هل تريد إرسالها مرة أخرى؟</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="416"/>
        <source>Only continue if this is a new %1, not a retry of the earlier one.</source>
        <translation>لا تتابع إلا إذا كانت هذه عملية %1 جديدة، وليست إعادة محاولة للعملية السابقة.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="418"/>
        <source>Send a new %1</source>
        <translation>إرسال عملية %1 جديدة</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="442"/>
        <source>%1 of the authorization</source>
        <translation>%1 للتفويض</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="443"/>
        <source>%1 of %2</source>
        <translation>%1 بمبلغ %2</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="447"/>
        <source>APS carried out an operation on order %1 after PayDesk had recorded it as not done: %2. PayDesk now records it as done. Check the order and tell the customer if needed.</source>
        <translation>نفّذت APS عملية على الطلب %1 بعد أن سجّلها PayDesk على أنها لم تُنفَّذ: %2. يسجّلها PayDesk الآن على أنها منفَّذة. راجع الطلب وأبلغ العميل إذا لزم الأمر.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="451"/>
        <source>Late operation found</source>
        <translation>اكتُشفت عملية متأخرة</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="469"/>
        <source>Captured %1 on order %2.</source>
        <translation>تم تحصيل %1 على الطلب %2.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="471"/>
        <source>Voided the authorization of order %1.</source>
        <translation>تم إلغاء تفويض الطلب %1.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="473"/>
        <source>Refunded %1 on order %2.</source>
        <translation>تم استرداد %1 على الطلب %2.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="477"/>
        <source>Order %1 checked with APS: %2 captured, %3 refunded.</source>
        <translation>تم التحقق من الطلب %1 لدى APS: المحصَّل %2، والمسترد %3.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="481"/>
        <source>Order %1 checked with APS.</source>
        <translation>تم التحقق من الطلب %1 لدى APS.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="485"/>
        <source>APS declined the %1 on order %2. Nothing moved. %3</source>
        <translation>رفضت APS عملية %1 على الطلب %2. لم تتحرك أي أموال. %3</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="488"/>
        <source>The outcome of the %1 on order %2 is not known yet%3. Do not repeat it: PayDesk checks it with APS and the history will show the result.</source>
        <translation>نتيجة عملية %1 على الطلب %2 غير معروفة بعد%3. لا تكرّرها: يتحقق PayDesk منها لدى APS وسيُظهر السجل النتيجة.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="491"/>
        <source> (APS code %1)</source>
        <translation> (رمز APS: %1)</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="493"/>
        <source>Refund request for %1 on order %2 recorded. It waits for an approver.</source>
        <translation>سُجِّل طلب استرداد بمبلغ %1 على الطلب %2. وهو بانتظار اعتماد معتمِد.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="501"/>
        <source>Not done: %1</source>
        <translation>لم يُنفَّذ: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="502"/>
        <source>Not done: the rules do not allow it now.</source>
        <translation>لم يُنفَّذ: القواعد لا تسمح بذلك الآن.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="504"/>
        <source>Not done: APS does not know order %1.</source>
        <translation>لم يُنفَّذ: الطلب %1 غير معروف لدى APS.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="506"/>
        <source>Not done: another operation on order %1 has no known outcome yet.</source>
        <translation>لم يُنفَّذ: توجد عملية أخرى على الطلب %1 نتيجتها غير معروفة بعد.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="508"/>
        <source>Not done: money operations are stopped because APS refused PayDesk&apos;s credentials. Ask an administrator to check the settings.</source>
        <translation>لم يُنفَّذ: أُوقفت العمليات المالية لأن APS رفضت بيانات الدخول الخاصة بـ PayDesk. اطلب من المسؤول التحقق من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="511"/>
        <source>Not done: the APS credentials are missing. Ask an administrator to set them.</source>
        <translation>لم يُنفَّذ: بيانات الدخول إلى APS غير موجودة. اطلب من المسؤول تعيينها.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="513"/>
        <source>Not done: APS would not accept this request for order %1.</source>
        <translation>لم يُنفَّذ: لم تقبل APS هذا الطلب للطلب %1.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="515"/>
        <source>Not done: APS could not be reached. Nothing was sent; try again later.</source>
        <translation>لم يُنفَّذ: تعذّر الوصول إلى APS. لم يُرسَل أي شيء؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="517"/>
        <source>Not done: the local database refused (%1).</source>
        <translation>لم يُنفَّذ: رفضت قاعدة البيانات المحلية العملية (%1).</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="519"/>
        <source>Not done: you are not allowed to do this.</source>
        <translation>لم يُنفَّذ: غير مسموح لك بتنفيذ ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="521"/>
        <source>Not done: the refund request was already decided or has expired.</source>
        <translation>لم يُنفَّذ: سبق البتّ في طلب الاسترداد أو انتهت صلاحيته.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="523"/>
        <source>Not sent: the same amount was sent on order %1 a short while ago with an outcome that was not known at first. Confirm that this is a new one.</source>
        <translation>لم يُرسَل: أُرسِل المبلغ نفسه على الطلب %1 قبل قليل بنتيجة لم تكن معروفة في البداية. أكّد أن هذه عملية جديدة.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="527"/>
        <source>Not done: order %1 changed while PayDesk was checking it with APS, or APS shows less than PayDesk. Nothing was sent; look at the order and try again.</source>
        <translation>لم يُنفَّذ: تغيّر الطلب %1 أثناء تحقق PayDesk منه لدى APS، أو تُظهر APS مبلغًا أقل مما لدى PayDesk. لم يُرسَل أي شيء؛ راجع الطلب وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="541"/>
        <source>Already refreshing: %1 of %2 checked.</source>
        <translation>التحديث جارٍ بالفعل: تم التحقق من %1 من أصل %2.</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="554"/>
        <source>Could not list the open authorizations: %1</source>
        <translation>تعذّر عرض التفويضات المفتوحة: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="560"/>
        <source>No open authorizations to refresh.</source>
        <translation>لا توجد تفويضات مفتوحة لتحديثها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transactionactions.cpp" line="563"/>
        <source>Checking %n open authorization(s) with APS…</source>
        <translation>
            <numerusform>جارٍ التحقق لدى APS من %Ln تفويض مفتوح…</numerusform>
            <numerusform>جارٍ التحقق لدى APS من تفويض مفتوح واحد…</numerusform>
            <numerusform>جارٍ التحقق لدى APS من تفويضين مفتوحين…</numerusform>
            <numerusform>جارٍ التحقق لدى APS من %Ln تفويضات مفتوحة…</numerusform>
            <numerusform>جارٍ التحقق لدى APS من %Ln تفويضًا مفتوحًا…</numerusform>
            <numerusform>جارٍ التحقق لدى APS من %Ln تفويض مفتوح…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transactionactions.cpp" line="581"/>
        <source>Refreshed %n open authorization(s).</source>
        <translation>
            <numerusform>لم يُحدَّث أي تفويض مفتوح.</numerusform>
            <numerusform>تم تحديث تفويض مفتوح واحد.</numerusform>
            <numerusform>تم تحديث تفويضين مفتوحين.</numerusform>
            <numerusform>تم تحديث %Ln تفويضات مفتوحة.</numerusform>
            <numerusform>تم تحديث %Ln تفويضًا مفتوحًا.</numerusform>
            <numerusform>تم تحديث %Ln تفويض مفتوح.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="583"/>
        <source>Checked %1 of %2 open authorizations…</source>
        <translation>تم التحقق من %1 من أصل %2 من التفويضات المفتوحة…</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="330"/>
        <source>In progress…</source>
        <comment>an operation on this transaction is running now</comment>
        <translation>قيد التنفيذ…</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="354"/>
        <source>Capture deadline: %1</source>
        <translation>آخر موعد للتحصيل: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="359"/>
        <source>%1 was not captured before the deadline: APS released it to the customer.</source>
        <translation>لم يُحصَّل %1 قبل آخر موعد للتحصيل: أعادته APS إلى العميل.</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="363"/>
        <source>An operation on this order has no known outcome yet; PayDesk checks it with APS.</source>
        <translation>توجد عملية على هذا الطلب نتيجتها غير معروفة بعد؛ يتحقق PayDesk منها لدى APS.</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="414"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="416"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="418"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="420"/>
        <source>Authorized</source>
        <translation>مفوَّض</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="422"/>
        <source>Captured</source>
        <comment>column: amount captured so far</comment>
        <translation>محصَّل</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="424"/>
        <source>Refunded</source>
        <comment>column: amount refunded so far</comment>
        <translation>مسترد</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="426"/>
        <source>To capture</source>
        <comment>column: authorized amount not captured yet</comment>
        <translation>المتبقي للتحصيل</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="428"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="430"/>
        <source>Expires in</source>
        <comment>column: time left before the capture deadline</comment>
        <translation>تنتهي خلال</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="437"/>
        <source>The amount the customer authorized</source>
        <translation>المبلغ الذي فوّضه العميل</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="440"/>
        <source>The amount captured so far</source>
        <translation>المبلغ المحصَّل حتى الآن</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="443"/>
        <source>The amount refunded so far</source>
        <translation>المبلغ المسترد حتى الآن</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="446"/>
        <source>Authorized but not captured yet, while it can still be captured</source>
        <translation>مفوَّض ولم يُحصَّل بعد، ما دام تحصيله لا يزال ممكنًا</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="449"/>
        <source>Time left before the authorization can no longer be captured</source>
        <translation>الوقت المتبقي قبل أن يتعذّر تحصيل التفويض</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="456"/>
        <source>This column cannot be sorted</source>
        <translation>لا يمكن فرز هذا العمود</translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="501"/>
        <source>Sorted by currency first, then by amount: amounts in different currencies are never compared as one number. Choose a currency to sort one currency alone.</source>
        <translation>مفروز حسب العملة أولًا ثم حسب المبلغ: لا تُقارَن أبدًا المبالغ بعملات مختلفة كأنها رقم واحد. اختر عملة لفرز عملة واحدة وحدها.</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="58"/>
        <source>Only an admin may change users.</source>
        <translation>لا يغيّر المستخدمين إلا المسؤول.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="60"/>
        <source>This is the last enabled admin: make someone else an admin first, or nobody could manage users and settings any more.</source>
        <translation>هذا آخر مسؤول مُمكَّن: اجعل شخصًا آخر مسؤولًا أولًا، وإلا فلن يتمكن أحد من إدارة المستخدمين والإعدادات بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="63"/>
        <source>The password is too short: at least %1 characters.</source>
        <translation>كلمة المرور قصيرة جدًا: %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="66"/>
        <source>A user name has 1 to 64 letters, digits and . _ - @ (no spaces).</source>
        <translation>يتكون اسم المستخدم من 1 إلى 64 من الحروف والأرقام و . _ - @ (دون مسافات).</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="68"/>
        <source>There is already a user with this name (users are never deleted; enable them instead).</source>
        <translation>يوجد مستخدم بهذا الاسم بالفعل (لا يُحذف المستخدمون أبدًا؛ قم بتمكينهم بدلًا من ذلك).</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="71"/>
        <source>There is no such user.</source>
        <translation>لا يوجد مستخدم بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="73"/>
        <source>You granted this role yourself: another admin must confirm it.</source>
        <translation>لقد منحت هذا الدور بنفسك: يجب أن يؤكده مسؤول آخر.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="75"/>
        <source>This role does not wait for a confirmation.</source>
        <translation>هذا الدور لا ينتظر تأكيدًا.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="81"/>
        <source>PayDesk could not change the user: %1</source>
        <translation>تعذّر على PayDesk تغيير المستخدم: %1</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="94"/>
        <location filename="../ui/useradmindialog.cpp" line="101"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Can sign in</source>
        <translation>يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="118"/>
        <source>Who may sign in to PayDesk, and what their role lets them do. Every change is recorded in the audit log.</source>
        <translation>من يمكنه تسجيل الدخول إلى PayDesk، وما يتيحه له دوره. يُسجَّل كل تغيير في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="137"/>
        <source>Selected person</source>
        <translation>الشخص المحدد</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="143"/>
        <source>Change &amp;role</source>
        <translation>تغيير ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="145"/>
        <location filename="../ui/useradmindialog.cpp" line="295"/>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="150"/>
        <source>Set &amp;password</source>
        <translation>تعيين &amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="152"/>
        <source>Con&amp;firm approver role</source>
        <translation>&amp;تأكيد دور المعتمِد</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="154"/>
        <source>An approver role granted by another admin may approve once a second admin confirms it</source>
        <translation>دور المعتمِد الذي يمنحه مسؤول آخر يتيح الاعتماد بعد أن يؤكده مسؤول ثانٍ</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="162"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="165"/>
        <source>New password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="166"/>
        <location filename="../ui/useradmindialog.cpp" line="200"/>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="182"/>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="192"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="194"/>
        <source>Hand the password over in person, never by e-mail.</source>
        <translation>سلّم كلمة المرور شخصيًا، ولا ترسلها بالبريد الإلكتروني أبدًا.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="197"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="198"/>
        <source>R&amp;ole:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="199"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="215"/>
        <source>PayDesk could not read the users: %1</source>
        <translation>تعذّر على PayDesk قراءة المستخدمين: %1</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="228"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="230"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="246"/>
        <source>No: disabled</source>
        <translation>لا: معطَّل</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="248"/>
        <source>Locked until %1 (too many wrong passwords)</source>
        <translation>مقفل حتى %1 (كثرة كلمات المرور الخاطئة)</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="250"/>
        <source>Yes; approving waits for a second admin (granted by %1)</source>
        <translation>نعم؛ الاعتماد ينتظر تأكيد مسؤول ثانٍ (منحه %1)</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="251"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="276"/>
        <source>At least %1 characters.</source>
        <translation>%1 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="278"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="292"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="295"/>
        <source>&amp;Enable</source>
        <translation>&amp;تمكين</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="325"/>
        <source>%1 was added as %2.</source>
        <translation>أُضيف %1 بدور %2.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="340"/>
        <source>%1 is now %2.</source>
        <translation>أصبح %1 الآن بدور %2.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="351"/>
        <source>%1 can no longer sign in.</source>
        <translation>لم يعد بإمكان %1 تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="351"/>
        <source>%1 can sign in again.</source>
        <translation>أصبح بإمكان %1 تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="361"/>
        <source>%1 has a new password (and is no longer locked).</source>
        <translation>لدى %1 كلمة مرور جديدة (ولم يعد مقفلًا).</translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="373"/>
        <source>%1 may now approve refunds.</source>
        <translation>أصبح بإمكان %1 الآن اعتماد عمليات الاسترداد.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../ui/wording.cpp" line="9"/>
        <source>Authorized</source>
        <comment>transaction state: money reserved, nothing captured yet</comment>
        <translation>مفوَّض</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="11"/>
        <source>Partly captured</source>
        <comment>transaction state</comment>
        <translation>محصَّل جزئياً</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="13"/>
        <source>Captured</source>
        <comment>transaction state: the customer was charged</comment>
        <translation>محصَّل</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="15"/>
        <source>Voided</source>
        <comment>transaction state: the authorization was cancelled</comment>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="17"/>
        <source>Expired</source>
        <comment>transaction state: the capture deadline passed</comment>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="19"/>
        <source>Partly refunded</source>
        <comment>transaction state</comment>
        <translation>مسترد جزئياً</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="21"/>
        <source>Refunded</source>
        <comment>transaction state</comment>
        <translation>مسترد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="23"/>
        <source>Failed</source>
        <comment>transaction state: the payment itself was declined</comment>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="30"/>
        <source>Waiting for a status check: APS&apos;s report shows an operation it had not finished, or figures that differ from PayDesk&apos;s. Check status asks APS for the order&apos;s totals; the next automatic check does the same.</source>
        <translation>بانتظار استعلام عن الحالة: يُظهر تقرير APS عملية لم تكن قد أنهتها، أو أرقامًا تختلف عن أرقام PayDesk. يطلب «استعلام عن الحالة» من APS إجماليات الطلب؛ ويفعل الاستعلام التلقائي التالي الشيء نفسه.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="39"/>
        <source>In progress</source>
        <comment>operation outcome: sent, no answer yet</comment>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="41"/>
        <source>Succeeded</source>
        <comment>operation outcome</comment>
        <translation>نجحت</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="43"/>
        <source>Declined</source>
        <comment>operation outcome: refused, nothing moved</comment>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="45"/>
        <source>Outcome unknown</source>
        <comment>operation outcome: being reconciled with APS</comment>
        <translation>النتيجة غير معروفة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="47"/>
        <source>Needs manual review</source>
        <comment>operation outcome</comment>
        <translation>تحتاج إلى مراجعة يدوية</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="56"/>
        <source>Capture</source>
        <comment>noun: an operation that charges authorized money</comment>
        <translation>تحصيل</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="58"/>
        <source>Void</source>
        <comment>noun: an operation that cancels an authorization</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="60"/>
        <source>Refund</source>
        <comment>noun</comment>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="69"/>
        <source>Capture</source>
        <comment>verb: charge money that was authorized</comment>
        <translation>تحصيل</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="71"/>
        <source>Void</source>
        <comment>verb: cancel the whole authorization</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="73"/>
        <source>Refund</source>
        <comment>verb</comment>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="75"/>
        <source>Check status</source>
        <comment>verb: ask APS for the order&apos;s current totals</comment>
        <translation>التحقق من الحالة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="147"/>
        <source>An earlier operation on this order has no known outcome yet. Check its status first.</source>
        <translation>توجد عملية سابقة على هذا الطلب نتيجتها غير معروفة بعد. استعلم عن حالتها أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="150"/>
        <source>The purchase itself was declined: nothing can be captured, voided or refunded.</source>
        <translation>عملية الشراء نفسها مرفوضة: لا يمكن تحصيل أي شيء أو إلغاء تفويضه أو استرداده.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="151"/>
        <source>The authorization itself was declined: nothing can be captured, voided or refunded.</source>
        <translation>التفويض نفسه مرفوض: لا يمكن تحصيل أي شيء أو إلغاء تفويضه أو استرداده.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="154"/>
        <source>Nothing to capture: a purchase is captured when it is paid.</source>
        <translation>لا شيء للتحصيل: يُحصَّل الشراء عند دفعه.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="156"/>
        <source>A purchase cannot be voided. Refund it instead.</source>
        <translation>لا يمكن إلغاء تفويض عملية شراء. استردّها بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="158"/>
        <source>This authorization was voided.</source>
        <translation>أُلغي تفويض هذه العملية.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="161"/>
        <source>The capture deadline has passed.</source>
        <translation>انقضى آخر موعد للتحصيل.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="162"/>
        <source>The capture deadline passed on %1.</source>
        <translation>انقضى آخر موعد للتحصيل في %1.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="164"/>
        <source>Nothing left to capture: %1 of %2 captured.</source>
        <translation>لا يوجد متبقٍّ للتحصيل: تم تحصيل %1 من أصل %2.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="169"/>
        <source>Cannot void after a capture: %1 is captured. The uncaptured %2 cannot be voided or refunded: it stays authorized until %3, when APS releases it to the customer. A refund returns captured money only.</source>
        <translation>لا يمكن إلغاء التفويض بعد التحصيل: تم تحصيل %1. ولا يمكن إلغاء تفويض المبلغ غير المحصَّل %2 ولا استرداده: يبقى مفوَّضًا حتى %3، حين تعيده APS إلى العميل. الاسترداد يعيد الأموال المحصَّلة فقط.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="175"/>
        <source>Cannot void: %1 is already captured. Refund instead.</source>
        <translation>لا يمكن إلغاء التفويض: تم تحصيل %1 بالفعل. نفّذ استردادًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="177"/>
        <source>Nothing has been captured yet, so there is nothing to refund.</source>
        <translation>لم يُحصَّل أي شيء بعد، لذا لا يوجد ما يُسترد.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="179"/>
        <source>Fully refunded: %1 of %2 refunded.</source>
        <translation>مسترد بالكامل: تم استرداد %1 من أصل %2.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="181"/>
        <source>Nothing left to refund: %1 is reserved by refund requests awaiting approval.</source>
        <translation>لا يوجد متبقٍّ للاسترداد: %1 محجوز لطلبات استرداد بانتظار الاعتماد.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="184"/>
        <location filename="../ui/wording.cpp" line="228"/>
        <source>Enter an amount above zero.</source>
        <translation>أدخل مبلغًا أكبر من الصفر.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="186"/>
        <location filename="../ui/wording.cpp" line="231"/>
        <source>The amount must be in %1, the order&apos;s currency.</source>
        <translation>يجب أن يكون المبلغ بعملة %1، وهي عملة الطلب.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="189"/>
        <source>At most %1 can be refunded.</source>
        <translation>يمكن استرداد %1 كحدٍّ أقصى.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="190"/>
        <source>At most %1 can be captured.</source>
        <translation>يمكن تحصيل %1 كحدٍّ أقصى.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="197"/>
        <source>Up to %1 can be captured until %2.</source>
        <translation>يمكن تحصيل ما يصل إلى %1 حتى %2.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="198"/>
        <source>Up to %1 can be captured.</source>
        <translation>يمكن تحصيل ما يصل إلى %1.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="200"/>
        <source>Releases the whole authorization of %1 back to the customer.</source>
        <translation>يعيد التفويض الكامل بمبلغ %1 إلى العميل.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="202"/>
        <source>Up to %1 can be refunded.</source>
        <translation>يمكن استرداد ما يصل إلى %1.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="204"/>
        <source>Ask APS for this order&apos;s current totals.</source>
        <translation>اطلب من APS الإجماليات الحالية لهذا الطلب.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="215"/>
        <source>Enter an amount.</source>
        <translation>أدخل مبلغًا.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="217"/>
        <source>That is not an amount. Type digits, with the decimal separator if needed.</source>
        <translation>هذا ليس مبلغًا. اكتب أرقامًا، مع الفاصلة العشرية إذا لزم الأمر.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="219"/>
        <source>The amount cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="222"/>
        <source>%1 has no decimals.</source>
        <translation>لا توجد منازل عشرية في %1.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="223"/>
        <source>%1 has %2 decimals.</source>
        <translation>عدد المنازل العشرية في %1 هو %2.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="226"/>
        <source>The amount is too large.</source>
        <translation>المبلغ كبير جدًا.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="250"/>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation>%1 يوم %2 ساعة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="252"/>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 ساعة %2 دقيقة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="255"/>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="258"/>
        <source>expired %1 ago</source>
        <comment>the capture deadline passed %1 ago</comment>
        <translation>انتهت الصلاحية منذ %1</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="268"/>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="271"/>
        <source>APS did not accept PayDesk&apos;s credentials. Ask an administrator to check the settings.</source>
        <translation>لم تقبل APS بيانات الدخول الخاصة بـ PayDesk. اطلب من المسؤول التحقق من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="273"/>
        <source>APS does not know this order.</source>
        <translation>هذا الطلب غير معروف لدى APS.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="275"/>
        <source>APS refused: the amount is more than what is left to capture.</source>
        <translation>رفضت APS: المبلغ أكبر من المتبقي للتحصيل.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="277"/>
        <source>APS refused: the amount is more than what is left to refund.</source>
        <translation>رفضت APS: المبلغ أكبر من المتبقي للاسترداد.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="279"/>
        <source>APS does not allow this operation on this order.</source>
        <translation>لا تسمح APS بهذه العملية على هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="281"/>
        <source>APS says the order is closed (voided or expired).</source>
        <translation>تفيد APS بأن الطلب مغلق (أُلغي تفويضه أو منتهي الصلاحية).</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="283"/>
        <source>Another operation on this order is still running at APS.</source>
        <translation>لا تزال عملية أخرى على هذا الطلب قيد التنفيذ لدى APS.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="285"/>
        <source>The payment was declined.</source>
        <translation>الدفعة مرفوضة.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="288"/>
        <source>APS could not confirm the result. PayDesk will check the order&apos;s status.</source>
        <translation>تعذّر على APS تأكيد النتيجة. سيستعلم PayDesk عن حالة الطلب.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="290"/>
        <source>APS answered: %1</source>
        <translation>ردّت APS: %1</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="291"/>
        <source>%1 (APS code %2)</source>
        <comment>a sentence, then the APS response code for support</comment>
        <translation>%1 (رمز APS: %2)</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="300"/>
        <source>the address does not start with https:// (only a simulator on this computer may use http://)</source>
        <translation>العنوان لا يبدأ بـ https:// (لا يُسمح باستخدام http:// إلا لمحاكي على هذا الكمبيوتر)</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="303"/>
        <source>the server refused the connection</source>
        <translation>رفض الخادم الاتصال</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="305"/>
        <source>the server&apos;s name was not found</source>
        <translation>لم يُعثر على اسم الخادم</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="307"/>
        <source>no answer in time</source>
        <translation>لم يصل رد في الوقت المحدد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="309"/>
        <source>the connection was lost before the answer arrived</source>
        <translation>انقطع الاتصال قبل وصول الرد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="311"/>
        <source>the secure connection could not be set up</source>
        <translation>تعذّر إنشاء الاتصال الآمن</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="313"/>
        <source>the server answered with an error instead of a result</source>
        <translation>ردّ الخادم بخطأ بدلًا من النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="315"/>
        <source>the answer could not be read</source>
        <translation>تعذّرت قراءة الرد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="317"/>
        <source>the answer&apos;s signature does not verify</source>
        <translation>توقيع الرد غير صحيح</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="319"/>
        <source>a network error</source>
        <translation>خطأ في الشبكة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="328"/>
        <source>viewer</source>
        <comment>user role: may only read</comment>
        <translation>مطّلع</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="330"/>
        <source>operator</source>
        <comment>user role: captures, voids, asks for refunds</comment>
        <translation>مشغّل</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="332"/>
        <source>approver</source>
        <comment>user role: approves other people&apos;s refund requests</comment>
        <translation>معتمِد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="334"/>
        <source>admin</source>
        <comment>user role: settings, users, credentials</comment>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="343"/>
        <source>looks at transactions, moves no money</source>
        <translation>يطّلع على المعاملات، ولا يحرّك أي أموال</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="345"/>
        <source>captures, voids and asks for refunds</source>
        <translation>يحصّل ويلغي التفويضات ويطلب عمليات الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="347"/>
        <source>approves other people&apos;s refunds, and can do what an operator does</source>
        <translation>يعتمد عمليات الاسترداد التي يطلبها الآخرون، ويمكنه القيام بما يقوم به المشغّل</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="349"/>
        <source>settings and users; moves no money</source>
        <translation>الإعدادات والمستخدمون؛ لا يحرّك أي أموال</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="358"/>
        <source>see the transactions</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>الاطلاع على المعاملات</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="360"/>
        <source>check an order&apos;s status with APS</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>الاستعلام عن حالة الطلب لدى APS</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="362"/>
        <source>capture</source>
        <comment>after &apos;cannot&apos;: charge authorized money</comment>
        <translation>التحصيل</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="364"/>
        <source>void</source>
        <comment>after &apos;cannot&apos;: cancel an authorization</comment>
        <translation>إلغاء التفويض</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="366"/>
        <source>refund</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="368"/>
        <source>approve or reject refund requests</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>اعتماد طلبات الاسترداد أو رفضها</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="370"/>
        <source>propose how an unclear operation ended</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>اقتراح نتيجة عملية غير واضحة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="372"/>
        <source>confirm how an unclear operation ended</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>تأكيد نتيجة عملية غير واضحة</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="374"/>
        <source>change the settings</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="376"/>
        <source>manage users</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>إدارة المستخدمين</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="378"/>
        <source>change the APS credentials</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation>تغيير بيانات الدخول إلى APS</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="385"/>
        <source>Your role (%1) cannot %2</source>
        <comment>%1 a role, %2 what it would do</comment>
        <translation>دورك (%1) لا يتيح %2</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="393"/>
        <source>Awaiting approval</source>
        <comment>refund request status</comment>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="395"/>
        <source>Approved</source>
        <comment>refund request status</comment>
        <translation>معتمَد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="397"/>
        <source>Rejected</source>
        <comment>refund request status</comment>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="399"/>
        <source>Expired</source>
        <comment>refund request status: nobody decided in time</comment>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="406"/>
        <source>Database unreachable — reconnecting… Nothing you typed is lost; payments wait until the connection is back.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات — جارٍ إعادة الاتصال… لم يُفقد شيء مما كتبته؛ تنتظر المدفوعات حتى يعود الاتصال.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="412"/>
        <source>The shared database cannot be reached: wait until the connection is back.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات المشتركة: انتظر حتى يعود الاتصال.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="417"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="418"/>
        <source>The APS credentials are not set up%1: nothing can be sent to APS from this desk. An administrator sets them in Settings.</source>
        <translation>لم تُعدّ بيانات الدخول إلى APS%1: لا يمكن إرسال أي شيء إلى APS من هذا المكتب. يعيّنها المسؤول في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="426"/>
        <source>refund of %1 awaiting approval</source>
        <translation>استرداد بمبلغ %1 بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="431"/>
        <source>A refund of %1 awaits approval by another person; the amount is reserved until it is approved, rejected, withdrawn or expires.</source>
        <translation>استرداد بمبلغ %1 بانتظار اعتماد شخص آخر؛ يبقى المبلغ محجوزًا حتى يُعتمَد أو يُرفض أو يُسحب الطلب أو تنتهي صلاحيته.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/paydesk/main.cpp" line="68"/>
        <source>The PayDesk window</source>
        <translation>نافذة PayDesk</translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="72"/>
        <source>Displays version information.</source>
        <translation>يعرض معلومات الإصدار.</translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="76"/>
        <source>Start on a fresh demo with simulated payments.</source>
        <translation>البدء بعرض تجريبي جديد بمدفوعات محاكاة.</translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="79"/>
        <source>The cache to open: a file, or a team database (postgresql://USER@HOST:PORT/DBNAME; the password comes from ~/.pgpass).</source>
        <translation>قاعدة البيانات المحلية المراد فتحها: ملف، أو قاعدة بيانات الفريق (postgresql://USER@HOST:PORT/DBNAME؛ تُؤخذ كلمة المرور من ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="84"/>
        <source>Merchant profile.</source>
        <translation>ملف التاجر.</translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="88"/>
        <source>Language instead of the system&apos;s (en, ar).</source>
        <translation>اللغة بدلًا من لغة النظام (en، ar).</translation>
    </message>
</context>
</TS>
