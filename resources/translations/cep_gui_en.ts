<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CollectedTab</name>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/collected_tab.py" line="224"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="272"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="275"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="278"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="281"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="284"/>
        <source>%n new fields are left out of reports until you look at them.</source>
        <translation>
            <numerusform>%n new field is left out of reports until you look at it.</numerusform>
            <numerusform>%n new fields are left out of reports until you look at them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/sent_tab.py" line="291"/>
        <source>%n changes since the previous report of this participation:</source>
        <translation>
            <numerusform>%n change since the previous report of this participation:</numerusform>
            <numerusform>%n changes since the previous report of this participation:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/sent_tab.py" line="326"/>
        <source>Saved %n reports to %1.</source>
        <translation>
            <numerusform>Saved %n report to %1.</numerusform>
            <numerusform>Saved %n reports to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
