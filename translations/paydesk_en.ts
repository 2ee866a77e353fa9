<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <location filename="../ui/approvalqueuewidget.cpp" line="138"/>
        <source>Your approver role waits for a second administrator to confirm it. Until then another approver decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="143"/>
        <source>You may not decide refund requests now. Sign in again or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="145"/>
        <source>Select a refund request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="147"/>
        <source>A refund is being sent. Wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="149"/>
        <source>You asked for this refund: another approver must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="153"/>
        <source>Sends this refund to APS now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="154"/>
        <source>Refuses the request and frees the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="162"/>
        <source>Approve refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="163"/>
        <source>Refund %1 to the customer of order %2 now?

Asked by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="167"/>
        <source>Approve and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="185"/>
        <source>Reject refund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="187"/>
        <source>Why is the refund of %1 on order %2 rejected? %3 will see this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="193"/>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="209"/>
        <source>Sending the approved refund to APS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="213"/>
        <source>Not approved: you asked for this refund yourself, so another approver must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="215"/>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="225"/>
        <source>Refund request rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalqueuewidget.cpp" line="226"/>
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
        <location filename="../ui/desklauncher.cpp" line="43"/>
        <source>This program has no demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="49"/>
        <source>PayDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desklauncher.cpp" line="70"/>
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
        <location filename="../ui/detailpane.cpp" line="83"/>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="84"/>
        <location filename="../ui/detailpane.cpp" line="87"/>
        <source>Captured</source>
        <comment>amount captured so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="85"/>
        <source>Left to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="88"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="89"/>
        <source>Reserved for refund requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="90"/>
        <source>Refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="101"/>
        <source>Capture deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="102"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="103"/>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="104"/>
        <source>APS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="107"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>APS answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="120"/>
        <source>Operation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="144"/>
        <source>In progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="146"/>
        <source>outcome of the last operation not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="158"/>
        <source>none: %1 released at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="159"/>
        <source>none (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="160"/>
        <source>none (purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="169"/>
        <source>none (a purchase is captured when paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="181"/>
        <location filename="../ui/detailpane.cpp" line="182"/>
        <location filename="../ui/detailpane.cpp" line="188"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="188"/>
        <source>Order id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="191"/>
        <source>last answer %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="207"/>
        <source>waiting to be sure it did not happen: APS has shown no change since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="236"/>
        <source>No capture, void or refund from PayDesk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="271"/>
        <source>Refund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="273"/>
        <source>Awaiting approval until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="274"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="280"/>
        <source>Refund approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="284"/>
        <source>Refund rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="289"/>
        <source>Refund request expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="291"/>
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
        <location filename="../ui/firststartpage.cpp" line="11"/>
        <location filename="../ui/firststartpage.cpp" line="14"/>
        <source>Welcome to PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="21"/>
        <source>There is no transaction cache on this computer yet (%1).

Try the demo to see PayDesk with simulated payments, or set PayDesk up for your merchant account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="30"/>
        <source>Try the &amp;demo (simulated payments, no real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="35"/>
        <source>&amp;Set up for my merchant account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="37"/>
        <source>Set up PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firststartpage.cpp" line="38"/>
        <source>An administrator creates the cache and the merchant profile once:

paydeskctl init --merchant-identifier ID --environment sandbox
paydeskctl profile set --capture-window-days 7
paydeskctl import report.csv

and keeps the APS credentials in the environment (PAYDESK_ACCESS_CODE, PAYDESK_REQUEST_PHRASE, PAYDESK_RESPONSE_PHRASE). Then start PayDesk again.

Cache: %1</source>
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
        <location filename="../ui/importdialog.cpp" line="257"/>
        <source>%1 orders were left alone because an operation on them has no known outcome yet; import the file again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="261"/>
        <source>%1 bad rows were skipped (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>PayDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Demo — simulated payments, no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>The list cannot be sorted by this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;Export the list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Writes the transactions of the current filter and order to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Import an APS transaction report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Adds the orders of an APS back-office report (CSV) to the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Capture the selected orders in &amp;bulk…</source>
        <extracomment>Capture here is the card-payment operation: taking authorized money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Captures what is left on each selected order, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Bulk capture from a CSV &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Captures the orders and amounts listed in a CSV file (merchant_reference,amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;End-of-day report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>The day&apos;s captures, voids and refunds by person, with totals per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Go to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Reload from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>%n match(es) · totals…</source>
        <translation>
            <numerusform>%n match · totals…</numerusform>
            <numerusform>%n matches · totals…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Totals unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>%1: %n transaction(s), %2 authorized, %3 captured, %4 refunded</source>
        <translation>
            <numerusform>%1: %n transaction, %2 authorized, %3 captured, %4 refunded</numerusform>
            <numerusform>%1: %n transactions, %2 authorized, %3 captured, %4 refunded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>authorized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Select the orders to capture in the list first (Shift or Ctrl and click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Bulk capture from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>This window is read-only: no payment service is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
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
        <location filename="../app/paydesk/main.cpp" line="19"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="41"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="79"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="80"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="81"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="94"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="97"/>
        <source>Merchant profile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="105"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="106"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="114"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="114"/>
        <source>Approval from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="115"/>
        <source>Refunds at or above this amount wait for an approver. Empty: every refund waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="138"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="140"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="141"/>
        <source>Merchant identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="142"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="143"/>
        <source>&amp;SHA type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="144"/>
        <source>&amp;Language of APS answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="145"/>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="146"/>
        <source>&amp;Capture window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="147"/>
        <source>&amp;Warn before the deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="148"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="150"/>
        <source>When APS&apos;s answer to a capture, void or refund is lost, PayDesk counts it as not done only after APS has shown no change for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="152"/>
        <source>An operation whose outcome is still not known this long after it was sent goes to manual review, where two people settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="154"/>
        <source>Lost answer counts as &amp;not done after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="155"/>
        <source>&amp;Manual review after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="157"/>
        <source>Credentials (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="159"/>
        <source>&amp;Access code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="160"/>
        <source>SHA re&amp;quest phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="161"/>
        <source>SHA res&amp;ponse phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="162"/>
        <source>Apple Pay access code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="163"/>
        <source>Apple Pay request phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="164"/>
        <source>Apple Pay response phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="166"/>
        <source>Refund approval thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="200"/>
        <source>The profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="267"/>
        <source>Approval threshold %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="286"/>
        <location filename="../ui/settingsdialog.cpp" line="306"/>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="316"/>
        <source>Not saved. Enter the access code and both SHA phrases together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="317"/>
        <source>Not saved. Enter the Apple Pay access code and both phrases together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="327"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="342"/>
        <source>The profile was saved, the approval threshold for %1 was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="353"/>
        <source>The settings were saved; the credentials were not, because no keychain is available. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="359"/>
        <source>The settings were saved; the credentials were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="378"/>
        <source>No connection to test: this window has no payment service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="382"/>
        <source>No order in the cache to check yet: import a report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="385"/>
        <source>Asking APS for the status of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="403"/>
        <source>The answer&apos;s signature does not verify: check the SHA response phrase and the SHA type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="405"/>
        <source>Could not reach the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="408"/>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="410"/>
        <source>Connected: APS answered the status check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="412"/>
        <source>Signature mismatch: check the SHA request phrase and the SHA type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="414"/>
        <source>APS does not know this merchant identifier: check the account the cache belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="416"/>
        <source>APS refused the access code: check the access code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="420"/>
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
        <location filename="../ui/signedindesk.cpp" line="39"/>
        <source>LIVE</source>
        <extracomment>Shown in red where money can move on the production (real money) account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="41"/>
        <source>Production profile: captures, voids and refunds move real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="57"/>
        <source>Refunds awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="74"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="109"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="112"/>
        <source>Refunds awaiting &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="115"/>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="117"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="122"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="144"/>
        <source>PayDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="144"/>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signedindesk.cpp" line="146"/>
        <source>LIVE — %1</source>
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
        <location filename="../ui/transactionactions.cpp" line="91"/>
        <source>Select a transaction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="93"/>
        <source>An operation on this order is running. Wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="87"/>
        <source>Not connected to APS: money cannot be moved from this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="89"/>
        <source>Not connected to APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="112"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="113"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="114"/>
        <source>%1 is not possible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="122"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="163"/>
        <source>The order could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="167"/>
        <source>An operation on order %1 is already running. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="175"/>
        <source>Order %1 changed while the dialog was open. Nothing was done.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="206"/>
        <source>Confirm capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="207"/>
        <source>Capture %1 of the remaining %2 on order %3. The customer will be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="209"/>
        <source>Capture %1</source>
        <comment>button: capture this amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="212"/>
        <source>Confirm refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="213"/>
        <source>Refund %1 of the refundable %2 on order %3. The money goes back to the customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="215"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="216"/>
        <source>Refund %1</source>
        <comment>button: refund this amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="219"/>
        <source>Confirm void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="221"/>
        <source>Void the authorization of order %1. This releases the whole authorization of %2 back to the customer and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="224"/>
        <source>Void authorization</source>
        <comment>button: cancel the whole authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="240"/>
        <location filename="../ui/transactionactions.cpp" line="314"/>
        <source>Cancelled. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="273"/>
        <source>%1 on order %2 is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="296"/>
        <source>refund</source>
        <comment>noun, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="296"/>
        <source>capture</source>
        <comment>noun, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="298"/>
        <source>A %1 of %2 on order %3 was sent a short while ago and its outcome was not known at first. Sending the same amount again may move the money twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="301"/>
        <source>Send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="305"/>
        <source>Only continue if this is a new %1, not a retry of the earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="307"/>
        <source>Send a new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="331"/>
        <source>%1 of the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="332"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="336"/>
        <source>APS carried out an operation on order %1 after PayDesk had recorded it as not done: %2. PayDesk now records it as done. Check the order and tell the customer if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="340"/>
        <source>Late operation found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="358"/>
        <source>Captured %1 on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="360"/>
        <source>Voided the authorization of order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="362"/>
        <source>Refunded %1 on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="366"/>
        <source>Order %1 checked with APS: %2 captured, %3 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="370"/>
        <source>Order %1 checked with APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="374"/>
        <source>APS declined the %1 on order %2. Nothing moved. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="377"/>
        <source>The outcome of the %1 on order %2 is not known yet%3. Do not repeat it: PayDesk checks it with APS and the history will show the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="380"/>
        <source> (APS code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="382"/>
        <source>Refund request for %1 on order %2 recorded. It waits for an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="390"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="391"/>
        <source>Not done: the rules do not allow it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="393"/>
        <source>Not done: APS does not know order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="395"/>
        <source>Not done: another operation on order %1 has no known outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="397"/>
        <source>Not done: money operations are stopped because APS refused PayDesk&apos;s credentials. Ask an administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="400"/>
        <source>Not done: the APS credentials are missing. Ask an administrator to set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="402"/>
        <source>Not done: APS would not accept this request for order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="404"/>
        <source>Not done: APS could not be reached. Nothing was sent; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="406"/>
        <source>Not done: the local database refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="408"/>
        <source>Not done: you are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="410"/>
        <source>Not done: the refund request was already decided or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="412"/>
        <source>Not sent: the same amount was sent on order %1 a short while ago with an outcome that was not known at first. Confirm that this is a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="416"/>
        <source>Not done: order %1 changed while PayDesk was checking it with APS, or APS shows less than PayDesk. Nothing was sent; look at the order and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="430"/>
        <source>Already refreshing: %1 of %2 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="443"/>
        <source>Could not list the open authorizations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="449"/>
        <source>No open authorizations to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transactionactions.cpp" line="452"/>
        <source>Checking %n open authorization(s) with APS…</source>
        <translation>
            <numerusform>Checking %n open authorization with APS…</numerusform>
            <numerusform>Checking %n open authorizations with APS…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transactionactions.cpp" line="470"/>
        <source>Refreshed %n open authorization(s).</source>
        <translation>
            <numerusform>Refreshed %n open authorization.</numerusform>
            <numerusform>Refreshed %n open authorizations.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/transactionactions.cpp" line="472"/>
        <source>Checked %1 of %2 open authorizations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="282"/>
        <source>In progress…</source>
        <comment>an operation on this transaction is running now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="306"/>
        <source>Capture deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="311"/>
        <source>%1 was not captured before the deadline: APS released it to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="315"/>
        <source>An operation on this order has no known outcome yet; PayDesk checks it with APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="357"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="359"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="361"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="363"/>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="365"/>
        <source>Captured</source>
        <comment>column: amount captured so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="367"/>
        <source>Refunded</source>
        <comment>column: amount refunded so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="369"/>
        <source>To capture</source>
        <comment>column: authorized amount not captured yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="371"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="373"/>
        <source>Expires in</source>
        <comment>column: time left before the capture deadline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="379"/>
        <source>The amount the customer authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="381"/>
        <source>Authorized but not captured yet, while it can still be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="383"/>
        <source>Time left before the authorization can no longer be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactiontablemodel.cpp" line="388"/>
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
        <location filename="../ui/wording.cpp" line="32"/>
        <source>In progress</source>
        <comment>operation outcome: sent, no answer yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="34"/>
        <source>Succeeded</source>
        <comment>operation outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="36"/>
        <source>Declined</source>
        <comment>operation outcome: refused, nothing moved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="38"/>
        <source>Outcome unknown</source>
        <comment>operation outcome: being reconciled with APS</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="40"/>
        <source>Needs manual review</source>
        <comment>operation outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="49"/>
        <source>Capture</source>
        <comment>noun: an operation that charges authorized money</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="51"/>
        <source>Void</source>
        <comment>noun: an operation that cancels an authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="53"/>
        <source>Refund</source>
        <comment>noun</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="62"/>
        <source>Capture</source>
        <comment>verb: charge money that was authorized</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="64"/>
        <source>Void</source>
        <comment>verb: cancel the whole authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="66"/>
        <source>Refund</source>
        <comment>verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="68"/>
        <source>Check status</source>
        <comment>verb: ask APS for the order&apos;s current totals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="108"/>
        <source>An earlier operation on this order has no known outcome yet. Check its status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="111"/>
        <source>The purchase itself was declined: nothing can be captured, voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="112"/>
        <source>The authorization itself was declined: nothing can be captured, voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="115"/>
        <source>Nothing to capture: a purchase is captured when it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="117"/>
        <source>A purchase cannot be voided. Refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="119"/>
        <source>This authorization was voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="122"/>
        <source>The capture deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="123"/>
        <source>The capture deadline passed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="125"/>
        <source>Nothing left to capture: %1 of %2 captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="128"/>
        <source>Cannot void: %1 is already captured. Refund instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="130"/>
        <source>Nothing has been captured yet, so there is nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="132"/>
        <source>Fully refunded: %1 of %2 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="134"/>
        <source>Nothing left to refund: %1 is reserved by refund requests awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="137"/>
        <location filename="../ui/wording.cpp" line="181"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="139"/>
        <location filename="../ui/wording.cpp" line="184"/>
        <source>The amount must be in %1, the order&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="142"/>
        <source>At most %1 can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="143"/>
        <source>At most %1 can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="150"/>
        <source>Up to %1 can be captured until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="151"/>
        <source>Up to %1 can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="153"/>
        <source>Releases the whole authorization of %1 back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="155"/>
        <source>Up to %1 can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="157"/>
        <source>Ask APS for this order&apos;s current totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="168"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="170"/>
        <source>That is not an amount. Type digits, with the decimal separator if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="172"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="175"/>
        <source>%1 has no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="176"/>
        <source>%1 has %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="179"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="200"/>
        <source>%1 d %2 h</source>
        <comment>duration: days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="202"/>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="204"/>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="205"/>
        <source>expired %1 ago</source>
        <comment>the capture deadline passed %1 ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="215"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="218"/>
        <source>APS did not accept PayDesk&apos;s credentials. Ask an administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="220"/>
        <source>APS does not know this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="222"/>
        <source>APS refused: the amount is more than what is left to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="224"/>
        <source>APS refused: the amount is more than what is left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="226"/>
        <source>APS does not allow this operation on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="228"/>
        <source>APS says the order is closed (voided or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="230"/>
        <source>Another operation on this order is still running at APS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="232"/>
        <source>The payment was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="235"/>
        <source>APS could not confirm the result. PayDesk will check the order&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="237"/>
        <source>APS answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="238"/>
        <source>%1 (APS code %2)</source>
        <comment>a sentence, then the APS response code for support</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="247"/>
        <source>the address does not start with https:// (only a simulator on this computer may use http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="250"/>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="252"/>
        <source>the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="254"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="256"/>
        <source>the connection was lost before the answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="258"/>
        <source>the secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="260"/>
        <source>the server answered with an error instead of a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="262"/>
        <source>the answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="264"/>
        <source>the answer&apos;s signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="266"/>
        <source>a network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="275"/>
        <source>viewer</source>
        <comment>user role: may only read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="277"/>
        <source>operator</source>
        <comment>user role: captures, voids, asks for refunds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="279"/>
        <source>approver</source>
        <comment>user role: approves other people&apos;s refund requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="281"/>
        <source>admin</source>
        <comment>user role: settings, users, credentials</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="290"/>
        <source>looks at transactions, moves no money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="292"/>
        <source>captures, voids and asks for refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="294"/>
        <source>approves other people&apos;s refunds, and can do what an operator does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="296"/>
        <source>settings and users; moves no money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="305"/>
        <source>see the transactions</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="307"/>
        <source>check an order&apos;s status with APS</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="309"/>
        <source>capture</source>
        <comment>after &apos;cannot&apos;: charge authorized money</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="311"/>
        <source>void</source>
        <comment>after &apos;cannot&apos;: cancel an authorization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="313"/>
        <source>refund</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="315"/>
        <source>approve or reject refund requests</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="317"/>
        <source>propose how an unclear operation ended</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="319"/>
        <source>confirm how an unclear operation ended</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="321"/>
        <source>change the settings</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="323"/>
        <source>manage users</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="325"/>
        <source>change the APS credentials</source>
        <comment>after &apos;cannot&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="332"/>
        <source>Your role (%1) cannot %2</source>
        <comment>%1 a role, %2 what it would do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="340"/>
        <source>Awaiting approval</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="342"/>
        <source>Approved</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="344"/>
        <source>Rejected</source>
        <comment>refund request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wording.cpp" line="346"/>
        <source>Expired</source>
        <comment>refund request status: nobody decided in time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/paydesk/main.cpp" line="64"/>
        <source>The PayDesk window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="69"/>
        <source>Start on a fresh demo with simulated payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="70"/>
        <source>The cache to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="73"/>
        <source>Merchant profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/paydesk/main.cpp" line="77"/>
        <source>Language instead of the system&apos;s (en, ar).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
