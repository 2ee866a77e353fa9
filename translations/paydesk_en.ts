<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="101"/>
        <source>Refund requests awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="103"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="116"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="105"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="105"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="105"/>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="105"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="114"/>
        <source>Authorizations expiring in the next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="118"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="118"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="118"/>
        <source>To capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="21"/>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="30"/>
        <source>About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="38"/>
        <source>Captures, voids and refunds card payments taken through Amazon Payment Services, with a second person approving refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="42"/>
        <location filename="../ui/aboutdialog.cpp" line="78"/>
        <source>Qt %1
Licence: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="53"/>
        <location filename="../ui/aboutdialog.cpp" line="56"/>
        <source>Show the &amp;licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="56"/>
        <source>Hide the &amp;licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../ui/amountdialog.cpp" line="27"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="28"/>
        <source>Capture %1</source>
        <comment>dialog title: capture order %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="34"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="35"/>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="48"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="53"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="59"/>
        <source>Why is the money going back? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="60"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="62"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="75"/>
        <source>Co&amp;ntinue to refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="75"/>
        <source>Co&amp;ntinue to capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="125"/>
        <source>Enter the reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalQueueWidget</name>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="32"/>
        <source>History: no capture, void or refund from PayDesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="46"/>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="47"/>
        <source>%1 × %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalqueuewidget.cpp" line="55"/>
        <source>%n with no known outcome yet</source>
        <translation>
            <numerusform>%n with no known outcome yet</numerusform>
            <numerusform>%n with no known outcome yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="58"/>
        <source>History: %1; last %2 on %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="59"/>
        <source>nothing succeeded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="73"/>
        <source>&amp;Approve and refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="74"/>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="75"/>
        <source>&amp;Withdraw my request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="76"/>
        <source>Approve and refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="77"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="78"/>
        <source>Withdraw my request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="80"/>
        <source>No refund is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="86"/>
        <source>Refund requests awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="88"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="149"/>
        <source>Could not read the approval queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="162"/>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="219"/>
        <source>Your approver role waits for a second administrator to confirm it. Until then another approver decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="224"/>
        <source>You may not decide refund requests now. Sign in again or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="226"/>
        <location filename="../ui/approvalqueuewidget.cpp" line="237"/>
        <source>Select a refund request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="228"/>
        <location filename="../ui/approvalqueuewidget.cpp" line="241"/>
        <source>A refund is being sent. Wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="230"/>
        <source>You asked for this refund: another approver must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="239"/>
        <source>Only %1, who asked for this refund, can withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="245"/>
        <source>Sends this refund to APS now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="246"/>
        <source>Refuses the request and frees the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="248"/>
        <source>Takes back your request; the reserved amount becomes refundable again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="266"/>
        <source>Approve refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="267"/>
        <source>Refund %1 to the customer of order %2 now?

