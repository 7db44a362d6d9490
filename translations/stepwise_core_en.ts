<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Stepwise</name>
    <message numerus="yes">
        <source>~%1 row(s)</source>
        <translation>
            <numerusform>~%1 row</numerusform>
            <numerusform>~%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) hold NULL in %2.%3</source>
        <translation>
            <numerusform>%1 row holds NULL in %2.%3</numerusform>
            <numerusform>%1 rows hold NULL in %2.%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) of %2 share a value of %3 or hold NULL in it</source>
        <translation>
            <numerusform>%1 row of %2 shares a value of %3 or holds NULL in it</numerusform>
            <numerusform>%1 rows of %2 share a value of %3 or hold NULL in it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) of %2 share a value of %3</source>
        <translation>
            <numerusform>%1 row of %2 shares a value of %3</numerusform>
            <numerusform>%1 rows of %2 share a value of %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) fail the check</source>
        <translation>
            <numerusform>%1 row fails the check</numerusform>
            <numerusform>%1 rows fail the check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) have no parent in %2</source>
        <translation>
            <numerusform>%1 row has no parent in %2</numerusform>
            <numerusform>%1 rows have no parent in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 existing row(s) get 0, &apos;&apos; or a zero date</source>
        <translation>
            <numerusform>%1 existing row gets 0, &apos;&apos; or a zero date</numerusform>
            <numerusform>%1 existing rows get 0, &apos;&apos; or a zero date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 row(s): adding the column fails</source>
        <translation>
            <numerusform>%1 has %2 row: adding the column fails</numerusform>
            <numerusform>%1 has %2 rows: adding the column fails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: the plan has %n error-level safety finding(s); nothing ran.</source>
        <translation>
            <numerusform>Refused: the plan has %n error-level safety finding; nothing ran.</numerusform>
            <numerusform>Refused: the plan has %n error-level safety findings; nothing ran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this statement may fail on the data, and this section is not one transaction: %n statement(s) after it would not run</source>
        <translation>
            <numerusform>this statement may fail on the data, and this section is not one transaction: %n statement after it would not run</numerusform>
            <numerusform>this statement may fail on the data, and this section is not one transaction: %n statements after it would not run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>No drift: %n applied revision(s) match their files.</source>
        <translation>
            <numerusform>No drift: %n applied revision matches its file.</numerusform>
            <numerusform>No drift: %n applied revisions match their files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema drift: %n difference(s) between the database and what its revisions build:</source>
        <translation>
            <numerusform>Schema drift: %n difference between the database and what its revisions build:</numerusform>
            <numerusform>Schema drift: %n differences between the database and what its revisions build:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the project</source>
        <translation>
            <numerusform>%n problem found in the project</numerusform>
            <numerusform>%n problems found in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second</numerusform>
            <numerusform>the keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) checked: </source>
        <translation>
            <numerusform>%n revision checked: </numerusform>
            <numerusform>%n revisions checked: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n warning, </numerusform>
            <numerusform>%n warnings, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n suppressed)</source>
        <translation>
            <numerusform> (%n suppressed)</numerusform>
            <numerusform> (%n suppressed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Safety checks of the new revision: %n finding(s) to review:</source>
        <translation>
            <numerusform>Safety checks of the new revision: %n finding to review:</numerusform>
            <numerusform>Safety checks of the new revision: %n findings to review:</numerusform>
        </translation>
    </message>
</context>
</TS>
