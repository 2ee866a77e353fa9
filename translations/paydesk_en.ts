<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <location filename="../ui/amountdialog.cpp" line="26"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="27"/>
        <source>Capture %1</source>
        <comment>dialog title: capture order %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="33"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="34"/>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="47"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="52"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="58"/>
        <source>Why is the money going back? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="59"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="61"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="73"/>
        <source>Continue to refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="73"/>
        <source>Continue to capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/amountdialog.cpp" line="100"/>
        <source>Enter the reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalQueueWidget</name>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="33"/>
        <source>&amp;Approve and refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="34"/>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="36"/>
        <source>No refund is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="42"/>
        <source>Refund requests awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="44"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="44"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="44"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="44"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="44"/>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="44"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="79"/>
        <source>Could not read the approval queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="92"/>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="149"/>
        <source>Your approver role waits for a second administrator to confirm it. Until then another approver decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="154"/>
        <source>You may not decide refund requests now. Sign in again or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="156"/>
        <source>Select a refund request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="158"/>
        <source>A refund is being sent. Wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="160"/>
        <source>You asked for this refund: another approver must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="164"/>
        <source>Sends this refund to APS now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="165"/>
        <source>Refuses the request and frees the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="173"/>
        <source>Approve refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="174"/>
        <source>Refund %1 to the customer of order %2 now?

