<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SubmitChecklist</name>
    <message numerus="yes">
        <location filename="../../../../core/workflow/SubmitChecklist.cpp" line="+71"/>
        <source>%n review comment(s) not resolved.</source>
        <translation>
            <numerusform>%n review comment not resolved.</numerusform>
            <numerusform>%n review comments not resolved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message numerus="yes">
        <location filename="../../../../core/cli/WorkflowCommands.cpp" line="+387"/>
        <source>The audit log is intact: %n row(s).</source>
        <translation>
            <numerusform>The audit log is intact: %n row.</numerusform>
            <numerusform>The audit log is intact: %n rows.</numerusform>
        </translation>
    </message>
</context>
</TS>
