<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdvancedPage</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="87"/>
        <source>Report endpoint</source>
        <translation>Zieladresse für Berichte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="88"/>
        <source>Reports are sent to:</source>
        <translation>Berichte werden gesendet an:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="90"/>
        <source>Proxy in use</source>
        <translation>Verwendeter Proxy</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="91"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="95"/>
        <source>Extra folders with virtual machines</source>
        <translation>Weitere Ordner mit virtuellen Maschinen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="98"/>
        <source>Searched in addition to each hypervisor&apos;s usual folders; separate folders with %1</source>
        <translation>Werden zusätzlich zu den üblichen Ordnern jedes Hypervisors durchsucht; trennen Sie Ordner mit %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="103"/>
        <source>&amp;Virtual machines also in:</source>
        <translation>&amp;Virtuelle Maschinen auch in:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="105"/>
        <source>&lt;b&gt;Configuration Manager (SCCM)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Configuration Manager (SCCM)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="108"/>
        <source>SCCM AdminService URL</source>
        <translation>SCCM-AdminService-URL</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="110"/>
        <source>AdminService &amp;URL:</source>
        <translation>AdminService-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="113"/>
        <source>SCCM account</source>
        <translation>SCCM-Konto</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="115"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="119"/>
        <source>SCCM password</source>
        <translation>SCCM-Passwort</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="120"/>
        <source>Save in &amp;keyring</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="121"/>
        <source>Save the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="125"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="133"/>
        <source>SCCM certificate file</source>
        <translation>SCCM-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="135"/>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="137"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="139"/>
        <source>Test the connection to the SCCM AdminService</source>
        <translation>Die Verbindung zum SCCM-AdminService testen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="159"/>
        <source>none (direct connection)</source>
        <translation>keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="165"/>
        <source>Managed by your organization (%1).</source>
        <translation>Von Ihrer Organisation verwaltet (%1).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="198"/>
        <source>The password was saved in the system keyring.</source>
        <translation>Das Passwort wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="216"/>
        <source>Connected: the AdminService answered (site version %1).</source>
        <translation>Verbunden: Der AdminService hat geantwortet (Standortversion %1).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="220"/>
        <source>Connected: the AdminService answered.</source>
        <translation>Verbunden: Der AdminService hat geantwortet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="222"/>
        <source>The connection failed: %1.</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="228"/>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="235"/>
        <source>No system keyring is available, so the password cannot be saved. SCCM data cannot be collected until a keyring is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann das Passwort nicht gespeichert werden. SCCM-Daten können erst erfasst werden, wenn ein Schlüsselbund verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="13"/>
        <source>Hardware of this computer</source>
        <translation>Hardware dieses Computers</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="14"/>
        <source>Processor, memory, disks, graphics, firmware and network adapter kinds of the computer the product runs on.</source>
        <translation>Prozessor, Arbeitsspeicher, Datenträger, Grafik, Firmware und Arten der Netzwerkadapter des Computers, auf dem das Produkt ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="18"/>
        <source>Software of this computer</source>
        <translation>Software dieses Computers</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="19"/>
        <source>Operating system name and version, desktop, language, and the names and versions of installed software.</source>
        <translation>Name und Version des Betriebssystems, Desktopumgebung, Sprache sowie Namen und Versionen der installierten Software.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="23"/>
        <source>Software of virtual machines</source>
        <translation>Software virtueller Maschinen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="24"/>
        <source>Guest operating system name and version and guest tools version of the virtual machines found on this computer.</source>
        <translation>Name und Version des Gastbetriebssystems sowie Version der Gasterweiterungen der virtuellen Maschinen, die auf diesem Computer gefunden wurden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="28"/>
        <source>Configuration of virtual machines</source>
        <translation>Konfiguration virtueller Maschinen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="29"/>
        <source>Technical settings of the virtual machines&apos; configuration files (processors, memory, disks, devices), without names, paths or addresses.</source>
        <translation>Technische Einstellungen aus den Konfigurationsdateien der virtuellen Maschinen (Prozessoren, Arbeitsspeicher, Datenträger, Geräte), ohne Namen, Pfade oder Adressen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="33"/>
        <source>SCCM site configuration</source>
        <translation>SCCM-Standortkonfiguration</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="34"/>
        <source>Version, type and size of the Microsoft Configuration Manager site this computer administers, as counts.</source>
        <translation>Version, Typ und Größe des Microsoft Configuration Manager-Standorts, den dieser Computer verwaltet, als reine Anzahlen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="38"/>
        <source>SCCM deployments</source>
        <translation>SCCM-Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="39"/>
        <source>How many applications, packages, policies and deployments the Configuration Manager site has, and which software it deploys.</source>
        <translation>Wie viele Anwendungen, Pakete, Richtlinien und Bereitstellungen der Configuration Manager-Standort hat und welche Software er bereitstellt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="43"/>
        <source>Feature usage</source>
        <translation>Nutzung von Funktionen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_texts.py" line="44"/>
        <source>How often product features are used and which problems occur, as counts without times.</source>
        <translation>Wie oft Funktionen des Produkts verwendet werden und welche Probleme auftreten, als Anzahlen ohne Zeitangaben.</translation>
    </message>
