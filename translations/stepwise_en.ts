<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RevisionActions</name>
    <message numerus="yes">
        <source>Revert %n applied revision(s) above this one.</source>
        <translation>
            <numerusform>Revert the applied revision above this one.</numerusform>
            <numerusform>Revert %n applied revisions above this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::GraphActions</name>
    <message numerus="yes">
        <source>Apply the %n pending revision(s).</source>
        <translation>
            <numerusform>Apply the pending revision.</numerusform>
            <numerusform>Apply the %n pending revisions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::LintFindingsView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::RevisionGraphView</name>
    <message numerus="yes">
        <source>%1&apos;s schema differs from what its revisions build (%n difference(s)): click its badge to see them</source>
        <translation>
            <numerusform>%1&apos;s schema differs from what its revisions build (%n difference): click its badge to see it</numerusform>
            <numerusform>%1&apos;s schema differs from what its revisions build (%n differences): click its badge to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::RunConfirmDialog</name>
    <message numerus="yes">
        <source>Downgrade through %1 although its down section is empty (its changes stay in the database)</source>
        <translation>
            <numerusform>Downgrade through %1 although its down section is empty (its changes stay in the database)</numerusform>
            <numerusform>Downgrade through %1 although their down sections are empty (their changes stay in the database)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run although the plan has %n error-level finding(s) (%1): I have read them</source>
        <translation>
            <numerusform>Run although the plan has an error-level finding (%1): I have read it</numerusform>
            <numerusform>Run although the plan has %n error-level findings (%1): I have read them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::RunController</name>
    <message numerus="yes">
        <source>%1: %n step(s).</source>
        <translation>
            <numerusform>%1: %n step.</numerusform>
            <numerusform>%1: %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run cancelled after %n step(s).</source>
        <translation>
            <numerusform>Run cancelled after %n step.</numerusform>
            <numerusform>Run cancelled after %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run finished: %n step(s) applied.</source>
        <translation>
            <numerusform>Run finished: %n step applied.</numerusform>
            <numerusform>Run finished: %n steps applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::ScriptEditor</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
</TS>
