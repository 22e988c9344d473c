<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BundleExportController</name>
    <message numerus="yes">
        <location filename="../../../../ui/bundle/BundleExportController.cpp" line="+220"/>
        <source>Your password unlocks your signing key, which signs the bundles of %n approved article(s).</source>
        <translation>
            <numerusform>Your password unlocks your signing key, which signs the bundle of %n approved article.</numerusform>
            <numerusform>Your password unlocks your signing key, which signs the bundles of %n approved articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <location filename="../../../../ui/history/DiffView.cpp" line="+110"/>
        <source>Changes from %1 to %2: %n field(s) of metadata, text %3.</source>
        <translation>
            <numerusform>Changes from %1 to %2: %n field of metadata, text %3.</numerusform>
            <numerusform>Changes from %1 to %2: %n fields of metadata, text %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message numerus="yes">
        <location filename="../../../../ui/editor/FindReplaceBar.cpp" line="+248"/>
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>Replaced %n time</numerusform>
            <numerusform>Replaced %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow/MainWindow.cpp" line="+819"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDocks</name>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow/ReviewDocks.cpp" line="+59"/>
        <location line="+1"/>
        <source>%n in review</source>
        <translation>
            <numerusform>%n in review</numerusform>
            <numerusform>%n in review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewGate</name>
    <message numerus="yes">
        <location filename="../../../../core/workflow/ReviewGate.cpp" line="+15"/>
        <source>Open review comments: %n. Resolve them or request changes.</source>
        <translation>
            <numerusform>Open review comment: %n. Resolve it or request changes.</numerusform>
            <numerusform>Open review comments: %n. Resolve them or request changes.</numerusform>
        </translation>
    </message>
</context>
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
        <location filename="../../../../core/cli/WorkflowCommands.cpp" line="+392"/>
        <source>The audit log is intact: %n row(s).</source>
        <translation>
            <numerusform>The audit log is intact: %n row.</numerusform>
            <numerusform>The audit log is intact: %n rows.</numerusform>
        </translation>
    </message>
</context>
</TS>