</context>
<context>
    <name>CollectedTab</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="101"/>
        <source>Search fields, descriptions and values</source>
        <translation>Felder, Beschreibungen und Werte durchsuchen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="103"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="107"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="107"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="107"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="107"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="117"/>
        <source>collecting…</source>
        <translation>wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="137"/>
        <source>Collected fields</source>
        <translation>Erfasste Felder</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="151"/>
        <source>Field details</source>
        <translation>Felddetails</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="156"/>
        <source>Select a field to read what it is, why it is collected and how it is protected.</source>
        <translation>Wählen Sie ein Feld aus, um zu erfahren, was es enthält, warum es erfasst wird und wie es geschützt ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="173"/>
        <source>&lt;b&gt;What:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Was:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="175"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warum:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="177"/>
        <source>&lt;b&gt;Protection:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Schutz:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="181"/>
        <source>&lt;b&gt;Value now:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aktueller Wert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="186"/>
        <source>sent unchanged; left out if it contains anything identifying</source>
        <translation>wird unverändert gesendet; entfällt, wenn der Wert etwas Identifizierendes enthält</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="187"/>
        <source>rounded to a common size so it cannot single out this computer</source>
        <translation>wird auf eine gängige Größe gerundet, damit sich dieser Computer daran nicht erkennen lässt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="189"/>
        <source>names, addresses and similar identifiers are replaced by placeholders</source>
        <translation>Namen, Adressen und ähnliche Kennungen werden durch Platzhalter ersetzt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="191"/>
        <source>must look like a version number, otherwise left out</source>
        <translation>muss wie eine Versionsnummer aussehen, sonst entfällt der Wert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="192"/>
        <source>replaced by a neutral name such as vm-1</source>
        <translation>wird durch einen neutralen Namen wie vm-1 ersetzt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="219"/>
        <source>not collected (excluded)</source>
        <translation>nicht erfasst (ausgeschlossen)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="226"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="229"/>
        <source>not found on this computer</source>
        <translation>auf diesem Computer nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="231"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>FeedbackPane</name>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="38"/>
        <source>Customer Experience Program</source>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="51"/>
        <source>&amp;Take part in the Customer Experience Program</source>
        <translation>Am Programm zur Verbesserung der Benutzerfreundlichkeit &amp;teilnehmen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="52"/>
        <source>Take part in the Customer Experience Program</source>
        <translation>Am Programm zur Verbesserung der Benutzerfreundlichkeit teilnehmen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="61"/>
        <source>Managed by your organization</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="65"/>
        <source>What may be collected</source>
        <translation>Was erfasst werden darf</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="94"/>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="95"/>
        <source>Send a report now</source>
        <translation>Jetzt einen Bericht senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="97"/>
        <source>Show &amp;what is collected…</source>
        <translation>Anzeigen, &amp;was erfasst wird…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="98"/>
        <source>Show what is collected</source>
        <translation>Anzeigen, was erfasst wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="119"/>
        <source>every 14 days</source>
        <translation>alle 14 Tage</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="121"/>
        <source>every quarter (91 days)</source>
        <translation>einmal im Quartal (alle 91 Tage)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="125"/>
        <source>When you take part, this product sends technical facts about this computer to its maker, who uses them to decide what to improve: hardware, operating system and installed software, and the other categories below. Nothing personal is collected: no names, e-mail or postal addresses, user or computer names, network addresses, documents or keystrokes, so nobody is ever contacted. The first report is sent 7 days after you join, then %1. You can see every field and every report, and leave at any time. &lt;a href=&quot;%2&quot;&gt;Privacy policy&lt;/a&gt;</source>
        <translation>Wenn Sie teilnehmen, sendet dieses Produkt technische Angaben über diesen Computer an seinen Hersteller, der damit entscheidet, was verbessert werden soll: Hardware, Betriebssystem und installierte Software sowie die weiteren unten aufgeführten Kategorien. Es wird nichts Persönliches erfasst: keine Namen, E-Mail- oder Postadressen, Benutzer- oder Computernamen, Netzwerkadressen, Dokumente oder Tastatureingaben – daher wird auch niemand kontaktiert. Der erste Bericht wird 7 Tage nach Beginn Ihrer Teilnahme gesendet, danach %1. Sie können jedes Feld und jeden Bericht einsehen und Ihre Teilnahme jederzeit beenden. &lt;a href=&quot;%2&quot;&gt;Datenschutzerklärung&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="136"/>
        <source>Managed by your organization (%1: %2).</source>
        <translation>Von Ihrer Organisation verwaltet (%1: %2).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="142"/>
        <source>Paused: your organization&apos;s policy could not be read. %1</source>
        <translation>Angehalten: Die Richtlinie Ihrer Organisation konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="153"/>
        <source>Not allowed by your organization</source>
        <translation>Von Ihrer Organisation nicht zugelassen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="157"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="172"/>
        <source>machine policy</source>
        <translation>Computerrichtlinie</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="173"/>
        <source>user policy</source>
        <translation>Benutzerrichtlinie</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="188"/>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="189"/>
        <source>Leave the Customer Experience Program?</source>
        <translation>Teilnahme am Programm zur Verbesserung der Benutzerfreundlichkeit beenden?</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="192"/>
        <source>Nothing more will be collected or sent, and reports that wait to be sent are deleted. The list of reports already sent stays on this computer until you delete it.</source>
        <translation>Es wird nichts mehr erfasst oder gesendet, und Berichte, die noch auf das Senden warten, werden gelöscht. Die Liste der bereits gesendeten Berichte bleibt auf diesem Computer, bis Sie sie löschen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="197"/>
        <source>Also ask to &amp;delete the reports already sent</source>
        <translation>Beim Hersteller auch die &amp;Löschung der bereits gesendeten Berichte anfordern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="199"/>
        <source>&amp;Leave</source>
        <translation>Teilnahme &amp;beenden</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="40"/>
        <source>Start the feedback &amp;tray icon when I log in</source>
        <translation>Feedback-Symbol im &amp;Infobereich bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="41"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="50"/>
        <source>&lt;b&gt;cep-gui %1&lt;/b&gt;&lt;br&gt;This is the Customer Experience Program client. It collects only the fields listed in the viewer, only while you take part, and keeps a copy of everything it sends.</source>
        <translation>&lt;b&gt;cep-gui %1&lt;/b&gt;&lt;br&gt;Dies ist der Client für das Programm zur Verbesserung der Benutzerfreundlichkeit. Er erfasst nur die Felder, die im Fenster „Was erfasst und gesendet wird“ aufgeführt sind, nur solange Sie teilnehmen, und bewahrt eine Kopie von allem auf, was er sendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="54"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="66"/>
        <source>Managed by your organization (%1).</source>
        <translation>Von Ihrer Organisation verwaltet (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="246"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="247"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="248"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="249"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="250"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="251"/>
        <source>Receipt</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="254"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="255"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="256"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="257"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="258"/>
        <source>not delivered yet</source>
        <translation>noch nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="259"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="260"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="262"/>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="262"/>
        <source>deletion request</source>
        <translation>Löschanforderung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="294"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>NextTab</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="418"/>
        <source>Collecting…</source>
        <translation>Wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="424"/>
        <source>Next report</source>
        <translation>Nächster Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="430"/>
        <source>This is exactly what would be sent now (%1 bytes before compression; shown with indentation).</source>
        <translation>Genau dies würde jetzt gesendet (%1 Byte vor der Komprimierung; zur besseren Lesbarkeit eingerückt).</translation>
    </message>
</context>
<context>
    <name>PreferencesWindow</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="253"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="259"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="269"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="270"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="271"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="12"/>
        <source>the server was unreachable</source>
        <extracomment>Reasons the core reports in English, marked so lupdate offers them for translation.</extracomment>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="13"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="14"/>
        <source>the connection broke off</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="15"/>
        <source>the proxy asked for a password</source>
        <translation>der Proxy hat ein Passwort verlangt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="16"/>
        <source>the proxy refused the connection</source>
        <translation>der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="17"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>das Zertifikat des Servers konnte nicht überprüft werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="18"/>
        <source>the server is busy (HTTP 429)</source>
        <translation>der Server ist ausgelastet (HTTP 429)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="19"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="20"/>
        <source>delivered (the server already had it)</source>
        <translation>zugestellt (lag dem Server bereits vor)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="22"/>
        <source>the server&apos;s certificate could not be verified (give its certificate file)</source>
        <translation>das Zertifikat des Servers konnte nicht überprüft werden (geben Sie seine Zertifikatsdatei an)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="25"/>
        <source>no secure connection could be made with the server</source>
        <translation>es konnte keine sichere Verbindung zum Server hergestellt werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="26"/>
        <source>the server refused the sign-in: wrong account or password, or this account is not a Configuration Manager administrator</source>
        <translation>der Server hat die Anmeldung abgelehnt: falsches Konto oder Passwort, oder dieses Konto ist kein Configuration-Manager-Administrator</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="30"/>
        <source>this account is not a Configuration Manager administrator</source>
        <translation>dieses Konto ist kein Configuration-Manager-Administrator</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="31"/>
        <source>the AdminService is not enabled on this server</source>
        <translation>der AdminService ist auf diesem Server nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="32"/>
        <source>the server&apos;s answer was not valid JSON</source>
        <translation>die Antwort des Servers war kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="33"/>
        <source>the server&apos;s answer was too large to read</source>
        <translation>die Antwort des Servers war zu groß, um sie zu lesen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="34"/>
        <source>the list was too long to read to the end</source>
        <translation>die Liste war zu lang, um sie bis zum Ende zu lesen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="35"/>
        <source>the server sent the rest of the list from another address, which was not followed</source>
        <translation>der Server hat den Rest der Liste von einer anderen Adresse gesendet; ihr wurde nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="39"/>
        <source>no AdminService URL is configured</source>
        <translation>es ist keine AdminService-URL eingerichtet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="40"/>
        <source>no system keyring is available, so the SCCM password cannot be read</source>
        <translation>es ist kein Schlüsselbund des Systems verfügbar, daher kann das SCCM-Passwort nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="43"/>
        <source>no password is saved for the SCCM account</source>
        <translation>für das SCCM-Konto ist kein Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="44"/>
        <source>no account is set and this computer cannot sign in to the server by itself</source>
        <translation>es ist kein Konto eingerichtet, und dieser Computer kann sich nicht selbst beim Server anmelden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="47"/>
        <source>the server asks for a sign-in method this program does not use</source>
        <translation>der Server verlangt eine Anmeldemethode, die dieses Programm nicht verwendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="48"/>
        <source>the certificate file could not be read</source>
        <translation>die Zertifikatsdatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="49"/>
        <source>collecting from the server took too long</source>
        <translation>das Erfassen vom Server hat zu lange gedauert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="50"/>
        <source>the server does not offer this information</source>
        <translation>der Server bietet diese Angaben nicht an</translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="321"/>
        <source>Sent reports</source>
        <translation>Gesendete Berichte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="331"/>
        <source>Show c&amp;hanges since the previous report</source>
        <translation>Änderungen seit dem &amp;vorherigen Bericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="337"/>
        <source>Report content</source>
        <translation>Inhalt des Berichts</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="338"/>
        <source>Select a report to see exactly what was sent.</source>
        <translation>Wählen Sie einen Bericht aus, um genau zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="344"/>
        <source>&amp;Export selected…</source>
        <translation>Auswahl &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="345"/>
        <source>Export &amp;all…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="346"/>
        <source>&amp;Delete history…</source>
        <translation>Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="381"/>
        <source>This is the first report: nothing to compare.</source>
        <translation>Dies ist der erste Bericht – es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="386"/>
        <source>previous report</source>
        <translation>vorheriger Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="387"/>
        <source>this report</source>
        <translation>dieser Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="390"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="397"/>
        <source>Export reports</source>
        <translation>Berichte exportieren</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="397"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="405"/>
        <source>Delete the history?</source>
        <translation>Verlauf löschen?</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="407"/>
        <source>Delete the local copies of all reports sent from this computer? The maker keeps what it received.</source>
        <translation>Die lokalen Kopien aller von diesem Computer gesendeten Berichte löschen? Der Hersteller behält, was er bereits erhalten hat.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../cep_gui/ui/shell.py" line="47"/>
        <source>No system tray was found, so there is no tray icon. Reports are sent on schedule while this window is open (minimized is fine).</source>
        <translation>Es wurde kein Infobereich (System Tray) gefunden, daher wird kein Symbol angezeigt. Berichte werden planmäßig gesendet, solange dieses Fenster geöffnet ist (auch minimiert).</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="82"/>
        <source>Taking part since %1.</source>
        <translation>Teilnahme seit %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="88"/>
        <source>Next report: %1.</source>
        <translation>Nächster Bericht: %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="94"/>
        <source>Not taking part. Nothing is collected or sent.</source>
        <translation>Keine Teilnahme. Es wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="99"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="100"/>
        <source>rejected by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="101"/>
        <source>not delivered within 30 days</source>
        <translation>innerhalb von 30 Tagen nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="104"/>
        <source>Last report: %1 (%2).</source>
        <translation>Letzter Bericht: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="111"/>
        <source>The last attempt failed: %1. It is tried again on %2.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1. Neuer Versuch am %2.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="120"/>
        <source>The last attempt failed: %1. It is tried again soon.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1. In Kürze folgt ein neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="135"/>
        <source>There is a problem; see Preferences</source>
        <translation>Es liegt ein Problem vor – Details finden Sie in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/app.py" line="51"/>
        <location filename="../../cep_gui/ui/texts.py" line="128"/>
        <source>Customer Experience Program</source>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="130"/>
        <source>Not taking part</source>
        <translation>Keine Teilnahme</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="141"/>
        <source>Next report: %1</source>
        <translation>Nächster Bericht: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="30"/>
        <source>Customer Experience Program</source>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="31"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="32"/>
        <source>&amp;What is sent…</source>
        <translation>&amp;Was gesendet wird…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="33"/>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="440"/>
        <source>What is collected and sent</source>
        <translation>Was erfasst und gesendet wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="447"/>
        <source>What is &amp;collected</source>
        <translation>&amp;Was erfasst wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="448"/>
        <source>&amp;Sent reports</source>
        <translation>&amp;Gesendete Berichte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="449"/>
        <source>&amp;Next report</source>
        <translation>&amp;Nächster Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="462"/>
        <source>could not collect: %1</source>
        <translation>Erfassung fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