Asked by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="178"/>
        <source>Approve and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="196"/>
        <source>Reject refund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="198"/>
        <source>Why is the refund of %1 on order %2 rejected? %3 will see this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="204"/>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="220"/>
        <source>Sending the approved refund to APS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="224"/>
        <source>Not approved: you asked for this refund yourself, so another approver must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="226"/>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="236"/>
        <source>Refund request rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="237"/>
        <source>Not rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../ui/auditview.cpp" line="36"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="38"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="43"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="48"/>
        <source>Any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="59"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="61"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="63"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="65"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="67"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="72"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="72"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="72"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="72"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="72"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="72"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="83"/>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="84"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="85"/>
        <source>Checks that no row of the audit log was edited, deleted or re-ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="165"/>
        <source>%n entry(ies), newest first</source>
        <translation>
            <numerusform>%n entry, newest first</numerusform>
            <numerusform>%n entries, newest first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="166"/>
        <source>Could not read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="171"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="171"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="188"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="191"/>
        <source>%n entry(ies) written to %1</source>
        <translation>
            <numerusform>%n entry written to %1</numerusform>
            <numerusform>%n entries written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="201"/>
        <source>The audit log is intact: %n row(s) checked, none edited, deleted or re-ordered.</source>
        <translation>
            <numerusform>The audit log is intact: %n row checked, none edited, deleted or re-ordered.</numerusform>
            <numerusform>The audit log is intact: %n rows checked, none edited, deleted or re-ordered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="210"/>
        <source>row %1 was edited (or the audit key is not the one that wrote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="213"/>
        <source>a row was deleted before row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="216"/>
        <source>rows were re-ordered at row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="220"/>
        <source>rows were cut off the end from row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="224"/>
        <source>the log or its key could not be read (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="228"/>
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
        <location filename="../ui/desklauncher.cpp" line="48"/>
        <source>This program has no demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="54"/>
        <source>PayDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="67"/>
        <source>The team database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="98"/>
        <source>No user was created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="43"/>
        <source>Select a transaction to see its amounts and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="84"/>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="85"/>
        <location filename="../ui/detailpane.cpp" line="88"/>
        <source>Captured</source>
        <comment>amount captured so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="86"/>
        <source>Left to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="89"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="90"/>
        <source>Reserved for refund requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="91"/>
        <source>Refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="102"/>
        <source>Capture deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="103"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="104"/>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="105"/>
        <source>APS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="108"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>APS answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="121"/>
        <source>Operation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="146"/>
        <source>In progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="148"/>
        <source>outcome of the last operation not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="150"/>
        <source>waiting for a status check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="160"/>
        <source>none: the card declined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="165"/>
        <source>none: %1 released at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="166"/>
        <location filename="../ui/detailpane.cpp" line="177"/>
        <source>none (declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="167"/>
        <source>none (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="168"/>
        <source>none (purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="179"/>
        <source>none (a purchase is captured when paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="183"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="191"/>
        <location filename="../ui/detailpane.cpp" line="192"/>
        <location filename="../ui/detailpane.cpp" line="198"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="198"/>
        <source>Order id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="201"/>
        <source>last answer %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="217"/>
        <source>waiting to be sure it did not happen: APS has shown no change since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="246"/>
        <source>No capture, void or refund from PayDesk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="281"/>
        <source>Refund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="283"/>
        <source>Awaiting approval until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="284"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="290"/>
        <source>Refund approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="294"/>
        <source>Refund rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="299"/>
        <source>Refund request expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="301"/>
        <source>Nobody decided in time; the amount is free again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndOfDayReportDialog</name>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="58"/>
        <source>End-of-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="62"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="68"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="99"/>
        <source>The report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="111"/>
        <source>There is no report to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="119"/>
        <source>Save the end-of-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="138"/>
        <source>End-of-day report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="142"/>
        <source>Succeeded captures, voids and refunds recorded from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="149"/>
        <source>No money moved on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="152"/>
        <source>By person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="153"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="153"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="156"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="153"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="156"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="153"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="156"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="153"/>
        <location filename="../ui/endofdayreportdialog.cpp" line="156"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="155"/>
        <source>Totals per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="161"/>
        <source>Not counted: %1 declined, %2 with an outcome not known yet (see the reconciliation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="175"/>
        <source>End-of-day report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endofdayreportdialog.cpp" line="185"/>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCurrentView</name>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="34"/>
        <source>Export failed; %1 was not written. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="39"/>
        <source>Exported no transactions to %1: the view is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportcurrentview.cpp" line="40"/>
        <source>Exported %Ln transaction(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln transaction to %1.</numerusform>
            <numerusform>Exported %Ln transactions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="50"/>
        <source>Export the transactions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="52"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcurrentview.cpp" line="65"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="24"/>
        <source>Any</source>
        <comment>no date bound</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="36"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="37"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="50"/>
        <location filename="../ui/filterbar.cpp" line="77"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="50"/>
        <source>Every transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="51"/>
        <source>Needs capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="52"/>
        <source>Authorizations with money that can still be captured before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="53"/>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="53"/>
        <source>Must be captured soon or the authorization lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="54"/>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="54"/>
        <source>An operation whose outcome is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="55"/>
        <source>Refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="55"/>
        <source>Captured money that can still be refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="56"/>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="57"/>
        <source>The capture deadline passed with money not captured: APS released it to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="74"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="82"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="86"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="94"/>
        <source>Search order, APS id, customer, e-mail, card last 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filterbar.cpp" line="96"/>
        <source>Search</source>
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
        <location filename="../ui/firststartpage.cpp" line="14"/>
        <location filename="../ui/firststartpage.cpp" line="17"/>
        <source>Welcome to PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="24"/>
        <source>There is no transaction cache on this computer yet (%1).

Try the demo to see PayDesk with simulated payments, or set PayDesk up for your merchant account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="33"/>
        <source>Try the &amp;demo (simulated payments, no real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="39"/>
        <source>&amp;Reconnect to the team database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="45"/>
        <source>&amp;Join a team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="50"/>
        <source>&amp;Set up for my merchant account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="52"/>
        <source>Set up PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="53"/>
        <source>An administrator creates the cache and the merchant profile once:

paydeskctl init --merchant-identifier ID --environment sandbox
paydeskctl profile set --capture-window-days 7
paydeskctl import report.csv

and keeps the APS credentials in the environment (PAYDESK_ACCESS_CODE, PAYDESK_REQUEST_PHRASE, PAYDESK_RESPONSE_PHRASE). Then start PayDesk again.

Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="74"/>
        <location filename="../ui/firststartpage.cpp" line="87"/>
        <source>Join a team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="75"/>
        <source>The address of your team&apos;s database, from your administrator:
postgresql://USER@HOST:PORT/DBNAME

Your database password goes in the file ~/.pgpass, never in this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="88"/>
        <source>This is not a team database address. It starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../ui/idlelock.cpp" line="42"/>
        <source>PayDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="45"/>
        <source>Nobody used this window for a while, so its data is hidden. %1, enter your password to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/idlelock.cpp" line="59"/>
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
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>PayDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Demo — simulated payments, no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>The list cannot be sorted by this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>&amp;Export the list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Writes the transactions of the current filter and order to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Import an APS transaction report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Adds the orders of an APS back-office report (CSV) to the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Capture the selected orders in &amp;bulk…</source>
        <extracomment>Capture here is the card-payment operation: taking authorized money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Captures what is left on each selected order, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>Bulk capture from a CSV &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Captures the orders and amounts listed in a CSV file (merchant_reference,amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;End-of-day report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>The day&apos;s captures, voids and refunds by person, with totals per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Go to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Reload from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>&amp;About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>%n match(es) · totals…</source>
        <translation>
            <numerusform>%n match · totals…</numerusform>
            <numerusform>%n matches · totals…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>%1+ matches · counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430"/>
        <source>The database is reachable again. The list is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>Totals unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>%1: %n transaction(s), %2 authorized, %3 captured, %4 refunded</source>
        <translation>
            <numerusform>%1: %n transaction, %2 authorized, %3 captured, %4 refunded</numerusform>
            <numerusform>%1: %n transactions, %2 authorized, %3 captured, %4 refunded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>authorized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>Select the orders to capture in the list first (Shift or Ctrl and click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Bulk capture from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>This window is read-only: no payment service is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
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
        <location filename="../app/paydesk/main.cpp" line="22"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="85"/>
        <location filename="../ui/settingsdialog.cpp" line="86"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="98"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="101"/>
        <source>Merchant profile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="109"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="110"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="118"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="118"/>
        <source>Approval from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="119"/>
        <source>Refunds at or above this amount wait for an approver. Empty: every refund waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="142"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="144"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="145"/>
        <source>Merchant identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="146"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="147"/>
        <source>&amp;SHA type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="148"/>
        <source>&amp;Language of APS answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="149"/>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="150"/>
        <source>&amp;Capture window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="151"/>
        <source>&amp;Warn before the deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="152"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="154"/>
        <source>When APS&apos;s answer to a capture, void or refund is lost, PayDesk counts it as not done only after APS has shown no change for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="156"/>
        <source>An operation whose outcome is still not known this long after it was sent goes to manual review, where two people settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="158"/>
        <source>Lost answer counts as &amp;not done after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="159"/>
        <source>&amp;Manual review after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="161"/>
        <source>Credentials (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="163"/>
        <source>&amp;Access code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="164"/>
        <source>SHA re&amp;quest phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="165"/>
        <source>SHA res&amp;ponse phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="166"/>
        <source>Apple Pay access code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="167"/>
        <source>Apple Pay request phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="168"/>
        <source>Apple Pay response phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="172"/>
        <source>Refund approval thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="206"/>
        <source>The profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="273"/>
        <source>Approval threshold %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="292"/>
        <location filename="../ui/settingsdialog.cpp" line="312"/>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="322"/>
        <source>Not saved. Enter the access code and both SHA phrases together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="323"/>
        <source>Not saved. Enter the Apple Pay access code and both phrases together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="333"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="348"/>
        <source>The profile was saved, the approval threshold for %1 was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="359"/>
        <source>The settings were saved; the credentials were not, because no keychain is available. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="365"/>
        <source>The settings were saved; the credentials were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="380"/>
        <source>E&amp;xport team keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="381"/>
        <source>&amp;Import team keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="436"/>
        <source>No connection to test: this window has no payment service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="440"/>
        <source>No order in the cache to check yet: import a report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="443"/>
        <source>Asking APS for the status of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="461"/>
        <source>The answer&apos;s signature does not verify: check the SHA response phrase and the SHA type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="463"/>
        <source>Could not reach the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="466"/>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="468"/>
        <source>Connected: APS answered the status check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="470"/>
        <source>Signature mismatch: check the SHA request phrase and the SHA type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="472"/>
        <source>APS does not know this merchant identifier: check the account the cache belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="474"/>
        <source>APS refused the access code: check the access code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="478"/>
        <source>APS answered the status check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="27"/>
        <source>Sign in to PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="31"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="32"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="35"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="36"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="60"/>
        <location filename="../ui/signindialog.cpp" line="171"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="76"/>
        <source>Sign in with your PayDesk user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="90"/>
        <source>Demo sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="91"/>
        <source>(click one to fill in the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="97"/>
        <source>password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="141"/>
        <source>Wrong user name or password (attempt %1 of %2). After %2 wrong attempts the account is locked for %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="148"/>
        <source>Too many wrong passwords: this account is locked until %1. An admin can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="152"/>
        <source>This account is disabled. Ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="156"/>
        <source>PayDesk&apos;s records were changed outside PayDesk, so nobody can sign in and no money can move. Restore a backup you trust. What was found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="162"/>
        <source>PayDesk could not check the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.cpp" line="169"/>
        <source>Wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedInDesk</name>
    <message>
        <location filename="../ui/signedindesk.cpp" line="42"/>
        <source>LIVE</source>
        <extracomment>Shown in red where money can move on the production (real money) account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="44"/>
        <source>Production profile: captures, voids and refunds move real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="60"/>
        <location filename="../ui/signedindesk.cpp" line="142"/>
        <location filename="../ui/signedindesk.cpp" line="173"/>
        <source>Refunds awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="77"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="120"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="123"/>
        <source>Refunds awaiting &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="126"/>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="128"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="133"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="143"/>
        <source>Refunds awaiting approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signedindesk.cpp" line="162"/>
        <source>%n new refund request(s) await your approval.</source>
        <translation>
            <numerusform>%n entry, newest first&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entry, newest first&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entries, newest first&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="166"/&gt;
        &lt;source&gt;Could not read the audit log: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="171"/&gt;
        &lt;source&gt;Export the audit log&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="171"/&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="188"/&gt;
        &lt;source&gt;Could not write %1: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/auditview.cpp" line="191"/&gt;
        &lt;source&gt;%n entry written to %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entry written to %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entries written to %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/auditview.cpp" line="201"/&gt;
        &lt;source&gt;The audit log is intact: %n row checked, none edited, deleted or re-ordered.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The audit log is intact: %n row checked, none edited, deleted or re-ordered.&lt;/numerusform&gt;
            &lt;numerusform&gt;The audit log is intact: %n rows checked, none edited, deleted or re-ordered.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="210"/&gt;
        &lt;source&gt;row %1 was edited (or the audit key is not the one that wrote it)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="213"/&gt;
        &lt;source&gt;a row was deleted before row %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="216"/&gt;
        &lt;source&gt;rows were re-ordered at row %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="220"/&gt;
        &lt;source&gt;rows were cut off the end from row %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="224"/&gt;
        &lt;source&gt;the log or its key could not be read (row %1)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="228"/&gt;
        &lt;source&gt;The audit log is NOT intact: %1. %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;BulkCaptureDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="48"/&gt;
        &lt;source&gt;Capture several orders&lt;/source&gt;
        &lt;comment&gt;window title; capture = charge authorized money&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="62"/&gt;
        &lt;source&gt;Line&lt;/source&gt;
        &lt;comment&gt;line of the input file or selection&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="63"/&gt;
        &lt;source&gt;Reference&lt;/source&gt;
        &lt;comment&gt;merchant reference of the order&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="64"/&gt;
        &lt;source&gt;Amount&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="65"/&gt;
        &lt;source&gt;Check&lt;/source&gt;
        &lt;comment&gt;column: what the check before capturing found&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="66"/&gt;
        &lt;source&gt;Result&lt;/source&gt;
        &lt;comment&gt;column: what happened when capturing&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="67"/&gt;
        &lt;source&gt;Details&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="68"/&gt;
        &lt;source&gt;APS code&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="78"/&gt;
        &lt;source&gt;Capture…&lt;/source&gt;
        &lt;comment&gt;button: go on to confirm the capture&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="81"/&gt;
        &lt;source&gt;Capture now&lt;/source&gt;
        &lt;comment&gt;button: charge the customers&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="82"/&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;comment&gt;button: do not capture, back to the list&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="85"/&gt;
        &lt;source&gt;Stop&lt;/source&gt;
        &lt;comment&gt;button: start no further captures&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="86"/&gt;
        &lt;source&gt;Export report…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="127"/&gt;
        &lt;source&gt;%1 cannot be opened: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="132"/&gt;
        &lt;source&gt;%1 is not a list of orders to capture (merchant_reference,amount): %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="142"/&gt;
        &lt;source&gt;Nothing to capture: every row is skipped.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="143"/&gt;
        &lt;source&gt;Will capture %n order: %1&lt;/source&gt;
        &lt;comment&gt;capture = charge authorized money&lt;/comment&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Will capture %n order: %1&lt;/numerusform&gt;
            &lt;numerusform&gt;Will capture %n orders: %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="153"/&gt;
        &lt;source&gt;Listed on an earlier line already; each order is captured once at most.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="155"/&gt;
        &lt;source&gt;PayDesk does not know order %1. Import the latest report or check the reference.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="159"/&gt;
        &lt;source&gt;No order reference on this line.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="164"/&gt;
        &lt;source&gt;The amount "%1" cannot be used: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="167"/&gt;
        &lt;source&gt;This line cannot be used: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="180"/&gt;
        &lt;source&gt;Captured&lt;/source&gt;
        &lt;comment&gt;bulk result: APS charged the customer&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="182"/&gt;
        &lt;source&gt;Skipped&lt;/source&gt;
        &lt;comment&gt;bulk result: left out by the check, nothing sent&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="184"/&gt;
        &lt;source&gt;Declined&lt;/source&gt;
        &lt;comment&gt;bulk result: APS refused, nothing moved&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="186"/&gt;
        &lt;source&gt;Outcome unknown&lt;/source&gt;
        &lt;comment&gt;bulk result: being reconciled with APS&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="188"/&gt;
        &lt;source&gt;Not done&lt;/source&gt;
        &lt;comment&gt;bulk result: PayDesk refused before sending&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="190"/&gt;
        &lt;source&gt;Not sent&lt;/source&gt;
        &lt;comment&gt;bulk result: nothing reached APS&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="192"/&gt;
        &lt;source&gt;Not started&lt;/source&gt;
        &lt;comment&gt;bulk result: the run was stopped before this row&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="207"/&gt;
        &lt;source&gt;%1 (what is left)&lt;/source&gt;
        &lt;comment&gt;amount to capture: the rest of the order&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="215"/&gt;
        &lt;source&gt;Will capture&lt;/source&gt;
        &lt;comment&gt;the order will be charged&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="216"/&gt;
        &lt;source&gt;Skipped: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="251"/&gt;
        &lt;source&gt;%n row will be skipped; the list says why.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row will be skipped; the list says why.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows will be skipped; the list says why.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="258"/&gt;
        &lt;source&gt;Capture %n order now: %1. The customers will be charged.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Capture %n order now: %1. The customers will be charged.&lt;/numerusform&gt;
            &lt;numerusform&gt;Capture %n orders now: %1. The customers will be charged.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="266"/&gt;
        &lt;source&gt;Capturing… Stop starts no further captures; those already sent finish.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="294"/&gt;
        &lt;source&gt;Stopping: the captures already sent finish; no more start.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="323"/&gt;
        &lt;source&gt;Not started: the run was stopped. Nothing was sent for this order.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="373"/&gt;
        &lt;source&gt;Captured %n order: %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Captured %n order: %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;Captured %n orders: %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="375"/&gt;
        &lt;source&gt;Nothing was captured.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="380"/&gt;
        &lt;source&gt;%n declined by APS.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n declined by APS.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n declined by APS.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="382"/&gt;
        &lt;source&gt;%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="384"/&gt;
        &lt;source&gt;%n not done.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n not done.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n not done.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="385"/&gt;
        &lt;source&gt;%n not sent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n not sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n not sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="386"/&gt;
        &lt;source&gt;%n skipped.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n skipped.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n skipped.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="388"/&gt;
        &lt;source&gt;%n not started because the run was stopped.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n not started because the run was stopped.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n not started because the run was stopped.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="402"/&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="428"/&gt;
        &lt;source&gt;%1 cannot be written: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="436"/&gt;
        &lt;source&gt;Export the capture report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="436"/&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="443"/&gt;
        &lt;source&gt;Report saved to %1.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DeskLauncher&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/desklauncher.cpp" line="48"/&gt;
        &lt;source&gt;This program has no demo.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/desklauncher.cpp" line="54"/&gt;
        &lt;source&gt;PayDesk cannot start&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/desklauncher.cpp" line="67"/&gt;
        &lt;source&gt;The team database cannot be opened&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/desklauncher.cpp" line="98"/&gt;
        &lt;source&gt;No user was created&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DetailPane&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="43"/&gt;
        &lt;source&gt;Select a transaction to see its amounts and history.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="84"/&gt;
        &lt;source&gt;Authorized&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="85"/&gt;
        &lt;location filename="../ui/detailpane.cpp" line="88"/&gt;
        &lt;source&gt;Captured&lt;/source&gt;
        &lt;comment&gt;amount captured so far&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="86"/&gt;
        &lt;source&gt;Left to capture&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="89"/&gt;
        &lt;source&gt;Refunded&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="90"/&gt;
        &lt;source&gt;Reserved for refund requests&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="91"/&gt;
        &lt;source&gt;Refundable&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="102"/&gt;
        &lt;source&gt;Capture deadline:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="103"/&gt;
        &lt;source&gt;Customer:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="104"/&gt;
        &lt;source&gt;Card:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="105"/&gt;
        &lt;source&gt;APS:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="108"/&gt;
        &lt;source&gt;History&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;Time&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;Operation&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;Amount&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;User&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;Outcome&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;APS answer&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="121"/&gt;
        &lt;source&gt;Operation history&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="146"/&gt;
        &lt;source&gt;In progress…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="148"/&gt;
        &lt;source&gt;outcome of the last operation not known yet&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="150"/&gt;
        &lt;source&gt;waiting for a status check&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="160"/&gt;
        &lt;source&gt;none: the card declined %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="165"/&gt;
        &lt;source&gt;none: %1 released at the deadline&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="166"/&gt;
        &lt;location filename="../ui/detailpane.cpp" line="177"/&gt;
        &lt;source&gt;none (declined)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="167"/&gt;
        &lt;source&gt;none (voided)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="168"/&gt;
        &lt;source&gt;none (purchase)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="179"/&gt;
        &lt;source&gt;none (a purchase is captured when paid)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="183"/&gt;
        &lt;source&gt;%1 (%2)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="191"/&gt;
        &lt;location filename="../ui/detailpane.cpp" line="192"/&gt;
        &lt;location filename="../ui/detailpane.cpp" line="198"/&gt;
        &lt;source&gt;not known&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="198"/&gt;
        &lt;source&gt;Order id %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="201"/&gt;
        &lt;source&gt;last answer %1 %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="217"/&gt;
        &lt;source&gt;waiting to be sure it did not happen: APS has shown no change since %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="246"/&gt;
        &lt;source&gt;No capture, void or refund from PayDesk yet&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="281"/&gt;
        &lt;source&gt;Refund request&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="283"/&gt;
        &lt;source&gt;Awaiting approval until %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="284"/&gt;
        &lt;source&gt;Asked&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="290"/&gt;
        &lt;source&gt;Refund approved&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="294"/&gt;
        &lt;source&gt;Refund rejected&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="299"/&gt;
        &lt;source&gt;Refund request expired&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="301"/&gt;
        &lt;source&gt;Nobody decided in time; the amount is free again.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EndOfDayReportDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="58"/&gt;
        &lt;source&gt;End-of-day report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="62"/&gt;
        &lt;source&gt;&amp;Day:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="68"/&gt;
        &lt;source&gt;Save as &amp;PDF…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="99"/&gt;
        &lt;source&gt;The report could not be read: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="111"/&gt;
        &lt;source&gt;There is no report to save.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="119"/&gt;
        &lt;source&gt;Save the end-of-day report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="119"/&gt;
        &lt;source&gt;PDF files (*.pdf)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="138"/&gt;
        &lt;source&gt;End-of-day report for %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="142"/&gt;
        &lt;source&gt;Succeeded captures, voids and refunds recorded from %1 to %2 (%3).&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="149"/&gt;
        &lt;source&gt;No money moved on this day.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="152"/&gt;
        &lt;source&gt;By person&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;source&gt;Person&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="156"/&gt;
        &lt;source&gt;Operation&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="156"/&gt;
        &lt;source&gt;Currency&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="156"/&gt;
        &lt;source&gt;Count&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="156"/&gt;
        &lt;source&gt;Amount&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="155"/&gt;
        &lt;source&gt;Totals per currency&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="161"/&gt;
        &lt;source&gt;Not counted: %1 declined, %2 with an outcome not known yet (see the reconciliation).&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="175"/&gt;
        &lt;source&gt;End-of-day report %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="185"/&gt;
        &lt;source&gt;%1 could not be written.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ExportCurrentView&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="34"/&gt;
        &lt;source&gt;Export failed; %1 was not written. %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="39"/&gt;
        &lt;source&gt;Exported no transactions to %1: the view is empty.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="40"/&gt;
        &lt;source&gt;Exported %Ln transaction to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Exported %Ln transaction to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;Exported %Ln transactions to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="50"/&gt;
        &lt;source&gt;Export the transactions shown&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="52"/&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="65"/&gt;
        &lt;source&gt;Exporting to %1…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FilterBar&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="24"/&gt;
        &lt;source&gt;Any&lt;/source&gt;
        &lt;comment&gt;no date bound&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="36"/&gt;
        &lt;source&gt;From date&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="37"/&gt;
        &lt;source&gt;To date&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="50"/&gt;
        &lt;location filename="../ui/filterbar.cpp" line="77"/&gt;
        &lt;source&gt;All&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="50"/&gt;
        &lt;source&gt;Every transaction&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="51"/&gt;
        &lt;source&gt;Needs capture&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="52"/&gt;
        &lt;source&gt;Authorizations with money that can still be captured before the deadline&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="53"/&gt;
        &lt;source&gt;Expiring soon&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="53"/&gt;
        &lt;source&gt;Must be captured soon or the authorization lapses&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="54"/&gt;
        &lt;source&gt;Unresolved&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="54"/&gt;
        &lt;source&gt;An operation whose outcome is not known yet&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="55"/&gt;
        &lt;source&gt;Refundable&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="55"/&gt;
        &lt;source&gt;Captured money that can still be refunded&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="56"/&gt;
        &lt;source&gt;Lapsed&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="57"/&gt;
        &lt;source&gt;The capture deadline passed with money not captured: APS released it to the customer&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="74"/&gt;
        &lt;source&gt;&amp;Currency:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="82"/&gt;
        &lt;source&gt;&amp;From:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="86"/&gt;
        &lt;source&gt;T&amp;o:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="94"/&gt;
        &lt;source&gt;Search order, APS id, customer, e-mail, card last 4&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="96"/&gt;
        &lt;source&gt;Search&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FirstAdminDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="23"/&gt;
        &lt;source&gt;Create the first PayDesk user&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="26"/&gt;
        &lt;source&gt;Nobody uses this cache yet. Create the administrator: they add the other people, choose their roles and manage the settings. An administrator does not capture, void, refund or approve.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="32"/&gt;
        &lt;source&gt;&amp;User name:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="33"/&gt;
        &lt;source&gt;&amp;Password:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="34"/&gt;
        &lt;source&gt;&amp;Repeat the password:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="37"/&gt;
        &lt;source&gt;Create administrator&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="64"/&gt;
        &lt;source&gt;Enter a user name.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="66"/&gt;
        &lt;source&gt;A user name has letters, digits and . _ - @ only.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="68"/&gt;
        &lt;source&gt;The password needs at least %1 characters.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="70"/&gt;
        &lt;source&gt;The two passwords differ.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FirstStartPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="14"/&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="17"/&gt;
        &lt;source&gt;Welcome to PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="24"/&gt;
        &lt;source&gt;There is no transaction cache on this computer yet (%1).

Try the demo to see PayDesk with simulated payments, or set PayDesk up for your merchant account.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="33"/&gt;
        &lt;source&gt;Try the &amp;demo (simulated payments, no real money)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="39"/&gt;
        &lt;source&gt;&amp;Reconnect to the team database %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="45"/&gt;
        &lt;source&gt;&amp;Join a team database…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="50"/&gt;
        &lt;source&gt;&amp;Set up for my merchant account…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="52"/&gt;
        &lt;source&gt;Set up PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="53"/&gt;
        &lt;source&gt;An administrator creates the cache and the merchant profile once:

paydeskctl init --merchant-identifier ID --environment sandbox
paydeskctl profile set --capture-window-days 7
paydeskctl import report.csv

and keeps the APS credentials in the environment (PAYDESK_ACCESS_CODE, PAYDESK_REQUEST_PHRASE, PAYDESK_RESPONSE_PHRASE). Then start PayDesk again.

Cache: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="74"/&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="87"/&gt;
        &lt;source&gt;Join a team database&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="75"/&gt;
        &lt;source&gt;The address of your team's database, from your administrator:
postgresql://USER@HOST:PORT/DBNAME

Your database password goes in the file ~/.pgpass, never in this address.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="88"/&gt;
        &lt;source&gt;This is not a team database address. It starts with postgresql://&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;IdleLock&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/idlelock.cpp" line="42"/&gt;
        &lt;source&gt;PayDesk is locked&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/idlelock.cpp" line="45"/&gt;
        &lt;source&gt;Nobody used this window for a while, so its data is hidden. %1, enter your password to carry on where you left off.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/idlelock.cpp" line="59"/&gt;
        &lt;source&gt;Close PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ImportDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="41"/&gt;
        &lt;source&gt;Choose…&lt;/source&gt;
        &lt;comment&gt;button: choose a file&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="42"/&gt;
        &lt;source&gt;Skip bad rows and import the good ones&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="49"/&gt;
        &lt;source&gt;Import an APS transaction report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="50"/&gt;
        &lt;source&gt;The report exported from the APS back office (.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="54"/&gt;
        &lt;source&gt;Without this, the import is all or nothing: if any row cannot be used, nothing is imported and the rows at fault are listed, so the list never holds half a report.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="66"/&gt;
        &lt;source&gt;Line&lt;/source&gt;
        &lt;comment&gt;line of the report file&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="66"/&gt;
        &lt;source&gt;Reference&lt;/source&gt;
        &lt;comment&gt;merchant reference&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="66"/&gt;
        &lt;source&gt;Problem&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="74"/&gt;
        &lt;source&gt;Import&lt;/source&gt;
        &lt;comment&gt;button: read the report into PayDesk&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="86"/&gt;
        &lt;source&gt;Report file:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="142"/&gt;
        &lt;source&gt;Choose an APS transaction report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="143"/&gt;
        &lt;source&gt;CSV files (*.csv);;All files (*)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="168"/&gt;
        &lt;location filename="../ui/importdialog.cpp" line="202"/&gt;
        &lt;source&gt;Reading the file…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="205"/&gt;
        &lt;source&gt;Checking %1 rows…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="208"/&gt;
        &lt;source&gt;Adding the orders to PayDesk…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="226"/&gt;
        &lt;source&gt;The file cannot be read; nothing was imported. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="228"/&gt;
        &lt;source&gt;This file is not an APS transaction report; nothing was imported. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="231"/&gt;
        &lt;source&gt;The database is busy with another desk; nothing was imported. Try again in a moment.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="233"/&gt;
        &lt;source&gt;The import failed; nothing was imported. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/importdialog.cpp" line="239"/&gt;
        &lt;source&gt;Nothing was imported: %n row of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick "Skip bad rows" to import the good rows and leave these out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Nothing was imported: %n row of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick "Skip bad rows" to import the good rows and leave these out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Nothing was imported: %n rows of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick "Skip bad rows" to import the good rows and leave these out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="247"/&gt;
        &lt;source&gt;%1 rows read, %2 already imported before.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="249"/&gt;
        &lt;source&gt;Orders: %1 new, %2 updated, %3 unchanged.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="253"/&gt;
        &lt;source&gt;%1 orders disagree with what PayDesk knows: their totals were kept and they are marked for a status check.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="258"/&gt;
        &lt;source&gt;%1 orders have an operation APS had not finished when the report was made (for example status 15, uncertain): they are marked for a status check, which settles them from APS's totals.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="263"/&gt;
        &lt;source&gt;%1 orders were left alone because an operation on them has no known outcome yet; import the file again later.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="267"/&gt;
        &lt;source&gt;%1 bad rows were skipped (listed below).&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="74"/&gt;
        &lt;source&gt;PayDesk — Demo&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="74"/&gt;
        &lt;source&gt;PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="83"/&gt;
        &lt;source&gt;Demo — simulated payments, no real money&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="112"/&gt;
        &lt;source&gt;Transactions&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="136"/&gt;
        &lt;source&gt;The list cannot be sorted by this column.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="162"/&gt;
        &lt;source&gt;Could not read the list: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="200"/&gt;
        &lt;source&gt;Actions&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="210"/&gt;
        &lt;source&gt;&amp;File&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="211"/&gt;
        &lt;source&gt;&amp;Export the list as CSV…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="213"/&gt;
        &lt;source&gt;Writes the transactions of the current filter and order to a CSV file&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="215"/&gt;
        &lt;source&gt;&amp;Import an APS transaction report…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="217"/&gt;
        &lt;source&gt;Adds the orders of an APS back-office report (CSV) to the cache&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="219"/&gt;
        &lt;source&gt;&amp;Quit&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="222"/&gt;
        &lt;source&gt;&amp;Transaction&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="228"/&gt;
        &lt;source&gt;Capture the selected orders in &amp;bulk…&lt;/source&gt;
        &lt;extracomment&gt;Capture here is the card-payment operation: taking authorized money&lt;/extracomment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="231"/&gt;
        &lt;source&gt;Captures what is left on each selected order, after a preview&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="233"/&gt;
        &lt;source&gt;Bulk capture from a CSV &amp;file…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="235"/&gt;
        &lt;source&gt;Captures the orders and amounts listed in a CSV file (merchant_reference,amount)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="240"/&gt;
        &lt;source&gt;&amp;Reports&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="241"/&gt;
        &lt;source&gt;&amp;End-of-day report…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="242"/&gt;
        &lt;source&gt;The day's captures, voids and refunds by person, with totals per currency&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="244"/&gt;
        &lt;source&gt;&amp;View&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="245"/&gt;
        &lt;source&gt;&amp;Search&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="251"/&gt;
        &lt;source&gt;Go to the &amp;list&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="258"/&gt;
        &lt;source&gt;&amp;Reload from the cache&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="261"/&gt;
        &lt;source&gt;&amp;Clear the search&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="267"/&gt;
        &lt;source&gt;&amp;Help&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="268"/&gt;
        &lt;source&gt;&amp;About PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="269"/&gt;
        &lt;source&gt;About &amp;Qt&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="342"/&gt;
        &lt;source&gt;%n match · totals…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n match · totals…&lt;/numerusform&gt;
            &lt;numerusform&gt;%n matches · totals…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="343"/&gt;
        &lt;source&gt;%1+ matches · counting…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="430"/&gt;
        &lt;source&gt;The database is reachable again. The list is up to date.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="443"/&gt;
        &lt;source&gt;Totals unavailable&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="457"/&gt;
        &lt;source&gt;%1: %n transaction, %2 authorized, %3 captured, %4 refunded&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1: %n transaction, %2 authorized, %3 captured, %4 refunded&lt;/numerusform&gt;
            &lt;numerusform&gt;%1: %n transactions, %2 authorized, %3 captured, %4 refunded&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="463"/&gt;
        &lt;source&gt;%n match&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n match&lt;/numerusform&gt;
            &lt;numerusform&gt;%n matches&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="465"/&gt;
        &lt;source&gt;authorized %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="541"/&gt;
        &lt;source&gt;Select the orders to capture in the list first (Shift or Ctrl and click).&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="550"/&gt;
        &lt;source&gt;Bulk capture from a CSV file&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="557"/&gt;
        &lt;source&gt;Cannot read %1: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="568"/&gt;
        &lt;source&gt;This window is read-only: no payment service is connected.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="550"/&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Exported %n transaction to %1.&lt;/source&gt;
        &lt;translation type="vanished"&gt;
            &lt;numerusform&gt;Exported %n transaction to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;Exported %n transactions to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Exporting %n transaction to %1…&lt;/source&gt;
        &lt;translation type="vanished"&gt;
            &lt;numerusform&gt;Exporting %n transaction to %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Exporting %n transactions to %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QGuiApplication&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../app/paydesk/main.cpp" line="22"/&gt;
        &lt;source&gt;QT_LAYOUT_DIRECTION&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SettingsDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="44"/&gt;
        &lt;source&gt;unchanged&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="82"/&gt;
        &lt;source&gt; s&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="83"/&gt;
        &lt;source&gt; days&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="84"/&gt;
        &lt;source&gt; hours&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="85"/&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="86"/&gt;
        &lt;source&gt; min&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="98"/&gt;
        &lt;source&gt;&amp;Test connection&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="101"/&gt;
        &lt;source&gt;Merchant profile settings&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="109"/&gt;
        &lt;source&gt;English&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="110"/&gt;
        &lt;source&gt;Arabic&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="118"/&gt;
        &lt;source&gt;Currency&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="118"/&gt;
        &lt;source&gt;Approval from&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="119"/&gt;
        &lt;source&gt;Refunds at or above this amount wait for an approver. Empty: every refund waits.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="142"/&gt;
        &lt;source&gt;Profile&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="144"/&gt;
        &lt;source&gt;Environment:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="145"/&gt;
        &lt;source&gt;Merchant identifier:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="146"/&gt;
        &lt;source&gt;&amp;Endpoint:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="147"/&gt;
        &lt;source&gt;&amp;SHA type:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="148"/&gt;
        &lt;source&gt;&amp;Language of APS answers:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="149"/&gt;
        &lt;source&gt;&amp;Request timeout:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="150"/&gt;
        &lt;source&gt;&amp;Capture window:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="151"/&gt;
        &lt;source&gt;&amp;Warn before the deadline:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="152"/&gt;
        &lt;source&gt;Time &amp;zone:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="154"/&gt;
        &lt;source&gt;When APS's answer to a capture, void or refund is lost, PayDesk counts it as not done only after APS has shown no change for this long.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="156"/&gt;
        &lt;source&gt;An operation whose outcome is still not known this long after it was sent goes to manual review, where two people settle it.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="158"/&gt;
        &lt;source&gt;Lost answer counts as &amp;not done after:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="159"/&gt;
        &lt;source&gt;&amp;Manual review after:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="161"/&gt;
        &lt;source&gt;Credentials (kept in the keychain)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="163"/&gt;
        &lt;source&gt;&amp;Access code:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="164"/&gt;
        &lt;source&gt;SHA re&amp;quest phrase:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="165"/&gt;
        &lt;source&gt;SHA res&amp;ponse phrase:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="166"/&gt;
        &lt;source&gt;Apple Pay access code:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="167"/&gt;
        &lt;source&gt;Apple Pay request phrase:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="168"/&gt;
        &lt;source&gt;Apple Pay response phrase:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="172"/&gt;
        &lt;source&gt;Refund approval thresholds&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="206"/&gt;
        &lt;source&gt;The profile could not be read: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="273"/&gt;
        &lt;source&gt;Approval threshold %1: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="292"/&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="312"/&gt;
        &lt;source&gt;Not saved. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="322"/&gt;
        &lt;source&gt;Not saved. Enter the access code and both SHA phrases together.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="323"/&gt;
        &lt;source&gt;Not saved. Enter the Apple Pay access code and both phrases together.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="333"/&gt;
        &lt;source&gt;Not saved: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="348"/&gt;
        &lt;source&gt;The profile was saved, the approval threshold for %1 was not: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="359"/&gt;
        &lt;source&gt;The settings were saved; the credentials were not, because no keychain is available. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="365"/&gt;
        &lt;source&gt;The settings were saved; the credentials were not: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="380"/&gt;
        &lt;source&gt;E&amp;xport team keys…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="381"/&gt;
        &lt;source&gt;&amp;Import team keys…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="436"/&gt;
        &lt;source&gt;No connection to test: this window has no payment service.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="440"/&gt;
        &lt;source&gt;No order in the cache to check yet: import a report first.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="443"/&gt;
        &lt;source&gt;Asking APS for the status of %1…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="461"/&gt;
        &lt;source&gt;The answer's signature does not verify: check the SHA response phrase and the SHA type.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="463"/&gt;
        &lt;source&gt;Could not reach the endpoint: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="466"/&gt;
        &lt;source&gt;Nothing was sent: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="468"/&gt;
        &lt;source&gt;Connected: APS answered the status check.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="470"/&gt;
        &lt;source&gt;Signature mismatch: check the SHA request phrase and the SHA type.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="472"/&gt;
        &lt;source&gt;APS does not know this merchant identifier: check the account the cache belongs to.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="474"/&gt;
        &lt;source&gt;APS refused the access code: check the access code.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="478"/&gt;
        &lt;source&gt;APS answered the status check: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SignInDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="27"/&gt;
        &lt;source&gt;Sign in to PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="31"/&gt;
        &lt;source&gt;User name&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="32"/&gt;
        &lt;source&gt;Password&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="35"/&gt;
        &lt;source&gt;&amp;User name:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="36"/&gt;
        &lt;source&gt;&amp;Password:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="60"/&gt;
        &lt;location filename="../ui/signindialog.cpp" line="171"/&gt;
        &lt;source&gt;&amp;Sign in&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="76"/&gt;
        &lt;source&gt;Sign in with your PayDesk user name and password.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="90"/&gt;
        &lt;source&gt;Demo sign-ins&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="91"/&gt;
        &lt;source&gt;(click one to fill in the form)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="97"/&gt;
        &lt;source&gt;password: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="141"/&gt;
        &lt;source&gt;Wrong user name or password (attempt %1 of %2). After %2 wrong attempts the account is locked for %3 minutes.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="148"/&gt;
        &lt;source&gt;Too many wrong passwords: this account is locked until %1. An admin can unlock it sooner.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="152"/&gt;
        &lt;source&gt;This account is disabled. Ask an admin.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="156"/&gt;
        &lt;source&gt;PayDesk's records were changed outside PayDesk, so nobody can sign in and no money can move. Restore a backup you trust. What was found: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="162"/&gt;
        &lt;source&gt;PayDesk could not check the password: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="169"/&gt;
        &lt;source&gt;Wait…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SignedInDesk&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="42"/&gt;
        &lt;source&gt;LIVE&lt;/source&gt;
        &lt;extracomment&gt;Shown in red where money can move on the production (real money) account&lt;/extracomment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="44"/&gt;
        &lt;source&gt;Production profile: captures, voids and refunds move real money.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="60"/&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="142"/&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="173"/&gt;
        &lt;source&gt;Refunds awaiting approval&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="77"/&gt;
        &lt;source&gt;Signed in: %1 (%2)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="120"/&gt;
        &lt;source&gt;&amp;People&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="123"/&gt;
        &lt;source&gt;Refunds awaiting &amp;approval&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="126"/&gt;
        &lt;source&gt;&amp;Audit log…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="128"/&gt;
        &lt;source&gt;&amp;Settings…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="133"/&gt;
        &lt;source&gt;&amp;Lock now&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="143"/&gt;
        &lt;source&gt;Refunds awaiting approval (%1)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="162"/&gt;
        &lt;source&gt;%n new refund request await your approval.</numerusform>
            <numerusform>%n entries, newest first&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entry, newest first&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entries, newest first&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="166"/&gt;
        &lt;source&gt;Could not read the audit log: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="171"/&gt;
        &lt;source&gt;Export the audit log&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="171"/&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="188"/&gt;
        &lt;source&gt;Could not write %1: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/auditview.cpp" line="191"/&gt;
        &lt;source&gt;%n entries written to %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entry written to %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entries written to %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/auditview.cpp" line="201"/&gt;
        &lt;source&gt;The audit log is intact: %n rows checked, none edited, deleted or re-ordered.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The audit log is intact: %n row checked, none edited, deleted or re-ordered.&lt;/numerusform&gt;
            &lt;numerusform&gt;The audit log is intact: %n rows checked, none edited, deleted or re-ordered.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="210"/&gt;
        &lt;source&gt;row %1 was edited (or the audit key is not the one that wrote it)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="213"/&gt;
        &lt;source&gt;a row was deleted before row %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="216"/&gt;
        &lt;source&gt;rows were re-ordered at row %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="220"/&gt;
        &lt;source&gt;rows were cut off the end from row %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="224"/&gt;
        &lt;source&gt;the log or its key could not be read (row %1)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/auditview.cpp" line="228"/&gt;
        &lt;source&gt;The audit log is NOT intact: %1. %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;BulkCaptureDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="48"/&gt;
        &lt;source&gt;Capture several orders&lt;/source&gt;
        &lt;comment&gt;window title; capture = charge authorized money&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="62"/&gt;
        &lt;source&gt;Line&lt;/source&gt;
        &lt;comment&gt;line of the input file or selection&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="63"/&gt;
        &lt;source&gt;Reference&lt;/source&gt;
        &lt;comment&gt;merchant reference of the order&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="64"/&gt;
        &lt;source&gt;Amount&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="65"/&gt;
        &lt;source&gt;Check&lt;/source&gt;
        &lt;comment&gt;column: what the check before capturing found&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="66"/&gt;
        &lt;source&gt;Result&lt;/source&gt;
        &lt;comment&gt;column: what happened when capturing&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="67"/&gt;
        &lt;source&gt;Details&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="68"/&gt;
        &lt;source&gt;APS code&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="78"/&gt;
        &lt;source&gt;Capture…&lt;/source&gt;
        &lt;comment&gt;button: go on to confirm the capture&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="81"/&gt;
        &lt;source&gt;Capture now&lt;/source&gt;
        &lt;comment&gt;button: charge the customers&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="82"/&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;comment&gt;button: do not capture, back to the list&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="85"/&gt;
        &lt;source&gt;Stop&lt;/source&gt;
        &lt;comment&gt;button: start no further captures&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="86"/&gt;
        &lt;source&gt;Export report…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="127"/&gt;
        &lt;source&gt;%1 cannot be opened: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="132"/&gt;
        &lt;source&gt;%1 is not a list of orders to capture (merchant_reference,amount): %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="142"/&gt;
        &lt;source&gt;Nothing to capture: every row is skipped.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="143"/&gt;
        &lt;source&gt;Will capture %n orders: %1&lt;/source&gt;
        &lt;comment&gt;capture = charge authorized money&lt;/comment&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Will capture %n order: %1&lt;/numerusform&gt;
            &lt;numerusform&gt;Will capture %n orders: %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="153"/&gt;
        &lt;source&gt;Listed on an earlier line already; each order is captured once at most.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="155"/&gt;
        &lt;source&gt;PayDesk does not know order %1. Import the latest report or check the reference.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="159"/&gt;
        &lt;source&gt;No order reference on this line.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="164"/&gt;
        &lt;source&gt;The amount "%1" cannot be used: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="167"/&gt;
        &lt;source&gt;This line cannot be used: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="180"/&gt;
        &lt;source&gt;Captured&lt;/source&gt;
        &lt;comment&gt;bulk result: APS charged the customer&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="182"/&gt;
        &lt;source&gt;Skipped&lt;/source&gt;
        &lt;comment&gt;bulk result: left out by the check, nothing sent&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="184"/&gt;
        &lt;source&gt;Declined&lt;/source&gt;
        &lt;comment&gt;bulk result: APS refused, nothing moved&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="186"/&gt;
        &lt;source&gt;Outcome unknown&lt;/source&gt;
        &lt;comment&gt;bulk result: being reconciled with APS&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="188"/&gt;
        &lt;source&gt;Not done&lt;/source&gt;
        &lt;comment&gt;bulk result: PayDesk refused before sending&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="190"/&gt;
        &lt;source&gt;Not sent&lt;/source&gt;
        &lt;comment&gt;bulk result: nothing reached APS&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="192"/&gt;
        &lt;source&gt;Not started&lt;/source&gt;
        &lt;comment&gt;bulk result: the run was stopped before this row&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="207"/&gt;
        &lt;source&gt;%1 (what is left)&lt;/source&gt;
        &lt;comment&gt;amount to capture: the rest of the order&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="215"/&gt;
        &lt;source&gt;Will capture&lt;/source&gt;
        &lt;comment&gt;the order will be charged&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="216"/&gt;
        &lt;source&gt;Skipped: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="251"/&gt;
        &lt;source&gt;%n rows will be skipped; the list says why.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row will be skipped; the list says why.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows will be skipped; the list says why.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="258"/&gt;
        &lt;source&gt;Capture %n orders now: %1. The customers will be charged.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Capture %n order now: %1. The customers will be charged.&lt;/numerusform&gt;
            &lt;numerusform&gt;Capture %n orders now: %1. The customers will be charged.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="266"/&gt;
        &lt;source&gt;Capturing… Stop starts no further captures; those already sent finish.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="294"/&gt;
        &lt;source&gt;Stopping: the captures already sent finish; no more start.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="323"/&gt;
        &lt;source&gt;Not started: the run was stopped. Nothing was sent for this order.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="373"/&gt;
        &lt;source&gt;Captured %n orders: %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Captured %n order: %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;Captured %n orders: %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="375"/&gt;
        &lt;source&gt;Nothing was captured.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="380"/&gt;
        &lt;source&gt;%n declined by APS.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n declined by APS.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n declined by APS.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="382"/&gt;
        &lt;source&gt;%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n with an outcome not known yet: do not repeat them; PayDesk checks them with APS.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="384"/&gt;
        &lt;source&gt;%n not done.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n not done.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n not done.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="385"/&gt;
        &lt;source&gt;%n not sent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n not sent.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n not sent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="386"/&gt;
        &lt;source&gt;%n skipped.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n skipped.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n skipped.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="388"/&gt;
        &lt;source&gt;%n not started because the run was stopped.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n not started because the run was stopped.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n not started because the run was stopped.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="402"/&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="428"/&gt;
        &lt;source&gt;%1 cannot be written: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="436"/&gt;
        &lt;source&gt;Export the capture report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="436"/&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/bulkcapturedialog.cpp" line="443"/&gt;
        &lt;source&gt;Report saved to %1.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DeskLauncher&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/desklauncher.cpp" line="48"/&gt;
        &lt;source&gt;This program has no demo.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/desklauncher.cpp" line="54"/&gt;
        &lt;source&gt;PayDesk cannot start&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/desklauncher.cpp" line="67"/&gt;
        &lt;source&gt;The team database cannot be opened&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/desklauncher.cpp" line="98"/&gt;
        &lt;source&gt;No user was created&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DetailPane&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="43"/&gt;
        &lt;source&gt;Select a transaction to see its amounts and history.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="84"/&gt;
        &lt;source&gt;Authorized&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="85"/&gt;
        &lt;location filename="../ui/detailpane.cpp" line="88"/&gt;
        &lt;source&gt;Captured&lt;/source&gt;
        &lt;comment&gt;amount captured so far&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="86"/&gt;
        &lt;source&gt;Left to capture&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="89"/&gt;
        &lt;source&gt;Refunded&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="90"/&gt;
        &lt;source&gt;Reserved for refund requests&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="91"/&gt;
        &lt;source&gt;Refundable&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="102"/&gt;
        &lt;source&gt;Capture deadline:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="103"/&gt;
        &lt;source&gt;Customer:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="104"/&gt;
        &lt;source&gt;Card:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="105"/&gt;
        &lt;source&gt;APS:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="108"/&gt;
        &lt;source&gt;History&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;Time&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;Operation&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;Amount&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;User&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;Outcome&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="118"/&gt;
        &lt;source&gt;APS answer&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="121"/&gt;
        &lt;source&gt;Operation history&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="146"/&gt;
        &lt;source&gt;In progress…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="148"/&gt;
        &lt;source&gt;outcome of the last operation not known yet&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="150"/&gt;
        &lt;source&gt;waiting for a status check&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="160"/&gt;
        &lt;source&gt;none: the card declined %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="165"/&gt;
        &lt;source&gt;none: %1 released at the deadline&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="166"/&gt;
        &lt;location filename="../ui/detailpane.cpp" line="177"/&gt;
        &lt;source&gt;none (declined)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="167"/&gt;
        &lt;source&gt;none (voided)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="168"/&gt;
        &lt;source&gt;none (purchase)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="179"/&gt;
        &lt;source&gt;none (a purchase is captured when paid)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="183"/&gt;
        &lt;source&gt;%1 (%2)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="191"/&gt;
        &lt;location filename="../ui/detailpane.cpp" line="192"/&gt;
        &lt;location filename="../ui/detailpane.cpp" line="198"/&gt;
        &lt;source&gt;not known&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="198"/&gt;
        &lt;source&gt;Order id %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="201"/&gt;
        &lt;source&gt;last answer %1 %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="217"/&gt;
        &lt;source&gt;waiting to be sure it did not happen: APS has shown no change since %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="246"/&gt;
        &lt;source&gt;No capture, void or refund from PayDesk yet&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="281"/&gt;
        &lt;source&gt;Refund request&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="283"/&gt;
        &lt;source&gt;Awaiting approval until %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="284"/&gt;
        &lt;source&gt;Asked&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="290"/&gt;
        &lt;source&gt;Refund approved&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="294"/&gt;
        &lt;source&gt;Refund rejected&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="299"/&gt;
        &lt;source&gt;Refund request expired&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/detailpane.cpp" line="301"/&gt;
        &lt;source&gt;Nobody decided in time; the amount is free again.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EndOfDayReportDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="58"/&gt;
        &lt;source&gt;End-of-day report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="62"/&gt;
        &lt;source&gt;&amp;Day:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="68"/&gt;
        &lt;source&gt;Save as &amp;PDF…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="99"/&gt;
        &lt;source&gt;The report could not be read: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="111"/&gt;
        &lt;source&gt;There is no report to save.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="119"/&gt;
        &lt;source&gt;Save the end-of-day report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="119"/&gt;
        &lt;source&gt;PDF files (*.pdf)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="138"/&gt;
        &lt;source&gt;End-of-day report for %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="142"/&gt;
        &lt;source&gt;Succeeded captures, voids and refunds recorded from %1 to %2 (%3).&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="149"/&gt;
        &lt;source&gt;No money moved on this day.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="152"/&gt;
        &lt;source&gt;By person&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;source&gt;Person&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="156"/&gt;
        &lt;source&gt;Operation&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="156"/&gt;
        &lt;source&gt;Currency&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="156"/&gt;
        &lt;source&gt;Count&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="153"/&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="156"/&gt;
        &lt;source&gt;Amount&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="155"/&gt;
        &lt;source&gt;Totals per currency&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="161"/&gt;
        &lt;source&gt;Not counted: %1 declined, %2 with an outcome not known yet (see the reconciliation).&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="175"/&gt;
        &lt;source&gt;End-of-day report %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/endofdayreportdialog.cpp" line="185"/&gt;
        &lt;source&gt;%1 could not be written.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ExportCurrentView&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="34"/&gt;
        &lt;source&gt;Export failed; %1 was not written. %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="39"/&gt;
        &lt;source&gt;Exported no transactions to %1: the view is empty.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="40"/&gt;
        &lt;source&gt;Exported %Ln transactions to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Exported %Ln transaction to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;Exported %Ln transactions to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="50"/&gt;
        &lt;source&gt;Export the transactions shown&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="52"/&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/exportcurrentview.cpp" line="65"/&gt;
        &lt;source&gt;Exporting to %1…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FilterBar&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="24"/&gt;
        &lt;source&gt;Any&lt;/source&gt;
        &lt;comment&gt;no date bound&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="36"/&gt;
        &lt;source&gt;From date&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="37"/&gt;
        &lt;source&gt;To date&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="50"/&gt;
        &lt;location filename="../ui/filterbar.cpp" line="77"/&gt;
        &lt;source&gt;All&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="50"/&gt;
        &lt;source&gt;Every transaction&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="51"/&gt;
        &lt;source&gt;Needs capture&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="52"/&gt;
        &lt;source&gt;Authorizations with money that can still be captured before the deadline&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="53"/&gt;
        &lt;source&gt;Expiring soon&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="53"/&gt;
        &lt;source&gt;Must be captured soon or the authorization lapses&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="54"/&gt;
        &lt;source&gt;Unresolved&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="54"/&gt;
        &lt;source&gt;An operation whose outcome is not known yet&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="55"/&gt;
        &lt;source&gt;Refundable&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="55"/&gt;
        &lt;source&gt;Captured money that can still be refunded&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="56"/&gt;
        &lt;source&gt;Lapsed&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="57"/&gt;
        &lt;source&gt;The capture deadline passed with money not captured: APS released it to the customer&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="74"/&gt;
        &lt;source&gt;&amp;Currency:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="82"/&gt;
        &lt;source&gt;&amp;From:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="86"/&gt;
        &lt;source&gt;T&amp;o:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="94"/&gt;
        &lt;source&gt;Search order, APS id, customer, e-mail, card last 4&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/filterbar.cpp" line="96"/&gt;
        &lt;source&gt;Search&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FirstAdminDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="23"/&gt;
        &lt;source&gt;Create the first PayDesk user&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="26"/&gt;
        &lt;source&gt;Nobody uses this cache yet. Create the administrator: they add the other people, choose their roles and manage the settings. An administrator does not capture, void, refund or approve.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="32"/&gt;
        &lt;source&gt;&amp;User name:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="33"/&gt;
        &lt;source&gt;&amp;Password:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="34"/&gt;
        &lt;source&gt;&amp;Repeat the password:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="37"/&gt;
        &lt;source&gt;Create administrator&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="64"/&gt;
        &lt;source&gt;Enter a user name.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="66"/&gt;
        &lt;source&gt;A user name has letters, digits and . _ - @ only.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="68"/&gt;
        &lt;source&gt;The password needs at least %1 characters.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firstadmindialog.cpp" line="70"/&gt;
        &lt;source&gt;The two passwords differ.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FirstStartPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="14"/&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="17"/&gt;
        &lt;source&gt;Welcome to PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="24"/&gt;
        &lt;source&gt;There is no transaction cache on this computer yet (%1).

Try the demo to see PayDesk with simulated payments, or set PayDesk up for your merchant account.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="33"/&gt;
        &lt;source&gt;Try the &amp;demo (simulated payments, no real money)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="39"/&gt;
        &lt;source&gt;&amp;Reconnect to the team database %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="45"/&gt;
        &lt;source&gt;&amp;Join a team database…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="50"/&gt;
        &lt;source&gt;&amp;Set up for my merchant account…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="52"/&gt;
        &lt;source&gt;Set up PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="53"/&gt;
        &lt;source&gt;An administrator creates the cache and the merchant profile once:

paydeskctl init --merchant-identifier ID --environment sandbox
paydeskctl profile set --capture-window-days 7
paydeskctl import report.csv

and keeps the APS credentials in the environment (PAYDESK_ACCESS_CODE, PAYDESK_REQUEST_PHRASE, PAYDESK_RESPONSE_PHRASE). Then start PayDesk again.

Cache: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="74"/&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="87"/&gt;
        &lt;source&gt;Join a team database&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="75"/&gt;
        &lt;source&gt;The address of your team's database, from your administrator:
postgresql://USER@HOST:PORT/DBNAME

Your database password goes in the file ~/.pgpass, never in this address.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/firststartpage.cpp" line="88"/&gt;
        &lt;source&gt;This is not a team database address. It starts with postgresql://&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;IdleLock&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/idlelock.cpp" line="42"/&gt;
        &lt;source&gt;PayDesk is locked&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/idlelock.cpp" line="45"/&gt;
        &lt;source&gt;Nobody used this window for a while, so its data is hidden. %1, enter your password to carry on where you left off.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/idlelock.cpp" line="59"/&gt;
        &lt;source&gt;Close PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ImportDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="41"/&gt;
        &lt;source&gt;Choose…&lt;/source&gt;
        &lt;comment&gt;button: choose a file&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="42"/&gt;
        &lt;source&gt;Skip bad rows and import the good ones&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="49"/&gt;
        &lt;source&gt;Import an APS transaction report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="50"/&gt;
        &lt;source&gt;The report exported from the APS back office (.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="54"/&gt;
        &lt;source&gt;Without this, the import is all or nothing: if any row cannot be used, nothing is imported and the rows at fault are listed, so the list never holds half a report.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="66"/&gt;
        &lt;source&gt;Line&lt;/source&gt;
        &lt;comment&gt;line of the report file&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="66"/&gt;
        &lt;source&gt;Reference&lt;/source&gt;
        &lt;comment&gt;merchant reference&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="66"/&gt;
        &lt;source&gt;Problem&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="74"/&gt;
        &lt;source&gt;Import&lt;/source&gt;
        &lt;comment&gt;button: read the report into PayDesk&lt;/comment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="86"/&gt;
        &lt;source&gt;Report file:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="142"/&gt;
        &lt;source&gt;Choose an APS transaction report&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="143"/&gt;
        &lt;source&gt;CSV files (*.csv);;All files (*)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="168"/&gt;
        &lt;location filename="../ui/importdialog.cpp" line="202"/&gt;
        &lt;source&gt;Reading the file…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="205"/&gt;
        &lt;source&gt;Checking %1 rows…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="208"/&gt;
        &lt;source&gt;Adding the orders to PayDesk…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="226"/&gt;
        &lt;source&gt;The file cannot be read; nothing was imported. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="228"/&gt;
        &lt;source&gt;This file is not an APS transaction report; nothing was imported. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="231"/&gt;
        &lt;source&gt;The database is busy with another desk; nothing was imported. Try again in a moment.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="233"/&gt;
        &lt;source&gt;The import failed; nothing was imported. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/importdialog.cpp" line="239"/&gt;
        &lt;source&gt;Nothing was imported: %n rows of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick "Skip bad rows" to import the good rows and leave these out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Nothing was imported: %n row of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick "Skip bad rows" to import the good rows and leave these out.&lt;/numerusform&gt;
            &lt;numerusform&gt;Nothing was imported: %n rows of the file cannot be used (listed below). The import is all or nothing, so the list never holds half a report. Correct the file and import it again, or tick "Skip bad rows" to import the good rows and leave these out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="247"/&gt;
        &lt;source&gt;%1 rows read, %2 already imported before.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="249"/&gt;
        &lt;source&gt;Orders: %1 new, %2 updated, %3 unchanged.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="253"/&gt;
        &lt;source&gt;%1 orders disagree with what PayDesk knows: their totals were kept and they are marked for a status check.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="258"/&gt;
        &lt;source&gt;%1 orders have an operation APS had not finished when the report was made (for example status 15, uncertain): they are marked for a status check, which settles them from APS's totals.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="263"/&gt;
        &lt;source&gt;%1 orders were left alone because an operation on them has no known outcome yet; import the file again later.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/importdialog.cpp" line="267"/&gt;
        &lt;source&gt;%1 bad rows were skipped (listed below).&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="74"/&gt;
        &lt;source&gt;PayDesk — Demo&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="74"/&gt;
        &lt;source&gt;PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="83"/&gt;
        &lt;source&gt;Demo — simulated payments, no real money&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="112"/&gt;
        &lt;source&gt;Transactions&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="136"/&gt;
        &lt;source&gt;The list cannot be sorted by this column.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="162"/&gt;
        &lt;source&gt;Could not read the list: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="200"/&gt;
        &lt;source&gt;Actions&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="210"/&gt;
        &lt;source&gt;&amp;File&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="211"/&gt;
        &lt;source&gt;&amp;Export the list as CSV…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="213"/&gt;
        &lt;source&gt;Writes the transactions of the current filter and order to a CSV file&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="215"/&gt;
        &lt;source&gt;&amp;Import an APS transaction report…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="217"/&gt;
        &lt;source&gt;Adds the orders of an APS back-office report (CSV) to the cache&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="219"/&gt;
        &lt;source&gt;&amp;Quit&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="222"/&gt;
        &lt;source&gt;&amp;Transaction&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="228"/&gt;
        &lt;source&gt;Capture the selected orders in &amp;bulk…&lt;/source&gt;
        &lt;extracomment&gt;Capture here is the card-payment operation: taking authorized money&lt;/extracomment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="231"/&gt;
        &lt;source&gt;Captures what is left on each selected order, after a preview&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="233"/&gt;
        &lt;source&gt;Bulk capture from a CSV &amp;file…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="235"/&gt;
        &lt;source&gt;Captures the orders and amounts listed in a CSV file (merchant_reference,amount)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="240"/&gt;
        &lt;source&gt;&amp;Reports&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="241"/&gt;
        &lt;source&gt;&amp;End-of-day report…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="242"/&gt;
        &lt;source&gt;The day's captures, voids and refunds by person, with totals per currency&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="244"/&gt;
        &lt;source&gt;&amp;View&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="245"/&gt;
        &lt;source&gt;&amp;Search&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="251"/&gt;
        &lt;source&gt;Go to the &amp;list&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="258"/&gt;
        &lt;source&gt;&amp;Reload from the cache&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="261"/&gt;
        &lt;source&gt;&amp;Clear the search&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="267"/&gt;
        &lt;source&gt;&amp;Help&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="268"/&gt;
        &lt;source&gt;&amp;About PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="269"/&gt;
        &lt;source&gt;About &amp;Qt&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="342"/&gt;
        &lt;source&gt;%n matches · totals…&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n match · totals…&lt;/numerusform&gt;
            &lt;numerusform&gt;%n matches · totals…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="343"/&gt;
        &lt;source&gt;%1+ matches · counting…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="430"/&gt;
        &lt;source&gt;The database is reachable again. The list is up to date.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="443"/&gt;
        &lt;source&gt;Totals unavailable&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="457"/&gt;
        &lt;source&gt;%1: %n transactions, %2 authorized, %3 captured, %4 refunded&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1: %n transaction, %2 authorized, %3 captured, %4 refunded&lt;/numerusform&gt;
            &lt;numerusform&gt;%1: %n transactions, %2 authorized, %3 captured, %4 refunded&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="463"/&gt;
        &lt;source&gt;%n matches&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n match&lt;/numerusform&gt;
            &lt;numerusform&gt;%n matches&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="465"/&gt;
        &lt;source&gt;authorized %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="541"/&gt;
        &lt;source&gt;Select the orders to capture in the list first (Shift or Ctrl and click).&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="550"/&gt;
        &lt;source&gt;Bulk capture from a CSV file&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="557"/&gt;
        &lt;source&gt;Cannot read %1: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="568"/&gt;
        &lt;source&gt;This window is read-only: no payment service is connected.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/mainwindow.cpp" line="550"/&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Exported %n transactions to %1.&lt;/source&gt;
        &lt;translation type="vanished"&gt;
            &lt;numerusform&gt;Exported %n transaction to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;Exported %n transactions to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Exporting %n transactions to %1…&lt;/source&gt;
        &lt;translation type="vanished"&gt;
            &lt;numerusform&gt;Exporting %n transaction to %1…&lt;/numerusform&gt;
            &lt;numerusform&gt;Exporting %n transactions to %1…&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QGuiApplication&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../app/paydesk/main.cpp" line="22"/&gt;
        &lt;source&gt;QT_LAYOUT_DIRECTION&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SettingsDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="44"/&gt;
        &lt;source&gt;unchanged&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="82"/&gt;
        &lt;source&gt; s&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="83"/&gt;
        &lt;source&gt; days&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="84"/&gt;
        &lt;source&gt; hours&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="85"/&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="86"/&gt;
        &lt;source&gt; min&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="98"/&gt;
        &lt;source&gt;&amp;Test connection&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="101"/&gt;
        &lt;source&gt;Merchant profile settings&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="109"/&gt;
        &lt;source&gt;English&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="110"/&gt;
        &lt;source&gt;Arabic&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="118"/&gt;
        &lt;source&gt;Currency&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="118"/&gt;
        &lt;source&gt;Approval from&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="119"/&gt;
        &lt;source&gt;Refunds at or above this amount wait for an approver. Empty: every refund waits.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="142"/&gt;
        &lt;source&gt;Profile&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="144"/&gt;
        &lt;source&gt;Environment:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="145"/&gt;
        &lt;source&gt;Merchant identifier:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="146"/&gt;
        &lt;source&gt;&amp;Endpoint:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="147"/&gt;
        &lt;source&gt;&amp;SHA type:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="148"/&gt;
        &lt;source&gt;&amp;Language of APS answers:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="149"/&gt;
        &lt;source&gt;&amp;Request timeout:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="150"/&gt;
        &lt;source&gt;&amp;Capture window:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="151"/&gt;
        &lt;source&gt;&amp;Warn before the deadline:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="152"/&gt;
        &lt;source&gt;Time &amp;zone:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="154"/&gt;
        &lt;source&gt;When APS's answer to a capture, void or refund is lost, PayDesk counts it as not done only after APS has shown no change for this long.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="156"/&gt;
        &lt;source&gt;An operation whose outcome is still not known this long after it was sent goes to manual review, where two people settle it.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="158"/&gt;
        &lt;source&gt;Lost answer counts as &amp;not done after:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="159"/&gt;
        &lt;source&gt;&amp;Manual review after:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="161"/&gt;
        &lt;source&gt;Credentials (kept in the keychain)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="163"/&gt;
        &lt;source&gt;&amp;Access code:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="164"/&gt;
        &lt;source&gt;SHA re&amp;quest phrase:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="165"/&gt;
        &lt;source&gt;SHA res&amp;ponse phrase:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="166"/&gt;
        &lt;source&gt;Apple Pay access code:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="167"/&gt;
        &lt;source&gt;Apple Pay request phrase:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="168"/&gt;
        &lt;source&gt;Apple Pay response phrase:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="172"/&gt;
        &lt;source&gt;Refund approval thresholds&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="206"/&gt;
        &lt;source&gt;The profile could not be read: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="273"/&gt;
        &lt;source&gt;Approval threshold %1: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="292"/&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="312"/&gt;
        &lt;source&gt;Not saved. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="322"/&gt;
        &lt;source&gt;Not saved. Enter the access code and both SHA phrases together.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="323"/&gt;
        &lt;source&gt;Not saved. Enter the Apple Pay access code and both phrases together.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="333"/&gt;
        &lt;source&gt;Not saved: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="348"/&gt;
        &lt;source&gt;The profile was saved, the approval threshold for %1 was not: %2&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="359"/&gt;
        &lt;source&gt;The settings were saved; the credentials were not, because no keychain is available. %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="365"/&gt;
        &lt;source&gt;The settings were saved; the credentials were not: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="380"/&gt;
        &lt;source&gt;E&amp;xport team keys…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="381"/&gt;
        &lt;source&gt;&amp;Import team keys…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="436"/&gt;
        &lt;source&gt;No connection to test: this window has no payment service.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="440"/&gt;
        &lt;source&gt;No order in the cache to check yet: import a report first.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="443"/&gt;
        &lt;source&gt;Asking APS for the status of %1…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="461"/&gt;
        &lt;source&gt;The answer's signature does not verify: check the SHA response phrase and the SHA type.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="463"/&gt;
        &lt;source&gt;Could not reach the endpoint: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="466"/&gt;
        &lt;source&gt;Nothing was sent: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="468"/&gt;
        &lt;source&gt;Connected: APS answered the status check.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="470"/&gt;
        &lt;source&gt;Signature mismatch: check the SHA request phrase and the SHA type.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="472"/&gt;
        &lt;source&gt;APS does not know this merchant identifier: check the account the cache belongs to.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="474"/&gt;
        &lt;source&gt;APS refused the access code: check the access code.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/settingsdialog.cpp" line="478"/&gt;
        &lt;source&gt;APS answered the status check: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SignInDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="27"/&gt;
        &lt;source&gt;Sign in to PayDesk&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="31"/&gt;
        &lt;source&gt;User name&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="32"/&gt;
        &lt;source&gt;Password&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="35"/&gt;
        &lt;source&gt;&amp;User name:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="36"/&gt;
        &lt;source&gt;&amp;Password:&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="60"/&gt;
        &lt;location filename="../ui/signindialog.cpp" line="171"/&gt;
        &lt;source&gt;&amp;Sign in&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="76"/&gt;
        &lt;source&gt;Sign in with your PayDesk user name and password.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="90"/&gt;
        &lt;source&gt;Demo sign-ins&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="91"/&gt;
        &lt;source&gt;(click one to fill in the form)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="97"/&gt;
        &lt;source&gt;password: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="141"/&gt;
        &lt;source&gt;Wrong user name or password (attempt %1 of %2). After %2 wrong attempts the account is locked for %3 minutes.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="148"/&gt;
        &lt;source&gt;Too many wrong passwords: this account is locked until %1. An admin can unlock it sooner.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="152"/&gt;
        &lt;source&gt;This account is disabled. Ask an admin.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="156"/&gt;
        &lt;source&gt;PayDesk's records were changed outside PayDesk, so nobody can sign in and no money can move. Restore a backup you trust. What was found: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="162"/&gt;
        &lt;source&gt;PayDesk could not check the password: %1&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signindialog.cpp" line="169"/&gt;
        &lt;source&gt;Wait…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SignedInDesk&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="42"/&gt;
        &lt;source&gt;LIVE&lt;/source&gt;
        &lt;extracomment&gt;Shown in red where money can move on the production (real money) account&lt;/extracomment&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="44"/&gt;
        &lt;source&gt;Production profile: captures, voids and refunds move real money.&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="60"/&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="142"/&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="173"/&gt;
        &lt;source&gt;Refunds awaiting approval&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="77"/&gt;
        &lt;source&gt;Signed in: %1 (%2)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="120"/&gt;
        &lt;source&gt;&amp;People&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="123"/&gt;
        &lt;source&gt;Refunds awaiting &amp;approval&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="126"/&gt;
        &lt;source&gt;&amp;Audit log…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="128"/&gt;
        &lt;source&gt;&amp;Settings…&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="133"/&gt;
        &lt;source&gt;&amp;Lock now&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="143"/&gt;
        &lt;source&gt;Refunds awaiting approval (%1)&lt;/source&gt;
        &lt;translation type="unfinished"&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../ui/signedindesk.cpp" line="162"/&gt;
        &lt;source&gt;%n new refund requests await your approval.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="195"/>
        <source>PayDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="166"/>
        <location filename="../ui/signedindesk.cpp" line="195"/>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="197"/>
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
            <numerusform>Done: this computer now has the team's audit key and %n set of APS credentials.</numerusform>
            <numerusform>Done: this computer now has the team's audit key and %n sets of APS credentials.</numerusform>
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
        <location filename="../ui/todayview.cpp" line="92"/>
        <source>Deadline within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="92"/>
        <location filename="../ui/todayview.cpp" line="100"/>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="94"/>
        <location filename="../ui/todayview.cpp" line="335"/>
        <source>Left to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="94"/>
        <source>Show what needs capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="97"/>
        <source>Refund requests waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="98"/>
        <source>Refund requests waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="99"/>
        <source>Open the approval queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="100"/>
        <source>Operations being settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="102"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="102"/>
        <source>Show yesterday&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="112"/>
        <source>Charts in &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="160"/>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="168"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="210"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="218"/>
        <location filename="../ui/todayview.cpp" line="242"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="225"/>
        <source>%1 on %n order(s)</source>
        <translation>
            <numerusform>%1 on %n order</numerusform>
            <numerusform>%1 on %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="239"/>
        <source>%n request(s): %1</source>
        <translation>
            <numerusform>%n request: %1</numerusform>
            <numerusform>%n requests: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="244"/>
        <source>%n being settled by status checks</source>
        <translation>
            <numerusform>%n being settled by status checks</numerusform>
            <numerusform>%n being settled by status checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="246"/>
        <source>%n waiting for a manual review</source>
        <translation>
            <numerusform>%n waiting for a manual review</numerusform>
            <numerusform>%n waiting for a manual review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="248"/>
        <source>Captured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="251"/>
        <source>Refunded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="270"/>
        <source>Captured and refunded per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="279"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="280"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="315"/>
        <source>%1
Captured %2
Refunded %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="331"/>
        <source>Left to capture, by time until the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="345"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/todayview.cpp" line="345"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="347"/>
        <source>over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/todayview.cpp" line="348"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionActions</name>
    <message>
        <location filename="../ui/transactionactions.cpp" line="29"/>
        <source>Refresh all open</source>
        <comment>check the status of every open authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="36"/>
        <source>Ask APS for the status of every authorization that can still be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="105"/>
        <source>Select a transaction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="107"/>
        <source>An operation on this order is running. Wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="101"/>
        <source>Not connected to APS: money cannot be moved from this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="103"/>
        <source>Not connected to APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="126"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="127"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="128"/>
        <source>%1 is not possible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="136"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="177"/>
        <source>The order could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="181"/>
        <source>An operation on order %1 is already running. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="189"/>
        <source>Order %1 changed while the dialog was open. Nothing was done.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="220"/>
        <source>Confirm capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="221"/>
        <source>Capture %1 of the remaining %2 on order %3. The customer will be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="223"/>
        <source>Capture %1</source>
        <comment>button: capture this amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="226"/>
        <source>Confirm refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="227"/>
        <source>Refund %1 of the refundable %2 on order %3. The money goes back to the customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="229"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="230"/>
        <source>Refund %1</source>
        <comment>button: refund this amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="233"/>
        <source>Confirm void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="235"/>
        <source>Void the authorization of order %1. This releases the whole authorization of %2 back to the customer and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="238"/>
        <source>Void authorization</source>
        <comment>button: cancel the whole authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="254"/>
        <location filename="../ui/transactionactions.cpp" line="328"/>
        <source>Cancelled. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="287"/>
        <source>%1 on order %2 is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="310"/>
        <source>refund</source>
        <comment>noun, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="310"/>
        <source>capture</source>
        <comment>noun, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="312"/>
        <source>A %1 of %2 on order %3 was sent a short while ago and its outcome was not known at first. Sending the same amount again may move the money twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="315"/>
        <source>Send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="319"/>
        <source>Only continue if this is a new %1, not a retry of the earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="321"/>
        <source>Send a new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="345"/>
        <source>%1 of the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="346"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="350"/>
        <source>APS carried out an operation on order %1 after PayDesk had recorded it as not done: %2. PayDesk now records it as done. Check the order and tell the customer if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="354"/>
        <source>Late operation found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="372"/>
        <source>Captured %1 on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="374"/>
        <source>Voided the authorization of order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="376"/>
        <source>Refunded %1 on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="380"/>
        <source>Order %1 checked with APS: %2 captured, %3 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="384"/>
        <source>Order %1 checked with APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="388"/>
        <source>APS declined the %1 on order %2. Nothing moved. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="391"/>
        <source>The outcome of the %1 on order %2 is not known yet%3. Do not repeat it: PayDesk checks it with APS and the history will show the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="394"/>
        <source> (APS code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="396"/>
        <source>Refund request for %1 on order %2 recorded. It waits for an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="404"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="405"/>
        <source>Not done: the rules do not allow it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="407"/>
        <source>Not done: APS does not know order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="409"/>
        <source>Not done: another operation on order %1 has no known outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="411"/>
        <source>Not done: money operations are stopped because APS refused PayDesk&apos;s credentials. Ask an administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="414"/>
        <source>Not done: the APS credentials are missing. Ask an administrator to set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="416"/>
        <source>Not done: APS would not accept this request for order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="418"/>
        <source>Not done: APS could not be reached. Nothing was sent; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="420"/>
        <source>Not done: the local database refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="422"/>
        <source>Not done: you are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="424"/>
        <source>Not done: the refund request was already decided or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="426"/>
        <source>Not sent: the same amount was sent on order %1 a short while ago with an outcome that was not known at first. Confirm that this is a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="430"/>
        <source>Not done: order %1 changed while PayDesk was checking it with APS, or APS shows less than PayDesk. Nothing was sent; look at the order and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="444"/>
        <source>Already refreshing: %1 of %2 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="457"/>
        <source>Could not list the open authorizations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="463"/>
        <source>No open authorizations to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transactionactions.cpp" line="466"/>
        <source>Checking %n open authorization(s) with APS…</source>
        <translation>
            <numerusform>Checking %n open authorization with APS…</numerusform>
            <numerusform>Checking %n open authorizations with APS…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transactionactions.cpp" line="484"/>
        <source>Refreshed %n open authorization(s).</source>
        <translation>
            <numerusform>Refreshed %n open authorization.</numerusform>
            <numerusform>Refreshed %n open authorizations.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="486"/>
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
        <location filename="../ui/transactiontablemodel.cpp" line="409"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="411"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="413"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="415"/>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="417"/>
        <source>Captured</source>
        <comment>column: amount captured so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="419"/>
        <source>Refunded</source>
        <comment>column: amount refunded so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="421"/>
        <source>To capture</source>
        <comment>column: authorized amount not captured yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="423"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="425"/>
        <source>Expires in</source>
        <comment>column: time left before the capture deadline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="431"/>
        <source>The amount the customer authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="433"/>
        <source>Authorized but not captured yet, while it can still be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="435"/>
        <source>Time left before the authorization can no longer be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="440"/>
        <source>This column cannot be sorted</source>
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
        <location filename="../ui/wording.cpp" line="115"/>
        <source>An earlier operation on this order has no known outcome yet. Check its status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="118"/>
        <source>The purchase itself was declined: nothing can be captured, voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="119"/>
        <source>The authorization itself was declined: nothing can be captured, voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="122"/>
        <source>Nothing to capture: a purchase is captured when it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="124"/>
        <source>A purchase cannot be voided. Refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="126"/>
        <source>This authorization was voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="129"/>
        <source>The capture deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="130"/>
        <source>The capture deadline passed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="132"/>
        <source>Nothing left to capture: %1 of %2 captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="135"/>
        <source>Cannot void: %1 is already captured. Refund instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="137"/>
        <source>Nothing has been captured yet, so there is nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="139"/>
        <source>Fully refunded: %1 of %2 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="141"/>
        <source>Nothing left to refund: %1 is reserved by refund requests awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="144"/>
        <location filename="../ui/wording.cpp" line="188"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="146"/>
        <location filename="../ui/wording.cpp" line="191"/>
        <source>The amount must be in %1, the order&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="149"/>
        <source>At most %1 can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="150"/>
        <source>At most %1 can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="157"/>
        <source>Up to %1 can be captured until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="158"/>
        <source>Up to %1 can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="160"/>
        <source>Releases the whole authorization of %1 back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="162"/>
        <source>Up to %1 can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="164"/>
        <source>Ask APS for this order&apos;s current totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="175"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="177"/>
        <source>That is not an amount. Type digits, with the decimal separator if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="179"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="182"/>
        <source>%1 has no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="183"/>
        <source>%1 has %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="186"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="207"/>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="209"/>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="211"/>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="212"/>
        <source>expired %1 ago</source>
        <comment>the capture deadline passed %1 ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="222"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="225"/>
        <source>APS did not accept PayDesk&apos;s credentials. Ask an administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="227"/>
        <source>APS does not know this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="229"/>
        <source>APS refused: the amount is more than what is left to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="231"/>
        <source>APS refused: the amount is more than what is left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="233"/>
        <source>APS does not allow this operation on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="235"/>
        <source>APS says the order is closed (voided or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="237"/>
        <source>Another operation on this order is still running at APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="239"/>
        <source>The payment was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="242"/>
        <source>APS could not confirm the result. PayDesk will check the order&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="244"/>
        <source>APS answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="245"/>
        <source>%1 (APS code %2)</source>
        <comment>a sentence, then the APS response code for support</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="254"/>
        <source>the address does not start with https:// (only a simulator on this computer may use http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="257"/>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="259"/>
        <source>the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="261"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="263"/>
        <source>the connection was lost before the answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="265"/>
        <source>the secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="267"/>
        <source>the server answered with an error instead of a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="269"/>
        <source>the answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="271"/>
        <source>the answer&apos;s signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="273"/>
        <source>a network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="282"/>
        <source>viewer</source>
        <comment>user role: may only read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="284"/>
        <source>operator</source>
        <comment>user role: captures, voids, asks for refunds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="286"/>
        <source>approver</source>
        <comment>user role: approves other people&apos;s refund requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="288"/>
        <source>admin</source>
        <comment>user role: settings, users, credentials</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="297"/>
        <source>looks at transactions, moves no money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="299"/>
        <source>captures, voids and asks for refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="301"/>
        <source>approves other people&apos;s refunds, and can do what an operator does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="303"/>
        <source>settings and users; moves no money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="312"/>
        <source>see the transactions</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="314"/>
        <source>check an order&apos;s status with APS</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="316"/>
        <source>capture</source>
        <comment>after &apos;cannot&apos;: charge authorized money</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="318"/>
        <source>void</source>
        <comment>after &apos;cannot&apos;: cancel an authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="320"/>
        <source>refund</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="322"/>
        <source>approve or reject refund requests</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="324"/>
        <source>propose how an unclear operation ended</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="326"/>
        <source>confirm how an unclear operation ended</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="328"/>
        <source>change the settings</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="330"/>
        <source>manage users</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="332"/>
        <source>change the APS credentials</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="339"/>
        <source>Your role (%1) cannot %2</source>
        <comment>%1 a role, %2 what it would do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="347"/>
        <source>Awaiting approval</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="349"/>
        <source>Approved</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="351"/>
        <source>Rejected</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="353"/>
        <source>Expired</source>
        <comment>refund request status: nobody decided in time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="360"/>
        <source>Database unreachable — reconnecting… Nothing you typed is lost; payments wait until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="366"/>
        <source>The shared database cannot be reached: wait until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/paydesk/main.cpp" line="67"/>
        <source>The PayDesk window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="71"/>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="75"/>
        <source>Start on a fresh demo with simulated payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="78"/>
        <source>The cache to open: a file, or a team database (postgresql://USER@HOST:PORT/DBNAME; the password comes from ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="83"/>
        <source>Merchant profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="87"/>
        <source>Language instead of the system&apos;s (en, ar).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