Asked by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="272"/>
        <source>&amp;Approve and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="290"/>
        <source>Reject refund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="292"/>
        <source>Why is the refund of %1 on order %2 rejected? %3 will see this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="298"/>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="322"/>
        <source>Withdraw refund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="323"/>
        <source>Withdraw your request to refund %1 on order %2? Nothing was sent to APS; the reserved amount becomes refundable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="327"/>
        <source>&amp;Withdraw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="341"/>
        <source>Refund request withdrawn; the amount is refundable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="342"/>
        <source>Not withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="361"/>
        <source>Authorized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="362"/>
        <source>Captured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="363"/>
        <source>Already refunded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="364"/>
        <source>Reserved by other requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="366"/>
        <source>This refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="367"/>
        <source>Refundable after this refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="383"/>
        <source>Sending the approved refund to APS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="387"/>
        <source>Not approved: you asked for this refund yourself, so another approver must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="389"/>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="399"/>
        <source>Refund request rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="400"/>
        <source>Not rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../ui/auditview.cpp" line="211"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="213"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="218"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="223"/>
        <source>Any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="234"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="236"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="238"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="240"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="242"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="39"/>
        <source>Captured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="40"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="41"/>
        <source>Capture of %1 sent to APS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="42"/>
        <source>Capture sent to APS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="43"/>
        <source>Capture of %1 declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="44"/>
        <source>Capture declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="45"/>
        <source>Capture of %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="46"/>
        <source>Capture refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="47"/>
        <source>Capture of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="48"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="49"/>
        <source>Voided, %1 released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="50"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="51"/>
        <location filename="../ui/auditview.cpp" line="52"/>
        <source>Void sent to APS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="53"/>
        <location filename="../ui/auditview.cpp" line="54"/>
        <source>Void declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="55"/>
        <location filename="../ui/auditview.cpp" line="56"/>
        <source>Void refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="57"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="58"/>
        <source>Refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="59"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="60"/>
        <source>Refund of %1 sent to APS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="61"/>
        <source>Refund sent to APS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="62"/>
        <source>Refund of %1 declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="63"/>
        <source>Refund declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="64"/>
        <source>Refund of %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="65"/>
        <source>Refund refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="66"/>
        <source>Refund of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="66"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="67"/>
        <source>Refund of %1 requested, awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="68"/>
        <source>Refund requested, awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="69"/>
        <location filename="../ui/auditview.cpp" line="70"/>
        <source>Refund request approval refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="71"/>
        <location filename="../ui/auditview.cpp" line="72"/>
        <source>Refund request approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="73"/>
        <location filename="../ui/auditview.cpp" line="74"/>
        <source>Refund request rejection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="75"/>
        <location filename="../ui/auditview.cpp" line="76"/>
        <source>Refund request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="77"/>
        <location filename="../ui/auditview.cpp" line="78"/>
        <source>Refund request expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="79"/>
        <location filename="../ui/auditview.cpp" line="80"/>
        <source>Refund request withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="81"/>
        <location filename="../ui/auditview.cpp" line="82"/>
        <source>Status checked with APS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="83"/>
        <location filename="../ui/auditview.cpp" line="84"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="85"/>
        <location filename="../ui/auditview.cpp" line="86"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="87"/>
        <location filename="../ui/auditview.cpp" line="88"/>
        <source>Desk locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="89"/>
        <location filename="../ui/auditview.cpp" line="90"/>
        <source>APS report imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="91"/>
        <location filename="../ui/auditview.cpp" line="92"/>
        <source>List exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="93"/>
        <location filename="../ui/auditview.cpp" line="94"/>
        <source>Profile settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="95"/>
        <location filename="../ui/auditview.cpp" line="96"/>
        <source>Approval threshold changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="97"/>
        <location filename="../ui/auditview.cpp" line="98"/>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="99"/>
        <location filename="../ui/auditview.cpp" line="100"/>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="101"/>
        <location filename="../ui/auditview.cpp" line="102"/>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="103"/>
        <location filename="../ui/auditview.cpp" line="104"/>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="105"/>
        <location filename="../ui/auditview.cpp" line="106"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="107"/>
        <location filename="../ui/auditview.cpp" line="108"/>
        <source>Approver role confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="109"/>
        <location filename="../ui/auditview.cpp" line="110"/>
        <source>Resolution proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="111"/>
        <location filename="../ui/auditview.cpp" line="112"/>
        <source>Resolution confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="113"/>
        <location filename="../ui/auditview.cpp" line="114"/>
        <source>Resolution rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="115"/>
        <location filename="../ui/auditview.cpp" line="116"/>
        <source>Team keys exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="117"/>
        <location filename="../ui/auditview.cpp" line="118"/>
        <source>Team keys imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="119"/>
        <location filename="../ui/auditview.cpp" line="120"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="121"/>
        <location filename="../ui/auditview.cpp" line="122"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="123"/>
        <location filename="../ui/auditview.cpp" line="124"/>
        <source>Moved to the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="125"/>
        <location filename="../ui/auditview.cpp" line="126"/>
        <source>Cache created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="127"/>
        <location filename="../ui/auditview.cpp" line="128"/>
        <source>People records sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="129"/>
        <location filename="../ui/auditview.cpp" line="130"/>
        <source>APS applied an operation late: order flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="131"/>
        <location filename="../ui/auditview.cpp" line="132"/>
        <source>Money operations stopped: check the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="250"/>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="261"/>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="262"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="263"/>
        <source>Checks that no row of the audit log was edited, deleted or re-ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="347"/>
        <source>%n entry(ies), newest first</source>
        <translation>
            <numerusform>%n entry, newest first</numerusform>
            <numerusform>%n entries, newest first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="348"/>
        <source>Could not read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="353"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="353"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="370"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="373"/>
        <source>%n entry(ies) written to %1</source>
        <translation>
            <numerusform>%n entry written to %1</numerusform>
            <numerusform>%n entries written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="383"/>
        <source>The audit log is intact: %n row(s) checked, none edited, deleted or re-ordered.</source>
        <translation>
            <numerusform>The audit log is intact: %n row checked, none edited, deleted or re-ordered.</numerusform>
            <numerusform>The audit log is intact: %n rows checked, none edited, deleted or re-ordered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="392"/>
        <source>row %1 was edited (or the audit key is not the one that wrote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="395"/>
        <source>a row was deleted before row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="398"/>
        <source>rows were re-ordered at row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="402"/>
        <source>rows were cut off the end from row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="406"/>
        <source>the log or its key could not be read (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="410"/>
        <source>The audit log is NOT intact: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCaptureDialog</name>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="48"/>
        <source>Capture several orders</source>
        <comment>window title; capture = charge authorized money</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="62"/>
        <source>Line</source>
        <comment>line of the input file or selection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="63"/>
        <source>Reference</source>
        <comment>merchant reference of the order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="64"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="65"/>
        <source>Check</source>
        <comment>column: what the check before capturing found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="66"/>
        <source>Result</source>
        <comment>column: what happened when capturing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="67"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="68"/>
        <source>APS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="78"/>
        <source>Capture…</source>
        <comment>button: go on to confirm the capture</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="81"/>
        <source>Capture now</source>
        <comment>button: charge the customers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="82"/>
        <source>Cancel</source>
        <comment>button: do not capture, back to the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="85"/>
        <source>Stop</source>
        <comment>button: start no further captures</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="86"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="127"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="132"/>
        <source>%1 is not a list of orders to capture (merchant_reference,amount): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="142"/>
        <source>Nothing to capture: every row is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="143"/>
        <source>Will capture %n order(s): %1</source>
        <comment>capture = charge authorized money</comment>
        <translation>
            <numerusform>Will capture %n order: %1</numerusform>
            <numerusform>Will capture %n orders: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="153"/>
        <source>Listed on an earlier line already; each order is captured once at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="155"/>
        <source>PayDesk does not know order %1. Import the latest report or check the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="159"/>
        <source>No order reference on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="164"/>
        <source>The amount &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="167"/>
        <source>This line cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="180"/>
        <source>Captured</source>
        <comment>bulk result: APS charged the customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="182"/>
        <source>Skipped</source>
        <comment>bulk result: left out by the check, nothing sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="184"/>
        <source>Declined</source>
        <comment>bulk result: APS refused, nothing moved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="186"/>
        <source>Outcome unknown</source>
        <comment>bulk result: being reconciled with APS</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="188"/>
        <source>Not done</source>
        <comment>bulk result: PayDesk refused before sending</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="190"/>
        <source>Not sent</source>
        <comment>bulk result: nothing reached APS</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="192"/>
        <source>Not started</source>
        <comment>bulk result: the run was stopped before this row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="207"/>
        <source>%1 (what is left)</source>
        <comment>amount to capture: the rest of the order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="215"/>
        <source>Will capture</source>
        <comment>the order will be charged</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="216"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="251"/>
        <source>%n row(s) will be skipped; the list says why.</source>
        <translation>
            <numerusform>%n row will be skipped; the list says why.</numerusform>
            <numerusform>%n rows will be skipped; the list says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="258"/>
        <source>Capture %n order(s) now: %1. The customers will be charged.</source>
        <translation>
            <numerusform>Capture %n order now: %1. The customers will be charged.</numerusform>
            <numerusform>Capture %n orders now: %1. The customers will be charged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="266"/>
        <source>Capturing… Stop starts no further captures; those already sent finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="294"/>
        <source>Stopping: the captures already sent finish; no more start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="323"/>
        <source>Not started: the run was stopped. Nothing was sent for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="373"/>
        <source>Captured %n order(s): %1.</source>
        <translation>
            <numerusform>Captured %n order: %1.</numerusform>
            <numerusform>Captured %n orders: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="375"/>
        <source>Nothing was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="380"/>
        <source>%n declined by APS.</source>
        <translation>
            <numerusform>%n declined by APS.</numerusform>
            <numerusform>%n declined by APS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="382"/>
        <source>%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.</source>
        <translation>
            <numerusform>%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.</numerusform>
            <numerusform>%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="384"/>
        <source>%n not done.</source>
        <translation>
            <numerusform>%n not done.</numerusform>
            <numerusform>%n not done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="385"/>
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n not sent.</numerusform>
            <numerusform>%n not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="386"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkcapturedialog.cpp" line="388"/>
        <source>%n not started because the run was stopped.</source>
        <translation>
            <numerusform>%n not started because the run was stopped.</numerusform>
            <numerusform>%n not started because the run was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="402"/>
        <location filename="../ui/bulkcapturedialog.cpp" line="428"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="436"/>
        <source>Export the capture report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="436"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkcapturedialog.cpp" line="443"/>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskLauncher</name>
    <message>
        <location filename="../ui/desklauncher.cpp" line="54"/>
        <source>This program has no demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="60"/>
        <source>PayDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="73"/>
        <source>The team database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="104"/>
        <source>No user was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="119"/>
        <source>Sign in as another demo user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="25"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="27"/>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="63"/>
        <source>Select a transaction to see its amounts and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="105"/>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="106"/>
        <location filename="../ui/detailpane.cpp" line="109"/>
        <source>Captured</source>
        <comment>amount captured so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="107"/>
        <source>Left to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="110"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="111"/>
        <source>Reserved for refund requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="112"/>
        <source>Refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="123"/>
        <source>Capture deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="124"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="125"/>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="126"/>
        <source>APS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="129"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <source>APS answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="142"/>
        <source>Operation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="169"/>
        <source>In progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="171"/>
        <source>outcome of the last operation not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="173"/>
        <source>waiting for a status check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="188"/>
        <source>none: the card declined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="193"/>
        <source>none: %1 released at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="194"/>
        <location filename="../ui/detailpane.cpp" line="205"/>
        <source>none (declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="195"/>
        <source>none (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="196"/>
        <source>none (purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="207"/>
        <source>none (a purchase is captured when paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="211"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="219"/>
        <location filename="../ui/detailpane.cpp" line="220"/>
        <location filename="../ui/detailpane.cpp" line="226"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="226"/>
        <source>Order id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="229"/>
        <source>last answer %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="245"/>
        <source>waiting to be sure it did not happen: APS has shown no change since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="270"/>
        <location filename="../ui/detailpane.cpp" line="356"/>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="275"/>
        <source>No capture, void or refund from PayDesk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="289"/>
        <source>&amp;Withdraw my request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="292"/>
        <source>Takes back your refund request; the reserved amount becomes refundable again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="362"/>
        <source>Refund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="364"/>
        <source>Awaiting approval until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="365"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="371"/>
        <source>Refund approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="376"/>
        <source>Refund request withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="377"/>
        <source>Withdrawn</source>
        <comment>refund request: taken back by the person who asked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="381"/>
        <source>Refund rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="386"/>
        <source>Refund request expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="388"/>
        <source>Nobody decided in time; the amount is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="428"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="432"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="436"/>
        <source>Not final yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="443"/>
        <source>%1 (APS order id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="444"/>
        <source>APS report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndOfDayReportDialog</name>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="69"/>
        <source>Void (released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="138"/>
        <source>End-of-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="142"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="148"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="149"/>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="186"/>
        <source>The report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="200"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="210"/>
        <source>There is no report to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="220"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="227"/>
        <source>Save the end-of-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="229"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="229"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="251"/>
        <source>End-of-day report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="255"/>
        <source>Succeeded captures, voids and refunds recorded from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="261"/>
        <source>No money moved on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="263"/>
        <source>By person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="267"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="267"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="267"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="264"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="267"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="266"/>
        <source>Totals per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="272"/>
        <source>Not counted: %1 declined, %2 with an outcome not known yet (see the reconciliation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="277"/>
        <source>Needs attention as of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="299"/>
        <source>End-of-day report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="309"/>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCurrentView</name>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="98"/>
        <source>Export failed; %1 was not written. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="103"/>
        <source>Exported no transactions to %1: the view is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportcurrentview.cpp" line="104"/>
        <source>Exported %Ln transaction(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln transaction to %1.</numerusform>
            <numerusform>Exported %Ln transactions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="175"/>
        <source>Columns as shown, for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="178"/>
        <source>All columns, for scripts (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="178"/>
        <source>All columns, for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="180"/>
        <source>Export the transactions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="204"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="56"/>
        <source>Any</source>
        <comment>no date bound</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="73"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="74"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="115"/>
        <location filename="../ui/filterbar.cpp" line="176"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="88"/>
        <source>Every transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="178"/>
        <source>Needs capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="89"/>
        <source>Authorizations with money that can still be captured before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="180"/>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="90"/>
        <source>Must be captured soon or the authorization lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="182"/>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="91"/>
        <source>An operation whose outcome is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="184"/>
        <source>Refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="92"/>
        <source>Captured money that can still be refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="186"/>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="94"/>
        <source>The capture deadline passed with money not captured: APS released it to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="59"/>
        <source>Type a date (%1), pick one from the calendar, or choose a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="112"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="120"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="124"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="130"/>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="131"/>
        <source>Today, yesterday, the last 7 days, this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="135"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="135"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="136"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="136"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="137"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="148"/>
        <source>Click to show every order again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="154"/>
        <source>Search order, APS id, customer, e-mail, card last 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="156"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="205"/>
        <source>%1 %2</source>
        <comment>chip name, count</comment>
        <extracomment>A quick filter&apos;s name and how many transactions it holds, e.g. &quot;Needs capture 41&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="278"/>
        <source>Captured or refunded on %1  ×</source>
        <extracomment>A removable filter: the orders whose money moved on that day; × removes it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="23"/>
        <source>Create the first PayDesk user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="26"/>
        <source>Nobody uses this cache yet. Create the administrator: they add the other people, choose their roles and manage the settings. An administrator does not capture, void, refund or approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="32"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="33"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="34"/>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="37"/>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="64"/>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="66"/>
        <source>A user name has letters, digits and . _ - @ only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="68"/>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstadmindialog.cpp" line="70"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../ui/firststartpage.cpp" line="15"/>
        <location filename="../ui/firststartpage.cpp" line="18"/>
        <source>Welcome to PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="25"/>
        <source>There is no transaction cache on this computer yet (%1).

Try the demo to see PayDesk with simulated payments, or set PayDesk up for your merchant account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="34"/>
        <source>Try the &amp;demo (simulated payments, no real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="40"/>
        <source>&amp;Reconnect to the team database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="46"/>
        <source>&amp;Join a team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="51"/>
        <source>&amp;Set up for my merchant account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="53"/>
        <source>Set up PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="54"/>
        <source>An administrator creates the cache and the merchant profile once:

paydeskctl init --merchant-identifier ID --environment sandbox
paydeskctl profile set --capture-window-days 7 --time-zone %2
paydeskctl import report.csv

and keeps the APS credentials in the environment (PAYDESK_ACCESS_CODE, PAYDESK_REQUEST_PHRASE, PAYDESK_RESPONSE_PHRASE). Then start PayDesk again.

Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="75"/>
        <location filename="../ui/firststartpage.cpp" line="88"/>
        <source>Join a team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="76"/>
        <source>The address of your team&apos;s database, from your administrator:
postgresql://USER@HOST:PORT/DBNAME

Your database password goes in the file ~/.pgpass, never in this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="89"/>
        <source>This is not a team database address. It starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../ui/idlelock.cpp" line="47"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="48"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="83"/>
        <source>PayDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="131"/>
        <source>Nobody used this window for a while, so its data is hidden. %1, enter your password to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="137"/>
        <source>%1 locked this window by hand, so its data is hidden. %1 enters their password to carry on where they left off; someone else chooses Switch user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="143"/>
        <source>%1 is handing this window over, so its data is hidden. Cancel goes back to %1&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="183"/>
        <source>Hand the desk over: the next person signs in with their own name and password. The list, its filters and the selection stay as they are; what can be done follows the new person&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="191"/>
        <source>Sign in as another demo user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="194"/>
        <source>Enter your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="50"/>
        <source>Close PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="41"/>
        <source>Choose…</source>
        <comment>button: choose a file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="42"/>
        <source>Skip bad rows and import the good ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="49"/>
        <source>Import an APS transaction report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>The report exported from the APS back office (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Without this, the import is all or nothing: if any row cannot be used, nothing is imported and the rows at fault are listed, so the list never holds half a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="66"/>
        <source>Line</source>
        <comment>line of the report file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="66"/>
        <source>Reference</source>
        <comment>merchant reference</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="66"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="74"/>
        <source>Import</source>
        <comment>button: read the report into PayDesk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Report file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="142"/>
        <source>Choose an APS transaction report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="143"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="168"/>
        <location filename="../ui/importdialog.cpp" line="202"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="205"/>
        <source>Checking %1 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="208"/>
        <source>Adding the orders to PayDesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="226"/>
        <source>The file cannot be read; nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="228"/>
        <source>This file is not an APS transaction report; nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="231"/>
        <source>The database is busy with another desk; nothing was imported. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="233"/>
        <source>The import failed; nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="239"/>
        <source>Nothing was imported: %n row(s) of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick &quot;Skip bad rows&quot; to import the good rows and leave these out.</source>
        <translation>
            <numerusform>Nothing was imported: %n row of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick &quot;Skip bad rows&quot; to import the good rows and leave these out.</numerusform>
            <numerusform>Nothing was imported: %n rows of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick &quot;Skip bad rows&quot; to import the good rows and leave these out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="247"/>
        <source>%1 rows read, %2 already imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="249"/>
        <source>Orders: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="253"/>
        <source>%1 orders disagree with what PayDesk knows: their totals were kept and they are marked for a status check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="258"/>
        <source>%1 orders have an operation APS had not finished when the report was made (for example status 15, uncertain): they are marked for a status check, which settles them from APS&apos;s totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="263"/>
        <source>%1 orders were left alone because an operation on them has no known outcome yet; import the file again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="267"/>
        <source>%1 bad rows were skipped (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>PayDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Demo — simulated payments, no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>The list cannot be sorted by this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>&amp;Export the list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Writes the transactions of the current filter and order to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>&amp;Import an APS transaction report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Adds the orders of an APS back-office report (CSV) to the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Capture the selected orders in &amp;bulk…</source>
        <extracomment>Capture here is the card-payment operation: taking authorized money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Captures what is left on each selected order, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Bulk capture from a CSV &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Captures the orders and amounts listed in a CSV file (merchant_reference,amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>&amp;End-of-day report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>The day&apos;s captures, voids and refunds by person, with totals per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>What needs attention now, and what the last 30 days captured and refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>T&amp;ransactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Go to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>&amp;Reload from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>&amp;About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Order %1 is not among the rows in view; it is shown beside the list, the filters are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>%n match(es) · totals…</source>
        <translation>
            <numerusform>%n match · totals…</numerusform>
            <numerusform>%n matches · totals…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>%1+ matches · counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>%n match(es) in All</source>
        <extracomment>A link in the status bar: the search finds this many orders when no quick filter is on</extracomment>
        <translation>
            <numerusform>%n match in All</numerusform>
            <numerusform>%n matches in All</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>The &quot;%1&quot; filter hides %n of the orders the search finds. Click to show them all.</source>
        <translation>
            <numerusform>The &quot;%1&quot; filter hides %n of the orders the search finds. Click to show them all.</numerusform>
            <numerusform>The &quot;%1&quot; filter hides %n of the orders the search finds. Click to show them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>As the language writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>Latin (0123456789)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>Arabic-Indic (٠١٢٣٤٥٦٧٨٩)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <source>The digits change when PayDesk starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="682"/>
        <source>The database is reachable again. The list is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="695"/>
        <source>Totals unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>%1: %n transaction(s), %2 authorized, %3 captured, %4 refunded, %5 to capture, %6 refundable</source>
        <translation>
            <numerusform>%1: %n transaction, %2 authorized, %3 captured, %4 refunded, %5 to capture, %6 refundable</numerusform>
            <numerusform>%1: %n transactions, %2 authorized, %3 captured, %4 refunded, %5 to capture, %6 refundable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s), %2 authorized, %3 captured, %4 refunded</source>
        <translation type="vanished">
            <numerusform>%1: %n transaction, %2 authorized, %3 captured, %4 refunded</numerusform>
            <numerusform>%1: %n transactions, %2 authorized, %3 captured, %4 refunded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="732"/>
        <source>to capture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>refundable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="734"/>
        <source>authorized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="758"/>
        <source>Open Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>Select the orders to capture in the list first (Shift or Ctrl and click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="840"/>
        <source>Bulk capture from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="847"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="858"/>
        <source>This window is read-only: no payment service is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="840"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transaction(s) to %1.</source>
        <translation type="vanished">
            <numerusform>Exported %n transaction to %1.</numerusform>
            <numerusform>Exported %n transactions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n transaction(s) to %1…</source>
        <translation type="vanished">
            <numerusform>Exporting %n transaction to %1…</numerusform>
            <numerusform>Exporting %n transactions to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/paydesk/main.cpp" line="23"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="98"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="99"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="100"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="101"/>
        <location filename="../ui/settingsdialog.cpp" line="102"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="114"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="117"/>
        <source>Merchant profile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="125"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="126"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="134"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="134"/>
        <source>Approval from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="135"/>
        <source>Refunds at or above this amount wait for an approver. Empty: every refund waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="158"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="160"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="161"/>
        <source>Merchant identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="162"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="163"/>
        <source>&amp;SHA type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="164"/>
        <source>&amp;Language of APS answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="165"/>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="166"/>
        <source>&amp;Capture window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="167"/>
        <source>&amp;Warn before the deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="168"/>
        <source>The merchant&apos;s time zone: the end-of-day report&apos;s day, and report times without an offset. This desk is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="171"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="173"/>
        <source>When APS&apos;s answer to a capture, void or refund is lost, PayDesk counts it as not done only after APS has shown no change for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="175"/>
        <source>An operation whose outcome is still not known this long after it was sent goes to manual review, where two people settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="177"/>
        <source>Lost answer counts as &amp;not done after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="178"/>
        <source>&amp;Manual review after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="180"/>
        <source>Credentials (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="182"/>
        <source>&amp;Access code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="183"/>
        <source>SHA re&amp;quest phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="184"/>
        <source>SHA res&amp;ponse phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="185"/>
        <source>Apple Pay access code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="186"/>
        <source>Apple Pay request phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="187"/>
        <source>Apple Pay response phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="191"/>
        <source>Refund approval thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="225"/>
        <source>The profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="292"/>
        <source>Approval threshold %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="311"/>
        <location filename="../ui/settingsdialog.cpp" line="331"/>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="341"/>
        <source>Not saved. Enter the access code and both SHA phrases together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="342"/>
        <source>Not saved. Enter the Apple Pay access code and both phrases together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="352"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="367"/>
        <source>The profile was saved, the approval threshold for %1 was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="378"/>
        <source>The settings were saved; the credentials were not, because no keychain is available. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="384"/>
        <source>The settings were saved; the credentials were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="399"/>
        <source>E&amp;xport team keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="400"/>
        <source>&amp;Import team keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="455"/>
        <source>No connection to test: this window has no payment service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="459"/>
        <source>No order in the cache to check yet: import a report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="462"/>
        <source>Asking APS for the status of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="480"/>
        <source>The answer&apos;s signature does not verify: check the SHA response phrase and the SHA type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="482"/>
        <source>Could not reach the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="485"/>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="487"/>
        <source>Connected: APS answered the status check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="489"/>
        <source>Signature mismatch: check the SHA request phrase and the SHA type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="491"/>
        <source>APS does not know this merchant identifier: check the account the cache belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="493"/>
        <source>APS refused the access code: check the access code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="497"/>
        <source>APS answered the status check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="28"/>
        <source>Sign in to PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="32"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="33"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="36"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="37"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="61"/>
        <location filename="../ui/signindialog.cpp" line="192"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="23"/>
        <source>Sign in with your PayDesk user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="91"/>
        <source>Demo sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="92"/>
        <source>(click one to fill in the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="99"/>
        <source>password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="162"/>
        <source>Wrong user name or password (attempt %1 of %2). After %2 wrong attempts the account is locked for %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="169"/>
        <source>Too many wrong passwords: this account is locked until %1. An admin can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="173"/>
        <source>This account is disabled. Ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="177"/>
        <source>PayDesk&apos;s records were changed outside PayDesk, so nobody can sign in and no money can move. Restore a backup you trust. What was found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="183"/>
        <source>PayDesk could not check the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="190"/>
        <source>Wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedInDesk</name>
    <message>
        <location filename="../ui/signedindesk.cpp" line="46"/>
        <source>LIVE</source>
        <extracomment>Shown in red where money can move on the production (real money) account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="48"/>
        <source>Production profile: captures, voids and refunds move real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="64"/>
        <location filename="../ui/signedindesk.cpp" line="199"/>
        <location filename="../ui/signedindesk.cpp" line="248"/>
        <source>Refunds awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="81"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="164"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="169"/>
        <source>Refunds awaiting &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="172"/>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="174"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="177"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="179"/>
        <source>Add people, change their role, disable them or set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="184"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="187"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="189"/>
        <source>Hides the data and lets another person sign in to this window as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="190"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="192"/>
        <source>Closes this window and returns to the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="200"/>
        <source>Refunds awaiting approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signedindesk.cpp" line="237"/>
        <source>%n new refund request(s) await your approval.</source>
        <translation>
            <numerusform>%n new refund request await your approval.</numerusform>
            <numerusform>%n new refund requests await your approval.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="270"/>
        <source>PayDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="241"/>
        <location filename="../ui/signedindesk.cpp" line="270"/>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="272"/>
        <source>LIVE — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamKeysDialog</name>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="29"/>
        <source>Export team keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="29"/>
        <source>Import team keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="32"/>
        <source>Saves this desk&apos;s audit key and the APS credentials to a file protected by a passphrase. The other desks of the team import it. Give them the file and the passphrase by different ways, and delete the file when every desk has imported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="35"/>
        <source>Stores the team&apos;s audit key and APS credentials from a file an administrator exported into this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="44"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="50"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="53"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="55"/>
        <source>&amp;Repeat the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="60"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="60"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="88"/>
        <source>Choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="90"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="94"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="96"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="103"/>
        <source>Export team keys to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="103"/>
        <source>Import team keys from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="104"/>
        <source>PayDesk team keys (*.paydesk-keys);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/teamkeysdialog.cpp" line="129"/>
        <source>Saved to %1: the audit key and %n set(s) of APS credentials. Give the file and the passphrase to the other desks by different ways.</source>
        <translation>
            <numerusform>Saved to %1: the audit key and %n set of APS credentials. Give the file and the passphrase to the other desks by different ways.</numerusform>
            <numerusform>Saved to %1: the audit key and %n sets of APS credentials. Give the file and the passphrase to the other desks by different ways.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/teamkeysdialog.cpp" line="133"/>
        <source>Done: this computer now has the team&apos;s audit key and %n set(s) of APS credentials.</source>
        <translation>
            <numerusform>Done: this computer now has the team&apos;s audit key and %n set of APS credentials.</numerusform>
            <numerusform>Done: this computer now has the team&apos;s audit key and %n sets of APS credentials.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="136"/>
        <source>Only an administrator may export or import team keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="138"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="141"/>
        <source>%1 could not be opened: the passphrase is wrong, or the file is damaged or is not a PayDesk team key file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="146"/>
        <source>%1 already exists, and PayDesk never overwrites it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="149"/>
        <source>Nothing was imported: this file belongs to another PayDesk database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="152"/>
        <source>Nothing was imported: the file&apos;s audit key does not match this desk&apos;s records. Ask the administrator for a new file exported from this database. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="156"/>
        <source>The computer&apos;s keychain did not take the keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/teamkeysdialog.cpp" line="160"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/todayview.cpp" line="84"/>
        <source>over %1 d</source>
        <comment>hours until the deadline: more than so many days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="87"/>
        <source>%1–%2 h</source>
        <comment>hours until the deadline: a band of hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="89"/>
        <source>%1–%2 d</source>
        <comment>hours until the deadline: a band of days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="119"/>
        <source>Deadline within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="119"/>
        <location filename="../ui/todayview.cpp" line="125"/>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="121"/>
        <location filename="../ui/todayview.cpp" line="388"/>
        <source>Left to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="121"/>
        <source>Show what needs capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="123"/>
        <source>Open the approval queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="125"/>
        <source>Operations being settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="127"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="127"/>
        <source>Show yesterday&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="137"/>
        <source>Charts in &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="201"/>
        <source>Refund requests waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="202"/>
        <source>Refund requests waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="208"/>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="216"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="258"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="266"/>
        <location filename="../ui/todayview.cpp" line="290"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="273"/>
        <source>%1 on %n order(s)</source>
        <translation>
            <numerusform>%1 on %n order</numerusform>
            <numerusform>%1 on %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="287"/>
        <source>%n request(s): %1</source>
        <translation>
            <numerusform>%n request: %1</numerusform>
            <numerusform>%n requests: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="292"/>
        <source>%n being settled by status checks</source>
        <translation>
            <numerusform>%n being settled by status checks</numerusform>
            <numerusform>%n being settled by status checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="294"/>
        <source>%n waiting for a manual review</source>
        <translation>
            <numerusform>%n waiting for a manual review</numerusform>
            <numerusform>%n waiting for a manual review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="296"/>
        <source>Captured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="299"/>
        <source>Refunded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="318"/>
        <source>Captured and refunded per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="320"/>
        <source>Captured and refunded per day, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="332"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="333"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="368"/>
        <source>%1
Captured %2
Refunded %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="384"/>
        <source>Left to capture, by time until the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="vanished">
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="vanished">
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionActions</name>
    <message>
        <location filename="../ui/transactionactions.cpp" line="30"/>
        <source>Refresh all open</source>
        <comment>check the status of every open authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="37"/>
        <source>Ask APS for the status of every authorization that can still be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="161"/>
        <source>Select a transaction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="163"/>
        <source>An operation on this order is running. Wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="155"/>
        <source>Not connected to APS: money cannot be moved from this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="157"/>
        <source>Not connected to APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="182"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="183"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="184"/>
        <source>%1 is not possible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="192"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="233"/>
        <source>The order could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="237"/>
        <source>An operation on order %1 is already running. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="245"/>
        <source>Order %1 changed while the dialog was open. Nothing was done.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="280"/>
        <source>Afterwards nothing stays authorized: this captures all that is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="281"/>
        <source>Afterwards %1 stays authorized until %2 (%3 from now); APS releases what is not captured by then to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="285"/>
        <source>Confirm capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="286"/>
        <source>Capture %1 of the remaining %2 on order %3. The customer will be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="327"/>
        <source>Confirm refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="328"/>
        <source>Refund %1 of the refundable %2 on order %3. The money goes back to the customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="311"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="293"/>
        <source>Confirm void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="294"/>
        <source>Void the authorization of order %1. This releases the whole authorization of %2 back to the customer and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="288"/>
        <source>Ca&amp;pture %1</source>
        <comment>button: capture this amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="297"/>
        <source>&amp;Void authorization</source>
        <comment>button: cancel the whole authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="315"/>
        <source>Ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="316"/>
        <source>Ask for approval of a %1 refund on order %2; nothing is sent until another approver approves. Until then %1 of the refundable %3 is reserved for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="319"/>
        <source>&amp;Ask for approval of %1</source>
        <comment>button: record a refund request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="324"/>
        <source>PayDesk could not tell whether this refund needs approval (%1). If it does, it waits for another approver and nothing is sent until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="330"/>
        <source>&amp;Refund %1</source>
        <comment>button: refund this amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="351"/>
        <location filename="../ui/transactionactions.cpp" line="425"/>
        <source>Cancelled. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="384"/>
        <source>%1 on order %2 is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="407"/>
        <source>refund</source>
        <comment>noun, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="407"/>
        <source>capture</source>
        <comment>noun, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="409"/>
        <source>A %1 of %2 on order %3 was sent a short while ago and its outcome was not known at first. Sending the same amount again may move the money twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="412"/>
        <source>Send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="416"/>
        <source>Only continue if this is a new %1, not a retry of the earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="418"/>
        <source>Send a new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="442"/>
        <source>%1 of the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="443"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="447"/>
        <source>APS carried out an operation on order %1 after PayDesk had recorded it as not done: %2. PayDesk now records it as done. Check the order and tell the customer if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="451"/>
        <source>Late operation found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="469"/>
        <source>Captured %1 on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="471"/>
        <source>Voided the authorization of order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="473"/>
        <source>Refunded %1 on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="477"/>
        <source>Order %1 checked with APS: %2 captured, %3 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="481"/>
        <source>Order %1 checked with APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="485"/>
        <source>APS declined the %1 on order %2. Nothing moved. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="488"/>
        <source>The outcome of the %1 on order %2 is not known yet%3. Do not repeat it: PayDesk checks it with APS and the history will show the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="491"/>
        <source> (APS code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="493"/>
        <source>Refund request for %1 on order %2 recorded. It waits for an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="501"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="502"/>
        <source>Not done: the rules do not allow it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="504"/>
        <source>Not done: APS does not know order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="506"/>
        <source>Not done: another operation on order %1 has no known outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="508"/>
        <source>Not done: money operations are stopped because APS refused PayDesk&apos;s credentials. Ask an administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="511"/>
        <source>Not done: the APS credentials are missing. Ask an administrator to set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="513"/>
        <source>Not done: APS would not accept this request for order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="515"/>
        <source>Not done: APS could not be reached. Nothing was sent; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="517"/>
        <source>Not done: the local database refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="519"/>
        <source>Not done: you are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="521"/>
        <source>Not done: the refund request was already decided or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="523"/>
        <source>Not sent: the same amount was sent on order %1 a short while ago with an outcome that was not known at first. Confirm that this is a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="527"/>
        <source>Not done: order %1 changed while PayDesk was checking it with APS, or APS shows less than PayDesk. Nothing was sent; look at the order and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="541"/>
        <source>Already refreshing: %1 of %2 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="554"/>
        <source>Could not list the open authorizations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="560"/>
        <source>No open authorizations to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transactionactions.cpp" line="563"/>
        <source>Checking %n open authorization(s) with APS…</source>
        <translation>
            <numerusform>Checking %n open authorization with APS…</numerusform>
            <numerusform>Checking %n open authorizations with APS…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transactionactions.cpp" line="581"/>
        <source>Refreshed %n open authorization(s).</source>
        <translation>
            <numerusform>Refreshed %n open authorization.</numerusform>
            <numerusform>Refreshed %n open authorizations.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="583"/>
        <source>Checked %1 of %2 open authorizations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="330"/>
        <source>In progress…</source>
        <comment>an operation on this transaction is running now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="354"/>
        <source>Capture deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="359"/>
        <source>%1 was not captured before the deadline: APS released it to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="363"/>
        <source>An operation on this order has no known outcome yet; PayDesk checks it with APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="414"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="416"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="418"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="420"/>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="422"/>
        <source>Captured</source>
        <comment>column: amount captured so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="424"/>
        <source>Refunded</source>
        <comment>column: amount refunded so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="426"/>
        <source>To capture</source>
        <comment>column: authorized amount not captured yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="428"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="430"/>
        <source>Expires in</source>
        <comment>column: time left before the capture deadline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="437"/>
        <source>The amount the customer authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="440"/>
        <source>The amount captured so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="443"/>
        <source>The amount refunded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="446"/>
        <source>Authorized but not captured yet, while it can still be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="449"/>
        <source>Time left before the authorization can no longer be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="456"/>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="501"/>
        <source>Sorted by currency first, then by amount: amounts in different currencies are never compared as one number. Choose a currency to sort one currency alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="58"/>
        <source>Only an admin may change users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="60"/>
        <source>This is the last enabled admin: make someone else an admin first, or nobody could manage users and settings any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="63"/>
        <source>The password is too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="66"/>
        <source>A user name has 1 to 64 letters, digits and . _ - @ (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="68"/>
        <source>There is already a user with this name (users are never deleted; enable them instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="71"/>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="73"/>
        <source>You granted this role yourself: another admin must confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="75"/>
        <source>This role does not wait for a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="81"/>
        <source>PayDesk could not change the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="94"/>
        <location filename="../ui/useradmindialog.cpp" line="101"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="98"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="118"/>
        <source>Who may sign in to PayDesk, and what their role lets them do. Every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="137"/>
        <source>Selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="143"/>
        <source>Change &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="145"/>
        <location filename="../ui/useradmindialog.cpp" line="295"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="150"/>
        <source>Set &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="152"/>
        <source>Con&amp;firm approver role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="154"/>
        <source>An approver role granted by another admin may approve once a second admin confirms it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="162"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="165"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="166"/>
        <location filename="../ui/useradmindialog.cpp" line="200"/>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="182"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="192"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="194"/>
        <source>Hand the password over in person, never by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="197"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="198"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="199"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="215"/>
        <source>PayDesk could not read the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="228"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="230"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="246"/>
        <source>No: disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="248"/>
        <source>Locked until %1 (too many wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="250"/>
        <source>Yes; approving waits for a second admin (granted by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="251"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="276"/>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="278"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="292"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="295"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="325"/>
        <source>%1 was added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="340"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="351"/>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="351"/>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="361"/>
        <source>%1 has a new password (and is no longer locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/useradmindialog.cpp" line="373"/>
        <source>%1 may now approve refunds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../ui/wording.cpp" line="9"/>
        <source>Authorized</source>
        <comment>transaction state: money reserved, nothing captured yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="11"/>
        <source>Partly captured</source>
        <comment>transaction state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="13"/>
        <source>Captured</source>
        <comment>transaction state: the customer was charged</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="15"/>
        <source>Voided</source>
        <comment>transaction state: the authorization was cancelled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="17"/>
        <source>Expired</source>
        <comment>transaction state: the capture deadline passed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="19"/>
        <source>Partly refunded</source>
        <comment>transaction state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="21"/>
        <source>Refunded</source>
        <comment>transaction state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="23"/>
        <source>Failed</source>
        <comment>transaction state: the payment itself was declined</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="30"/>
        <source>Waiting for a status check: APS&apos;s report shows an operation it had not finished, or figures that differ from PayDesk&apos;s. Check status asks APS for the order&apos;s totals; the next automatic check does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="39"/>
        <source>In progress</source>
        <comment>operation outcome: sent, no answer yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="41"/>
        <source>Succeeded</source>
        <comment>operation outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="43"/>
        <source>Declined</source>
        <comment>operation outcome: refused, nothing moved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="45"/>
        <source>Outcome unknown</source>
        <comment>operation outcome: being reconciled with APS</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="47"/>
        <source>Needs manual review</source>
        <comment>operation outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="56"/>
        <source>Capture</source>
        <comment>noun: an operation that charges authorized money</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="58"/>
        <source>Void</source>
        <comment>noun: an operation that cancels an authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="60"/>
        <source>Refund</source>
        <comment>noun</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="69"/>
        <source>Capture</source>
        <comment>verb: charge money that was authorized</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="71"/>
        <source>Void</source>
        <comment>verb: cancel the whole authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="73"/>
        <source>Refund</source>
        <comment>verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="75"/>
        <source>Check status</source>
        <comment>verb: ask APS for the order&apos;s current totals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="147"/>
        <source>An earlier operation on this order has no known outcome yet. Check its status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="150"/>
        <source>The purchase itself was declined: nothing can be captured, voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="151"/>
        <source>The authorization itself was declined: nothing can be captured, voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="154"/>
        <source>Nothing to capture: a purchase is captured when it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="156"/>
        <source>A purchase cannot be voided. Refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="158"/>
        <source>This authorization was voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="161"/>
        <source>The capture deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="162"/>
        <source>The capture deadline passed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="164"/>
        <source>Nothing left to capture: %1 of %2 captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="169"/>
        <source>Cannot void after a capture: %1 is captured. The uncaptured %2 cannot be voided or refunded: it stays authorized until %3, when APS releases it to the customer. A refund returns captured money only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="175"/>
        <source>Cannot void: %1 is already captured. Refund instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="177"/>
        <source>Nothing has been captured yet, so there is nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="179"/>
        <source>Fully refunded: %1 of %2 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="181"/>
        <source>Nothing left to refund: %1 is reserved by refund requests awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="184"/>
        <location filename="../ui/wording.cpp" line="228"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="186"/>
        <location filename="../ui/wording.cpp" line="231"/>
        <source>The amount must be in %1, the order&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="189"/>
        <source>At most %1 can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="190"/>
        <source>At most %1 can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="197"/>
        <source>Up to %1 can be captured until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="198"/>
        <source>Up to %1 can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="200"/>
        <source>Releases the whole authorization of %1 back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="202"/>
        <source>Up to %1 can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="204"/>
        <source>Ask APS for this order&apos;s current totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="215"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="217"/>
        <source>That is not an amount. Type digits, with the decimal separator if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="219"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="222"/>
        <source>%1 has no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="223"/>
        <source>%1 has %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="226"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="250"/>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="252"/>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="255"/>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="258"/>
        <source>expired %1 ago</source>
        <comment>the capture deadline passed %1 ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="268"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="271"/>
        <source>APS did not accept PayDesk&apos;s credentials. Ask an administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="273"/>
        <source>APS does not know this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="275"/>
        <source>APS refused: the amount is more than what is left to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="277"/>
        <source>APS refused: the amount is more than what is left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="279"/>
        <source>APS does not allow this operation on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="281"/>
        <source>APS says the order is closed (voided or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="283"/>
        <source>Another operation on this order is still running at APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="285"/>
        <source>The payment was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="288"/>
        <source>APS could not confirm the result. PayDesk will check the order&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="290"/>
        <source>APS answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="291"/>
        <source>%1 (APS code %2)</source>
        <comment>a sentence, then the APS response code for support</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="300"/>
        <source>the address does not start with https:// (only a simulator on this computer may use http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="303"/>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="305"/>
        <source>the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="307"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="309"/>
        <source>the connection was lost before the answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="311"/>
        <source>the secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="313"/>
        <source>the server answered with an error instead of a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="315"/>
        <source>the answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="317"/>
        <source>the answer&apos;s signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="319"/>
        <source>a network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="328"/>
        <source>viewer</source>
        <comment>user role: may only read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="330"/>
        <source>operator</source>
        <comment>user role: captures, voids, asks for refunds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="332"/>
        <source>approver</source>
        <comment>user role: approves other people&apos;s refund requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="334"/>
        <source>admin</source>
        <comment>user role: settings, users, credentials</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="343"/>
        <source>looks at transactions, moves no money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="345"/>
        <source>captures, voids and asks for refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="347"/>
        <source>approves other people&apos;s refunds, and can do what an operator does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="349"/>
        <source>settings and users; moves no money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="358"/>
        <source>see the transactions</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="360"/>
        <source>check an order&apos;s status with APS</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="362"/>
        <source>capture</source>
        <comment>after &apos;cannot&apos;: charge authorized money</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="364"/>
        <source>void</source>
        <comment>after &apos;cannot&apos;: cancel an authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="366"/>
        <source>refund</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="368"/>
        <source>approve or reject refund requests</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="370"/>
        <source>propose how an unclear operation ended</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="372"/>
        <source>confirm how an unclear operation ended</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="374"/>
        <source>change the settings</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="376"/>
        <source>manage users</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="378"/>
        <source>change the APS credentials</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="385"/>
        <source>Your role (%1) cannot %2</source>
        <comment>%1 a role, %2 what it would do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="393"/>
        <source>Awaiting approval</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="395"/>
        <source>Approved</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="397"/>
        <source>Rejected</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="399"/>
        <source>Expired</source>
        <comment>refund request status: nobody decided in time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="406"/>
        <source>Database unreachable — reconnecting… Nothing you typed is lost; payments wait until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="412"/>
        <source>The shared database cannot be reached: wait until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="417"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="418"/>
        <source>The APS credentials are not set up%1: nothing can be sent to APS from this desk. An administrator sets them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="426"/>
        <source>refund of %1 awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="431"/>
        <source>A refund of %1 awaits approval by another person; the amount is reserved until it is approved, rejected, withdrawn or expires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/paydesk/main.cpp" line="68"/>
        <source>The PayDesk window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="72"/>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="76"/>
        <source>Start on a fresh demo with simulated payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="79"/>
        <source>The cache to open: a file, or a team database (postgresql://USER@HOST:PORT/DBNAME; the password comes from ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="84"/>
        <source>Merchant profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="88"/>
        <source>Language instead of the system&apos;s (en, ar).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
