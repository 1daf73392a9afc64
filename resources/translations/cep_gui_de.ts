<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdvancedPage</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="96"/>
        <source>Reports are sent to:</source>
        <translation>Berichte werden gesendet an:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="98"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="106"/>
        <source>Searched in addition to each hypervisor&apos;s usual folders; separate folders with %1</source>
        <translation>Werden zusätzlich zu den üblichen Ordnern jedes Hypervisors durchsucht; trennen Sie Ordner mit %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="115"/>
        <source>&amp;Virtual machines also in:</source>
        <translation>&amp;Virtuelle Maschinen auch in:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="125"/>
        <source>AdminService &amp;URL:</source>
        <translation>AdminService-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="130"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="135"/>
        <source>Save in &amp;keyring</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="142"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="157"/>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="161"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="103"/>
        <source>Virtual machines also in</source>
        <translation>Virtuelle Maschinen auch in</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="111"/>
        <source>Add &amp;folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="119"/>
        <source>Configuration Manager (SCCM)</source>
        <translation>Configuration Manager (SCCM)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="123"/>
        <source>AdminService URL</source>
        <translation>AdminService-URL</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="128"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="134"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="137"/>
        <source>Saves the password in the system keyring</source>
        <translation>Speichert das Passwort im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="151"/>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="153"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="163"/>
        <source>Tests the connection to the SCCM AdminService</source>
        <translation>Testet die Verbindung zum SCCM-AdminService</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="185"/>
        <source>none (direct connection)</source>
        <translation>keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="191"/>
        <source>Managed by your organization (%1).</source>
        <translation>Von Ihrer Organisation verwaltet (%1).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="197"/>
        <source>Add a folder with virtual machines</source>
        <translation>Ordner mit virtuellen Maschinen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="209"/>
        <source>Choose the site&apos;s certificate file</source>
        <translation>Zertifikatsdatei des Standorts auswählen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="212"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="247"/>
        <source>The password was saved in the system keyring.</source>
        <translation>Das Passwort wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="267"/>
        <source>Connected: the AdminService answered (site version %1).</source>
        <translation>Verbunden: Der AdminService hat geantwortet (Standortversion %1).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="271"/>
        <source>Connected: the AdminService answered.</source>
        <translation>Verbunden: Der AdminService hat geantwortet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="273"/>
        <source>The connection failed: %1.</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="279"/>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="286"/>
        <source>No system keyring is available, so the password cannot be saved. SCCM data cannot be collected until a keyring is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann das Passwort nicht gespeichert werden. SCCM-Daten können erst erfasst werden, wenn ein Schlüsselbund verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="11"/>
        <source>Hardware of this computer</source>
        <translation>Hardware dieses Computers</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="12"/>
        <source>Processor, memory, disks, graphics, firmware and network adapter kinds of the computer the product runs on.</source>
        <translation>Prozessor, Arbeitsspeicher, Datenträger, Grafik, Firmware und Arten der Netzwerkadapter des Computers, auf dem das Produkt ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="16"/>
        <source>Software of this computer</source>
        <translation>Software dieses Computers</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="17"/>
        <source>Operating system name and version, desktop, language, and the names and versions of installed software.</source>
        <translation>Name und Version des Betriebssystems, Desktopumgebung, Sprache sowie Namen und Versionen der installierten Software.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="21"/>
        <source>Software of virtual machines</source>
        <translation>Software virtueller Maschinen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="22"/>
        <source>Guest operating system name and version and guest tools version of the virtual machines found on this computer.</source>
        <translation>Name und Version des Gastbetriebssystems sowie Version der Gasterweiterungen der virtuellen Maschinen, die auf diesem Computer gefunden wurden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="26"/>
        <source>Configuration of virtual machines</source>
        <translation>Konfiguration virtueller Maschinen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="27"/>
        <source>Technical settings of the virtual machines&apos; configuration files (processors, memory, disks, devices), without names, paths or addresses.</source>
        <translation>Technische Einstellungen aus den Konfigurationsdateien der virtuellen Maschinen (Prozessoren, Arbeitsspeicher, Datenträger, Geräte), ohne Namen, Pfade oder Adressen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="31"/>
        <source>SCCM site configuration</source>
        <translation>SCCM-Standortkonfiguration</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="32"/>
        <source>Version, type and size of the Microsoft Configuration Manager site this computer administers, as counts.</source>
        <translation>Version, Typ und Größe des Microsoft Configuration Manager-Standorts, den dieser Computer verwaltet, als reine Anzahlen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="36"/>
        <source>SCCM deployments</source>
        <translation>SCCM-Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="37"/>
        <source>How many applications, packages, policies and deployments the Configuration Manager site has, and which software it deploys.</source>
        <translation>Wie viele Anwendungen, Pakete, Richtlinien und Bereitstellungen der Configuration Manager-Standort hat und welche Software er bereitstellt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="41"/>
        <source>Feature usage</source>
        <translation>Nutzung von Funktionen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="42"/>
        <source>How often product features are used and which problems occur, as counts without times.</source>
        <translation>Wie oft Funktionen des Produkts verwendet werden und welche Probleme auftreten, als Anzahlen ohne Zeitangaben.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="46"/>
        <source>Processor model</source>
        <translation>Prozessormodell</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="47"/>
        <source>The processor&apos;s model name as the system reports it.</source>
        <translation>Der Modellname des Prozessors, wie das System ihn meldet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="48"/>
        <source>Know which processors the product must be tested and tuned on.</source>
        <translation>Wissen, auf welchen Prozessoren das Produkt getestet und optimiert werden muss.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="49"/>
        <source>Processor maker</source>
        <translation>Prozessorhersteller</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="50"/>
        <source>The company that made the processor.</source>
        <translation>Das Unternehmen, das den Prozessor hergestellt hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="51"/>
        <source>Decide which processor-specific features are worth supporting.</source>
        <translation>Entscheiden, welche prozessorspezifischen Funktionen sich zu unterstützen lohnen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="52"/>
        <source>Processor architecture</source>
        <translation>Prozessorarchitektur</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="53"/>
        <source>The instruction set the processor runs.</source>
        <translation>Der Befehlssatz, den der Prozessor ausführt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="54"/>
        <source>Decide which architectures the product is built for.</source>
        <translation>Entscheiden, für welche Architekturen das Produkt gebaut wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="55"/>
        <source>Processor sockets</source>
        <translation>Prozessorsockel</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="56"/>
        <source>How many physical processor packages the computer has.</source>
        <translation>Wie viele physische Prozessoren der Computer hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="57"/>
        <source>Tell workstations and servers apart when sizing performance work.</source>
        <translation>Arbeitsplatzrechner und Server bei der Planung von Leistungsarbeit unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="60"/>
        <source>Processor cores</source>
        <translation>Prozessorkerne</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="61"/>
        <source>Physical processor cores, all sockets together.</source>
        <translation>Physische Prozessorkerne aller Sockel zusammen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="62"/>
        <source>Size the default number of worker threads.</source>
        <translation>Die voreingestellte Anzahl von Arbeitsthreads bemessen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="63"/>
        <source>Logical processors</source>
        <translation>Logische Prozessoren</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="64"/>
        <source>Processor threads the operating system can schedule (cores times hyper-threads).</source>
        <translation>Prozessorthreads, die das Betriebssystem einplanen kann (Kerne mal Hyper-Threads).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="68"/>
        <source>Maximum processor speed</source>
        <translation>Höchste Prozessortaktrate</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="69"/>
        <source>The highest clock speed the processor reports.</source>
        <translation>Die höchste Taktrate, die der Prozessor meldet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="70"/>
        <source>Relate performance complaints to processor speed.</source>
        <translation>Beschwerden über die Leistung mit der Prozessortaktrate in Beziehung setzen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="71"/>
        <source>Hardware virtualization support</source>
        <translation>Unterstützung für Hardwarevirtualisierung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="72"/>
        <source>Whether the processor offers hardware virtualization (Intel VT-x or AMD-V) to the operating system.</source>
        <translation>Ob der Prozessor dem Betriebssystem Hardwarevirtualisierung (Intel VT-x oder AMD-V) anbietet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="76"/>
        <source>Know how many users can run virtual machines at full speed.</source>
        <translation>Wissen, wie viele Benutzer virtuelle Maschinen mit voller Geschwindigkeit ausführen können.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="77"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="78"/>
        <source>Installed memory, rounded to a common size so that it cannot single out a computer.</source>
        <translation>Eingebauter Arbeitsspeicher, auf eine gängige Größe gerundet, damit sich ein Computer daran nicht erkennen lässt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="82"/>
        <source>Choose sensible memory defaults and minimum requirements.</source>
        <translation>Sinnvolle Voreinstellungen und Mindestanforderungen für den Arbeitsspeicher wählen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="83"/>
        <source>Swap space</source>
        <translation>Auslagerungsspeicher</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="84"/>
        <source>Configured swap or page file size, rounded to a common size (0 when there is none).</source>
        <translation>Größe des eingerichteten Auslagerungsbereichs oder der Auslagerungsdatei, auf eine gängige Größe gerundet (0, wenn keiner vorhanden ist).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="88"/>
        <source>Understand behaviour under memory pressure.</source>
        <translation>Das Verhalten bei knappem Arbeitsspeicher verstehen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="89"/>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="90"/>
        <source>How many internal and fixed disks the computer has (removable drives, USB sticks, optical drives, disk images and virtual devices excluded).</source>
        <translation>Wie viele interne und fest eingebaute Datenträger der Computer hat (ohne Wechseldatenträger, USB-Sticks, optische Laufwerke, Abbilddateien und virtuelle Geräte).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="94"/>
        <source>Plan where the product stores large files.</source>
        <translation>Planen, wo das Produkt große Dateien ablegt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="95"/>
        <source>Disk kinds</source>
        <translation>Arten von Datenträgern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="96"/>
        <source>Disks counted by kind: solid-state (SSD), spinning (HDD), NVMe, or unknown where the system does not say.</source>
        <translation>Datenträger nach Art gezählt: Flash-Speicher (SSD), Festplatte (HDD), NVMe oder unbekannt, wo das System es nicht angibt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="100"/>
        <source>Decide how much disk speed the product can rely on.</source>
        <translation>Entscheiden, mit wie viel Datenträgergeschwindigkeit das Produkt rechnen kann.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="101"/>
        <source>Disk sizes</source>
        <translation>Größen der Datenträger</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="102"/>
        <source>The size of each disk, rounded to a common size, largest first.</source>
        <translation>Die Größe jedes Datenträgers, auf eine gängige Größe gerundet, der größte zuerst.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="103"/>
        <source>Choose sensible defaults for caches and virtual disk sizes.</source>
        <translation>Sinnvolle Voreinstellungen für Zwischenspeicher und die Größe virtueller Datenträger wählen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="104"/>
        <source>File system types</source>
        <translation>Dateisystemtypen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="105"/>
        <source>The kinds of file system mounted from local disks, in Linux spelling (ntfs, vfat, apfs ...); no mount points or labels.</source>
        <translation>Die Arten der von lokalen Datenträgern eingebundenen Dateisysteme in Linux-Schreibweise (ntfs, vfat, apfs ...); keine Einhängepunkte oder Bezeichnungen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="109"/>
        <source>Test the product on the file systems people actually use.</source>
        <translation>Das Produkt auf den Dateisystemen testen, die tatsächlich verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="110"/>
        <source>Graphics adapters</source>
        <translation>Grafikkarten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="111"/>
        <source>Each graphics adapter&apos;s maker and model.</source>
        <translation>Hersteller und Modell jeder Grafikkarte.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="112"/>
        <source>Know which graphics drivers the product&apos;s 3D features must work with.</source>
        <translation>Wissen, mit welchen Grafiktreibern die 3D-Funktionen des Produkts funktionieren müssen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="115"/>
        <source>Computer maker</source>
        <translation>Computerhersteller</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="116"/>
        <source>The computer&apos;s manufacturer from its firmware tables (never a serial number).</source>
        <translation>Der Hersteller des Computers laut seinen Firmware-Tabellen (niemals eine Seriennummer).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="119"/>
        <source>Know which computer makers&apos; quirks matter.</source>
        <translation>Wissen, welche Eigenheiten welcher Computerhersteller wichtig sind.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="120"/>
        <source>Computer model</source>
        <translation>Computermodell</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="121"/>
        <source>The computer&apos;s model name from its firmware tables (never a serial number).</source>
        <translation>Der Modellname des Computers laut seinen Firmware-Tabellen (niemals eine Seriennummer).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="124"/>
        <source>Reproduce problems that only occur on some models.</source>
        <translation>Probleme nachstellen, die nur bei einigen Modellen auftreten.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="125"/>
        <source>Kind of computer</source>
        <translation>Art des Computers</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="126"/>
        <source>Whether the computer is a desktop, laptop, server, tablet or virtual machine, from its firmware tables.</source>
        <translation>Ob der Computer ein Desktop-Rechner, Laptop, Server, Tablet oder eine virtuelle Maschine ist, laut seinen Firmware-Tabellen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="130"/>
        <source>Tune power use and layouts for the kinds of computers people use.</source>
        <translation>Energieverbrauch und Layouts auf die Arten von Computern abstimmen, die verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="133"/>
        <source>Firmware type</source>
        <translation>Firmware-Typ</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="134"/>
        <source>Whether the computer started through UEFI or legacy BIOS firmware.</source>
        <translation>Ob der Computer über UEFI- oder herkömmliche BIOS-Firmware gestartet ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="137"/>
        <source>Know whether features that need UEFI (such as virtual TPM) can be offered.</source>
        <translation>Wissen, ob Funktionen angeboten werden können, die UEFI voraussetzen (etwa ein virtuelles TPM).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="140"/>
        <source>Runs inside a virtual machine</source>
        <translation>Läuft in einer virtuellen Maschine</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="141"/>
        <source>Whether this computer is itself a virtual machine, and which hypervisor runs it (&apos;none&apos; on real hardware).</source>
        <translation>Ob dieser Computer selbst eine virtuelle Maschine ist und welcher Hypervisor ihn ausführt (&apos;none&apos; auf echter Hardware).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="145"/>
        <source>Understand nested-virtualization use and its problems.</source>
        <translation>Die Nutzung verschachtelter Virtualisierung und ihre Probleme verstehen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="146"/>
        <source>Has a battery</source>
        <translation>Hat einen Akku</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="147"/>
        <source>Whether the computer has a battery (a laptop or tablet).</source>
        <translation>Ob der Computer einen Akku hat (ein Laptop oder Tablet).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="148"/>
        <source>Decide how much effort battery-saving behaviour deserves.</source>
        <translation>Entscheiden, wie viel Aufwand ein akkuschonendes Verhalten verdient.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="149"/>
        <source>Network adapter kinds</source>
        <translation>Arten von Netzwerkadaptern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="150"/>
        <source>Physical network adapters counted by kind. Never their addresses or names.</source>
        <translation>Physische Netzwerkadapter nach Art gezählt. Niemals ihre Adressen oder Namen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="153"/>
        <source>Know which network setups the product&apos;s networking must support.</source>
        <translation>Wissen, welche Netzwerkumgebungen die Netzwerkfunktionen des Produkts unterstützen müssen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="156"/>
        <source>Operating system family</source>
        <translation>Betriebssystemfamilie</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="157"/>
        <source>Linux, Windows or macOS.</source>
        <translation>Linux, Windows oder macOS.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="158"/>
        <source>Decide where development and testing effort goes.</source>
        <translation>Entscheiden, wohin Entwicklungs- und Testaufwand fließt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="159"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="160"/>
        <source>The operating system&apos;s product name (the Linux distribution&apos;s name on Linux).</source>
        <translation>Der Produktname des Betriebssystems (unter Linux der Name der Distribution).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="163"/>
        <source>Decide which operating systems the product supports.</source>
        <translation>Entscheiden, welche Betriebssysteme das Produkt unterstützt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="164"/>
        <source>Operating system identifier</source>
        <translation>Kennung des Betriebssystems</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="165"/>
        <source>A short machine-readable name of the operating system or distribution.</source>
        <translation>Ein kurzer, maschinenlesbarer Name des Betriebssystems oder der Distribution.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="168"/>
        <source>Group reports by distribution reliably.</source>
        <translation>Berichte zuverlässig nach Distribution gruppieren.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="169"/>
        <source>Operating system version</source>
        <translation>Version des Betriebssystems</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="170"/>
        <source>The operating system&apos;s version number.</source>
        <translation>Die Versionsnummer des Betriebssystems.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="171"/>
        <source>Know which versions are still in use before dropping support.</source>
        <translation>Wissen, welche Versionen noch verwendet werden, bevor die Unterstützung endet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="172"/>
        <source>Release name</source>
        <translation>Name der Ausgabe</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="173"/>
        <source>The release&apos;s code name, where the system has one (Linux distributions).</source>
        <translation>Der Codename der Ausgabe, sofern das System einen hat (Linux-Distributionen).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="176"/>
        <source>Map versions to support periods.</source>
        <translation>Versionen den Unterstützungszeiträumen zuordnen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="177"/>
        <source>Operating system build</source>
        <translation>Build des Betriebssystems</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="178"/>
        <source>The build number within the version (Windows and macOS).</source>
        <translation>Die Buildnummer innerhalb der Version (Windows und macOS).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="179"/>
        <source>Relate problems to specific system updates.</source>
        <translation>Probleme bestimmten Systemaktualisierungen zuordnen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="180"/>
        <source>Kernel version</source>
        <translation>Kernel-Version</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="181"/>
        <source>The version of the operating system&apos;s kernel.</source>
        <translation>Die Version des Betriebssystemkernels.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="182"/>
        <source>Relate driver and virtualization problems to kernel versions.</source>
        <translation>Treiber- und Virtualisierungsprobleme Kernel-Versionen zuordnen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="183"/>
        <source>System architecture</source>
        <translation>Systemarchitektur</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="184"/>
        <source>The architecture the operating system was built for.</source>
        <translation>Die Architektur, für die das Betriebssystem gebaut wurde.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="185"/>
        <source>Decide which builds of the product to offer.</source>
        <translation>Entscheiden, welche Builds des Produkts angeboten werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="186"/>
        <source>Desktop environment</source>
        <translation>Desktopumgebung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="187"/>
        <source>The desktop the user session runs (Linux), such as GNOME or KDE.</source>
        <translation>Die Desktopumgebung der Benutzersitzung (Linux), etwa GNOME oder KDE.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="190"/>
        <source>Test tray icons and windows on the desktops people use.</source>
        <translation>Symbole im Infobereich und Fenster auf den tatsächlich verwendeten Desktops testen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="191"/>
        <source>Display system</source>
        <translation>Anzeigesystem</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="192"/>
        <source>The display system of the session (X11 or Wayland on Linux).</source>
        <translation>Das Anzeigesystem der Sitzung (unter Linux X11 oder Wayland).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="193"/>
        <source>Know how many users run Wayland, which changes how windows behave.</source>
        <translation>Wissen, wie viele Benutzer Wayland verwenden, das das Verhalten von Fenstern ändert.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="196"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="197"/>
        <source>The system&apos;s language and region setting, as a language tag.</source>
        <translation>Die Sprach- und Regionseinstellung des Systems als Sprachkennung.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="198"/>
        <source>Decide which translations to provide.</source>
        <translation>Entscheiden, welche Übersetzungen bereitgestellt werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="199"/>
        <source>Installed software</source>
        <translation>Installierte Software</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="204"/>
        <source>Find software that conflicts with the product and decide which integrations are worth building.</source>
        <translation>Software finden, die mit dem Produkt in Konflikt steht, und entscheiden, welche Integrationen sich lohnen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="208"/>
        <source>Installed software count</source>
        <translation>Anzahl installierter Software</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="213"/>
        <source>Know how complete the installed-software list is.</source>
        <translation>Wissen, wie vollständig die Liste der installierten Software ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="214"/>
        <source>Installed software left out</source>
        <translation>Ausgelassene installierte Software</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="200"/>
        <source>The name, version and package source of each installed program or package that comes from a public source: the distribution&apos;s package archive, Flathub, the Snap Store, the Mac App Store. Sorted and without duplicates. Software built or copied locally, from a company&apos;s own repository, or of an origin this computer cannot tell is never named: it is only counted (see &quot;Installed software counted without names&quot;).</source>
        <translation>Name, Version und Paketquelle jedes installierten Programms oder Pakets, das aus einer öffentlichen Quelle stammt: dem Paketarchiv der Distribution, Flathub, dem Snap Store, dem Mac App Store. Sortiert und ohne Doppelte. Software, die lokal gebaut oder kopiert wurde, aus einem firmeneigenen Paketarchiv stammt oder deren Herkunft dieser Computer nicht erkennen kann, wird nie genannt, sondern nur gezählt (siehe „Installierte Software, nur gezählt“).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="209"/>
        <source>How many installed programs and packages were found, named or not, before any were cut from the list.</source>
        <translation>Wie viele installierte Programme und Pakete gefunden wurden, genannt oder nicht, bevor welche aus der Liste gekürzt wurden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="215"/>
        <source>How many software entries that could have been named were left out of the list because it was longer than a limit (10,000 entries, or the 1 MiB size of a whole report), whichever cut them.</source>
        <translation>Wie viele Software-Einträge, die hätten genannt werden können, aus der Liste gelassen wurden, weil sie länger als eine Grenze war (10.000 Einträge oder die Größe von 1 MiB für einen ganzen Bericht), welche auch immer sie gekürzt hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="219"/>
        <source>Installed software counted without names</source>
        <translation>Installierte Software, nur gezählt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="220"/>
        <source>How many installed programs and packages are counted but not named, because they are not known to come from a public source: built or copied locally (their names can name a company or a computer), taken from a private repository, or of an origin this computer cannot tell. When the origin cannot be told at all (apt&apos;s package lists were cleaned; Windows&apos; list of programs keeps no origin), the report also says so in its collection notes.</source>
        <translation>Wie viele installierte Programme und Pakete gezählt, aber nicht genannt werden, weil nicht bekannt ist, dass sie aus einer öffentlichen Quelle stammen: lokal gebaut oder kopiert (ihre Namen können eine Firma oder einen Computer nennen), aus einem privaten Paketarchiv bezogen oder von einer Herkunft, die dieser Computer nicht erkennen kann. Lässt sich die Herkunft gar nicht feststellen (die Paketlisten von apt wurden gelöscht; die Programmliste von Windows speichert keine Herkunft), sagt der Bericht das auch in seinen Sammelhinweisen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="224"/>
        <source>Know how much software the installed-software list leaves out, without learning what it is.</source>
        <translation>Wissen, wie viel Software die Liste der installierten Software auslässt, ohne zu erfahren, welche.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="228"/>
        <source>Installed software by source</source>
        <translation>Installierte Software nach Quelle</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="229"/>
        <source>How many entries each package source contributed.</source>
        <translation>Wie viele Einträge jede Paketquelle beigetragen hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="230"/>
        <source>Know which packaging formats the product should be offered in.</source>
        <translation>Wissen, in welchen Paketformaten das Produkt angeboten werden sollte.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="231"/>
        <source>Features used</source>
        <translation>Verwendete Funktionen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="232"/>
        <source>How many times each product feature was used since the last report. Only counts: no times, no contents.</source>
        <translation>Wie oft jede Funktion des Produkts seit dem letzten Bericht verwendet wurde. Nur Anzahlen: keine Zeiten, keine Inhalte.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="236"/>
        <source>Know which features matter to people and which are never found.</source>
        <translation>Wissen, welche Funktionen wichtig sind und welche nie gefunden werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="237"/>
        <source>Problems seen</source>
        <translation>Aufgetretene Probleme</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="238"/>
        <source>How many times each known kind of problem occurred since the last report. Only counts: no messages, no times.</source>
        <translation>Wie oft jede bekannte Art von Problem seit dem letzten Bericht aufgetreten ist. Nur Anzahlen: keine Meldungen, keine Zeiten.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="242"/>
        <source>Find the problems that affect the most people first.</source>
        <translation>Zuerst die Probleme finden, die die meisten betreffen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="243"/>
        <source>Guest system family</source>
        <translation>Familie des Gastsystems</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="244"/>
        <source>The kind of operating system the virtual machine is set up for, as its hypervisor records it (Parallels OsType/OsNumber, VirtualBox OSType, VMware guestOS, libosinfo or unRAID metadata of libvirt, the system icon of UTM). Android and ChromeOS count as linux; OS/2, MS-DOS, NetWare, QNX, Haiku and ESXi as other; unknown when the configuration does not say (for example an encrypted machine).</source>
        <translation>Die Art des Betriebssystems, für das die virtuelle Maschine eingerichtet ist, wie ihr Hypervisor sie festhält (Parallels OsType/OsNumber, VirtualBox OSType, VMware guestOS, libosinfo- oder unRAID-Metadaten von libvirt, das Systemsymbol von UTM). Android und ChromeOS zählen als linux; OS/2, MS-DOS, NetWare, QNX, Haiku und ESXi als other; unknown, wenn die Konfiguration es nicht angibt (etwa bei einer verschlüsselten Maschine).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="248"/>
        <source>Know which guest systems the product&apos;s virtual machines run, to test and tune for them.</source>
        <translation>Wissen, welche Gastsysteme in den virtuellen Maschinen des Produkts laufen, um sie zu testen und darauf abzustimmen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="252"/>
        <source>Guest system</source>
        <translation>Gastsystem</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="253"/>
        <source>The guest operating system&apos;s product name from a fixed list the client maps every hypervisor&apos;s own identifiers to, never text typed by a user: Windows 3.1, 95, 98, ME, NT, 2000, XP, Vista, 7, 8, 8.1, 10, 11, Windows Server 2003 to 2025 (with 2008 R2 and 2012 R2), or just Windows; Ubuntu, Kubuntu, Lubuntu, Xubuntu, Debian, Fedora, Fedora CoreOS, Red Hat Enterprise Linux, Red Hat Linux, CentOS, CentOS Stream, Rocky Linux, AlmaLinux, Oracle Linux, CloudLinux, Virtuozzo, Virtuozzo Linux, openSUSE, SUSE Linux Enterprise, Arch Linux, Gentoo, Linux Mint, Mageia, Mandriva, OpenMandriva, PCLinuxOS, Alpine Linux, NixOS, Kali Linux, Slackware, Turbolinux, Xandros, Asianux, Amazon Linux, Photon OS, CoreOS, Pop!_OS, elementary OS, Android, ChromeOS, or just Linux; macOS; FreeBSD, OpenBSD, NetBSD, DragonFly BSD; Solaris, OpenSolaris; MS-DOS, OS/2, eComStation, ArcaOS, NetWare, QNX, Haiku, ESXi, Other.</source>
        <translation>Der Produktname des Gastbetriebssystems aus einer festen Liste, auf die der Client die eigenen Kennungen jedes Hypervisors abbildet, niemals von einem Benutzer eingegebener Text: Windows 3.1, 95, 98, ME, NT, 2000, XP, Vista, 7, 8, 8.1, 10, 11, Windows Server 2003 bis 2025 (mit 2008 R2 und 2012 R2) oder nur Windows; Ubuntu, Kubuntu, Lubuntu, Xubuntu, Debian, Fedora, Fedora CoreOS, Red Hat Enterprise Linux, Red Hat Linux, CentOS, CentOS Stream, Rocky Linux, AlmaLinux, Oracle Linux, CloudLinux, Virtuozzo, Virtuozzo Linux, openSUSE, SUSE Linux Enterprise, Arch Linux, Gentoo, Linux Mint, Mageia, Mandriva, OpenMandriva, PCLinuxOS, Alpine Linux, NixOS, Kali Linux, Slackware, Turbolinux, Xandros, Asianux, Amazon Linux, Photon OS, CoreOS, Pop!_OS, elementary OS, Android, ChromeOS oder nur Linux; macOS; FreeBSD, OpenBSD, NetBSD, DragonFly BSD; Solaris, OpenSolaris; MS-DOS, OS/2, eComStation, ArcaOS, NetWare, QNX, Haiku, ESXi, Other.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="257"/>
        <source>Know which guest systems and releases matter most, to decide what to support and test.</source>
        <translation>Wissen, welche Gastsysteme und Ausgaben am wichtigsten sind, um zu entscheiden, was unterstützt und getestet wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="261"/>
        <source>Guest system version</source>
        <translation>Version des Gastsystems</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="262"/>
        <source>The guest system&apos;s release number when the configuration names one (Ubuntu 22.04, Debian 12, macOS 13, Red Hat Enterprise Linux 9.2); Windows releases are part of the name instead.</source>
        <translation>Die Ausgabenummer des Gastsystems, wenn die Konfiguration eine nennt (Ubuntu 22.04, Debian 12, macOS 13, Red Hat Enterprise Linux 9.2); bei Windows ist die Ausgabe stattdessen Teil des Namens.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="266"/>
        <source>See how quickly guest systems are upgraded and which old releases still need support.</source>
        <translation>Sehen, wie schnell Gastsysteme aktualisiert werden und welche alten Ausgaben noch Unterstützung brauchen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="270"/>
        <source>Guest tools version</source>
        <translation>Version der Gasterweiterungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="271"/>
        <source>The version of the hypervisor&apos;s tools installed in the guest, where the configuration records it (VirtualBox Guest Additions, Parallels Tools).</source>
        <translation>Die Version der im Gast installierten Werkzeuge des Hypervisors, sofern die Konfiguration sie festhält (VirtualBox Guest Additions, Parallels Tools).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="275"/>
        <source>Know how many machines run outdated guest tools, which cause most integration problems.</source>
        <translation>Wissen, wie viele Maschinen veraltete Gasterweiterungen verwenden, die die meisten Integrationsprobleme verursachen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="279"/>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="280"/>
        <source>Which product&apos;s configuration file describes the machine: Parallels Desktop (config.pvs), VirtualBox (.vbox), VMware Workstation, Fusion or ESXi (.vmx), libvirt (domain XML, usually QEMU/KVM) or UTM (config.plist).</source>
        <translation>Welches Produkt die Konfigurationsdatei der Maschine geschrieben hat: Parallels Desktop (config.pvs), VirtualBox (.vbox), VMware Workstation, Fusion oder ESXi (.vmx), libvirt (Domain-XML, meist QEMU/KVM) oder UTM (config.plist).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="284"/>
        <source>Know which hypervisors people use next to the product, to make them work well together.</source>
        <translation>Wissen, welche Hypervisoren neben dem Produkt verwendet werden, damit sie gut zusammenarbeiten.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="288"/>
        <source>Configuration format version</source>
        <translation>Version des Konfigurationsformats</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="289"/>
        <source>The version of the configuration file format: the Parallels Desktop version that wrote it, the VirtualBox settings format (1.12 to 1.19), the VMware config.version, or the UTM ConfigurationVersion (2, 4, 5). libvirt files have none.</source>
        <translation>Die Version des Formats der Konfigurationsdatei: die Parallels-Desktop-Version, die sie geschrieben hat, das VirtualBox-Einstellungsformat (1.12 bis 1.19), die VMware-config.version oder die UTM-ConfigurationVersion (2, 4, 5). libvirt-Dateien haben keine.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="293"/>
        <source>Know which hypervisor releases are in use, to decide how far back compatibility must reach.</source>
        <translation>Wissen, welche Hypervisor-Ausgaben verwendet werden, um zu entscheiden, wie weit die Kompatibilität zurückreichen muss.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="297"/>
        <source>Virtual processors</source>
        <translation>Virtuelle Prozessoren</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="298"/>
        <source>How many virtual processors the machine is given (left out when it is set to follow the host, as UTM allows).</source>
        <translation>Wie viele virtuelle Prozessoren die Maschine erhält (entfällt, wenn sie sich nach dem Host richtet, wie UTM es erlaubt).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="302"/>
        <source>Size performance work for the machines people actually run.</source>
        <translation>Leistungsarbeit auf die Maschinen ausrichten, die tatsächlich betrieben werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="303"/>
        <source>Guest processor architecture</source>
        <translation>Prozessorarchitektur des Gasts</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="304"/>
        <source>The instruction set the machine is configured for, from its guest type or machine definition.</source>
        <translation>Der Befehlssatz, für den die Maschine eingerichtet ist, laut ihrem Gasttyp oder ihrer Maschinendefinition.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="308"/>
        <source>Know how many guests are ARM or emulated, which changes what the product must support.</source>
        <translation>Wissen, wie viele Gäste ARM-Systeme oder emuliert sind, was ändert, was das Produkt unterstützen muss.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="312"/>
        <source>Nested virtualization</source>
        <translation>Verschachtelte Virtualisierung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="313"/>
        <source>Whether the machine may run virtual machines of its own (hardware virtualization passed to the guest).</source>
        <translation>Ob die Maschine eigene virtuelle Maschinen ausführen darf (an den Gast weitergereichte Hardwarevirtualisierung).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="317"/>
        <source>Know how common nested setups are, which need special testing.</source>
        <translation>Wissen, wie verbreitet verschachtelte Umgebungen sind, die besondere Tests brauchen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="318"/>
        <source>Guest memory</source>
        <translation>Arbeitsspeicher des Gasts</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="319"/>
        <source>Memory given to the machine, rounded to a common size so that it cannot single out a machine.</source>
        <translation>Der Maschine zugewiesener Arbeitsspeicher, auf eine gängige Größe gerundet, damit sich eine Maschine daran nicht erkennen lässt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="323"/>
        <source>Choose sensible memory defaults for new virtual machines.</source>
        <translation>Sinnvolle Voreinstellungen für den Arbeitsspeicher neuer virtueller Maschinen wählen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="324"/>
        <source>Virtual disks</source>
        <translation>Virtuelle Datenträger</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="325"/>
        <source>How many hard disks are attached to the machine (CD/DVD drives and floppies not counted).</source>
        <translation>Wie viele Festplatten an die Maschine angeschlossen sind (CD/DVD-Laufwerke und Disketten nicht mitgezählt).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="329"/>
        <source>Know how storage is laid out in typical machines.</source>
        <translation>Wissen, wie der Speicher in typischen Maschinen aufgeteilt ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="330"/>
        <source>Virtual disk buses</source>
        <translation>Busse virtueller Datenträger</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="331"/>
        <source>The machine&apos;s hard disks counted by the controller they are attached to: SATA (AHCI), SCSI (including SAS), IDE, NVMe, VirtIO, USB or other.</source>
        <translation>Die Festplatten der Maschine nach ihrem Controller gezählt: SATA (AHCI), SCSI (einschließlich SAS), IDE, NVMe, VirtIO, USB oder andere.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="335"/>
        <source>Know which disk controllers must perform well and stay supported.</source>
        <translation>Wissen, welche Datenträger-Controller schnell sein und unterstützt bleiben müssen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="338"/>
        <source>Virtual disk capacity</source>
        <translation>Kapazität virtueller Datenträger</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="339"/>
        <source>All hard disks&apos; capacity together, rounded to a common size; only where the configuration file records disk sizes (Parallels), since other formats keep them inside the disk images, which are not read.</source>
        <translation>Die Kapazität aller Festplatten zusammen, auf eine gängige Größe gerundet; nur wo die Konfigurationsdatei Datenträgergrößen festhält (Parallels), denn andere Formate speichern sie in den Abbilddateien, die nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="343"/>
        <source>Choose sensible default disk sizes for new virtual machines.</source>
        <translation>Sinnvolle voreingestellte Datenträgergrößen für neue virtuelle Maschinen wählen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="344"/>
        <source>Network adapters</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="345"/>
        <source>How many network adapters are enabled in the machine.</source>
        <translation>Wie viele Netzwerkadapter in der Maschine aktiviert sind.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="346"/>
        <source>Know how networking is typically set up in virtual machines.</source>
        <translation>Wissen, wie das Netzwerk in virtuellen Maschinen üblicherweise eingerichtet ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="347"/>
        <source>Network attachment kinds</source>
        <translation>Arten der Netzwerkanbindung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="348"/>
        <source>The enabled network adapters counted by how they reach the network: nat (NAT, shared or user-mode networking, and libvirt&apos;s default network), bridged (to a host adapter), host_only, internal (between machines only) or other (not attached, custom or named networks).</source>
        <translation>Die aktivierten Netzwerkadapter danach gezählt, wie sie das Netzwerk erreichen: nat (NAT, gemeinsames oder Benutzermodus-Netzwerk und das Standardnetzwerk von libvirt), bridged (über einen Adapter des Hosts), host_only, internal (nur zwischen Maschinen) oder other (nicht verbunden, eigene oder benannte Netzwerke).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="352"/>
        <source>Know which network modes must work reliably.</source>
        <translation>Wissen, welche Netzwerkmodi zuverlässig funktionieren müssen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="353"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="354"/>
        <source>Whether the machine starts with legacy BIOS or UEFI firmware (left out for macOS guests of Apple&apos;s virtualization, which start from Apple&apos;s own boot ROM).</source>
        <translation>Ob die Maschine mit herkömmlicher BIOS- oder mit UEFI-Firmware startet (entfällt bei macOS-Gästen der Apple-Virtualisierung, die aus Apples eigenem Boot-ROM starten).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="358"/>
        <source>Know how many machines are ready for UEFI-only guest systems.</source>
        <translation>Wissen, wie viele Maschinen für Gastsysteme bereit sind, die nur mit UEFI laufen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="359"/>
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="360"/>
        <source>Whether UEFI Secure Boot is turned on for the machine.</source>
        <translation>Ob UEFI Secure Boot für die Maschine eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="361"/>
        <source>Know how many guests depend on Secure Boot, which Windows 11 and some Linux systems need.</source>
        <translation>Wissen, wie viele Gäste von Secure Boot abhängen, das Windows 11 und einige Linux-Systeme brauchen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="365"/>
        <source>Virtual TPM</source>
        <translation>Virtuelles TPM</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="366"/>
        <source>Whether the machine has a virtual Trusted Platform Module.</source>
        <translation>Ob die Maschine ein virtuelles Trusted Platform Module hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="367"/>
        <source>Know how many machines are ready for Windows 11 and disk encryption in the guest.</source>
        <translation>Wissen, wie viele Maschinen für Windows 11 und Datenträgerverschlüsselung im Gast bereit sind.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="371"/>
        <source>3D acceleration</source>
        <translation>3D-Beschleunigung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="372"/>
        <source>Whether 3D graphics acceleration is turned on for the machine.</source>
        <translation>Ob die 3D-Grafikbeschleunigung für die Maschine eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="373"/>
        <source>Know how much the graphics acceleration paths are used.</source>
        <translation>Wissen, wie stark die Wege der Grafikbeschleunigung genutzt werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="374"/>
        <source>USB controller</source>
        <translation>USB-Controller</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="375"/>
        <source>The newest USB controller the machine has: none, USB 1.1 (UHCI/OHCI), USB 2.0 (EHCI) or USB 3 (xHCI).</source>
        <translation>Der neueste USB-Controller der Maschine: keiner, USB 1.1 (UHCI/OHCI), USB 2.0 (EHCI) oder USB 3 (xHCI).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="379"/>
        <source>Know which USB controller emulation must stay supported.</source>
        <translation>Wissen, welche USB-Controller-Emulation unterstützt bleiben muss.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="380"/>
        <source>Shared folders</source>
        <translation>Freigegebene Ordner</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="381"/>
        <source>How many host folders are shared with the machine (only the number; no paths or names).</source>
        <translation>Wie viele Ordner des Hosts für die Maschine freigegeben sind (nur die Anzahl; keine Pfade oder Namen).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="385"/>
        <source>Know how much the folder-sharing feature is used.</source>
        <translation>Wissen, wie stark die Ordnerfreigabe genutzt wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="386"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="387"/>
        <source>How many snapshots the machine has, where the hypervisor keeps that list beside the configuration (VirtualBox, VMware, Parallels).</source>
        <translation>Wie viele Snapshots die Maschine hat, sofern der Hypervisor diese Liste neben der Konfiguration führt (VirtualBox, VMware, Parallels).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="391"/>
        <source>Know how heavily snapshots are used, which affects disk performance and space.</source>
        <translation>Wissen, wie stark Snapshots genutzt werden, was Geschwindigkeit und Platz der Datenträger beeinflusst.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="394"/>
        <source>Encrypted machine</source>
        <translation>Verschlüsselte Maschine</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="395"/>
        <source>Whether the machine or one of its disks is encrypted by the hypervisor. For an encrypted VMware machine this is almost all that can be known.</source>
        <translation>Ob die Maschine oder einer ihrer Datenträger vom Hypervisor verschlüsselt ist. Bei einer verschlüsselten VMware-Maschine ist das fast alles, was sich wissen lässt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="399"/>
        <source>Know how many users protect their virtual machines with encryption.</source>
        <translation>Wissen, wie viele Benutzer ihre virtuellen Maschinen durch Verschlüsselung schützen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="402"/>
        <source>Virtual hardware type</source>
        <translation>Typ der virtuellen Hardware</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="403"/>
        <source>The emulated platform: the QEMU machine type for libvirt and UTM (pc-q35-7.0, virt), the virtual hardware version for VMware (vmx-19), the chipset for VirtualBox (piix3, ich9), or apple-virtualization for UTM&apos;s Apple backend.</source>
        <translation>Die emulierte Plattform: der QEMU-Maschinentyp bei libvirt und UTM (pc-q35-7.0, virt), die Version der virtuellen Hardware bei VMware (vmx-19), der Chipsatz bei VirtualBox (piix3, ich9) oder apple-virtualization für das Apple-Backend von UTM.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="407"/>
        <source>Know which virtual hardware generations are still in use.</source>
        <translation>Wissen, welche Generationen virtueller Hardware noch verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="408"/>
        <source>Passed-through host devices</source>
        <translation>Durchgereichte Geräte des Hosts</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="409"/>
        <source>How many host PCI or USB devices are handed directly to the machine (only the number; no addresses or device names).</source>
        <translation>Wie viele PCI- oder USB-Geräte des Hosts direkt an die Maschine durchgereicht werden (nur die Anzahl; keine Adressen oder Gerätenamen).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="413"/>
        <source>Know how common device passthrough is, which needs special testing.</source>
        <translation>Wissen, wie verbreitet das Durchreichen von Geräten ist, das besondere Tests braucht.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="416"/>
        <source>Technical settings</source>
        <translation>Technische Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="417"/>
        <source>Selected technical settings copied from the configuration file, each key prefixed by its format (pvs: Parallels, vbox: VirtualBox, vmx: VMware, libvirt:, utm:) and written as an element path, attribute (@) or key. Only the settings listed in this field&apos;s allow-list can appear: processor, chipset, firmware, device models, controller types and feature switches. Names, notes, paths, MAC addresses, UUIDs, serial numbers, passwords, host adapter names, and memory and disk sizes never do.</source>
        <translation>Ausgewählte technische Einstellungen aus der Konfigurationsdatei, jeder Schlüssel mit seinem Format vorangestellt (pvs: Parallels, vbox: VirtualBox, vmx: VMware, libvirt:, utm:) und als Elementpfad, Attribut (@) oder Schlüssel geschrieben. Nur die Einstellungen auf der Positivliste dieses Felds können vorkommen: Prozessor, Chipsatz, Firmware, Gerätemodelle, Controllertypen und Funktionsschalter. Namen, Notizen, Pfade, MAC-Adressen, UUIDs, Seriennummern, Passwörter, Namen von Host-Adaptern sowie Größen von Arbeitsspeicher und Datenträgern niemals.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="421"/>
        <source>Find the setting combinations behind compatibility and performance problems.</source>
        <translation>Die Kombinationen von Einstellungen hinter Kompatibilitäts- und Leistungsproblemen finden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="424"/>
        <source>Configuration Manager version</source>
        <translation>Configuration-Manager-Version</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="425"/>
        <source>The version of the hierarchy&apos;s top site (the central administration site, or the primary site where there is none), as Configuration Manager reports it.</source>
        <translation>Die Version des obersten Standorts der Hierarchie (des Standorts der zentralen Verwaltung oder, wo es keinen gibt, des primären Standorts), wie Configuration Manager sie meldet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="429"/>
        <source>Know which Configuration Manager releases the product must support.</source>
        <translation>Wissen, welche Configuration-Manager-Ausgaben das Produkt unterstützen muss.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="432"/>
        <source>Configuration Manager build</source>
        <translation>Configuration-Manager-Build</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="433"/>
        <source>The build number of the top site&apos;s version (9128 is version 2403).</source>
        <translation>Die Buildnummer der Version des obersten Standorts (9128 ist Version 2403).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="436"/>
        <source>Group sites by release reliably.</source>
        <translation>Standorte zuverlässig nach Ausgabe gruppieren.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="437"/>
        <source>Type of the connected site</source>
        <translation>Typ des verbundenen Standorts</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="438"/>
        <source>Whether the site whose AdminService is used is a central administration site (cas) or a primary site (secondary sites have no AdminService of their own).</source>
        <translation>Ob der Standort, dessen AdminService verwendet wird, ein Standort der zentralen Verwaltung (cas) oder ein primärer Standort ist (sekundäre Standorte haben keinen eigenen AdminService).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="442"/>
        <source>Know where in a hierarchy the product is set up.</source>
        <translation>Wissen, wo in einer Hierarchie das Produkt eingerichtet ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="443"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="444"/>
        <source>How many sites the hierarchy has.</source>
        <translation>Wie viele Standorte die Hierarchie hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="445"/>
        <source>Size the hierarchies the product must handle.</source>
        <translation>Die Größe der Hierarchien bemessen, die das Produkt bewältigen muss.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="446"/>
        <source>Sites by type</source>
        <translation>Standorte nach Typ</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="447"/>
        <source>The hierarchy&apos;s sites counted by type: central administration site, primary and secondary sites.</source>
        <translation>Die Standorte der Hierarchie nach Typ gezählt: Standort der zentralen Verwaltung, primäre und sekundäre Standorte.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="451"/>
        <source>Know how hierarchies are built, to test the product on common layouts.</source>
        <translation>Wissen, wie Hierarchien aufgebaut sind, um das Produkt in gängigen Aufbauten zu testen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="454"/>
        <source>Site system roles</source>
        <translation>Standortsystemrollen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="455"/>
        <source>Site system roles counted by kind, one per role and server (distribution points, management points, software update points, reporting points, SQL servers ...); roles the client does not know count as other. Never the servers&apos; names.</source>
        <translation>Standortsystemrollen nach Art gezählt, eine je Rolle und Server (Verteilungspunkte, Verwaltungspunkte, Softwareupdatepunkte, Berichterstattungspunkte, SQL-Server ...); Rollen, die der Client nicht kennt, zählen als other. Niemals die Namen der Server.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="459"/>
        <source>Know which roles sites use, to decide which integrations are worth building.</source>
        <translation>Wissen, welche Rollen Standorte verwenden, um zu entscheiden, welche Integrationen sich lohnen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="462"/>
        <source>Distribution points</source>
        <translation>Verteilungspunkte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="463"/>
        <source>How many distribution points the hierarchy has.</source>
        <translation>Wie viele Verteilungspunkte die Hierarchie hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="464"/>
        <source>Size content distribution features for real sites.</source>
        <translation>Funktionen zur Inhaltsverteilung auf echte Standorte ausrichten.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="465"/>
        <source>Boundary groups</source>
        <translation>Begrenzungsgruppen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="466"/>
        <source>How many boundary groups are defined (only the number, never their names or networks).</source>
        <translation>Wie viele Begrenzungsgruppen festgelegt sind (nur die Anzahl, niemals ihre Namen oder Netzwerke).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="470"/>
        <source>Know how finely sites divide their network, which affects content location.</source>
        <translation>Wissen, wie fein Standorte ihr Netzwerk unterteilen, was das Auffinden von Inhalten beeinflusst.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="473"/>
        <source>Devices by operating system</source>
        <translation>Geräte nach Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="474"/>
        <source>The devices the site knows counted by operating-system family, from their operating-system string only (unknown when a device has none, such as unknown-computer entries). Never device names.</source>
        <translation>Die dem Standort bekannten Geräte nach Betriebssystemfamilie gezählt, nur anhand ihrer Betriebssystemangabe (unknown, wenn ein Gerät keine hat, etwa bei Einträgen unbekannter Computer). Niemals Gerätenamen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="478"/>
        <source>Know which systems the managed devices run, to test the product&apos;s client features on them.</source>
        <translation>Wissen, welche Systeme auf den verwalteten Geräten laufen, um die Client-Funktionen des Produkts darauf zu testen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="482"/>
        <source>Devices by client version</source>
        <translation>Geräte nach Clientversion</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="483"/>
        <source>The devices counted by Configuration Manager client version, cut to major.minor.build (5.00.9128); none for devices without a client. The 50 most common versions are listed, the rest count as other.</source>
        <translation>Die Geräte nach Version des Configuration-Manager-Clients gezählt, gekürzt auf Haupt.Neben.Build (5.00.9128); none für Geräte ohne Client. Die 50 häufigsten Versionen werden aufgeführt, der Rest zählt als other.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="487"/>
        <source>Know how quickly sites update their clients, to decide how long old clients need support.</source>
        <translation>Wissen, wie schnell Standorte ihre Clients aktualisieren, um zu entscheiden, wie lange alte Clients Unterstützung brauchen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="491"/>
        <source>Optional features</source>
        <translation>Optionale Funktionen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="492"/>
        <source>The site&apos;s optional Configuration Manager features (the Features node of Updates and Servicing) counted by whether they are turned on.</source>
        <translation>Die optionalen Configuration-Manager-Funktionen des Standorts (der Knoten Funktionen unter Updates und Wartung) danach gezählt, ob sie eingeschaltet sind.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="496"/>
        <source>Know how many sites turn on optional features the product may depend on.</source>
        <translation>Wissen, wie viele Standorte optionale Funktionen einschalten, auf die das Produkt angewiesen sein kann.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="499"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="500"/>
        <source>How many applications the site has (each counted once, at its latest revision).</source>
        <translation>Wie viele Anwendungen der Standort hat (jede einmal gezählt, in ihrer neuesten Revision).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="503"/>
        <source>Size application management features for real sites.</source>
        <translation>Funktionen zur Anwendungsverwaltung auf echte Standorte ausrichten.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="504"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="505"/>
        <source>How many classic software packages the site has.</source>
        <translation>Wie viele klassische Softwarepakete der Standort hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="506"/>
        <source>Know how much sites still rely on packages rather than applications.</source>
        <translation>Wissen, wie stark Standorte noch auf Pakete statt auf Anwendungen setzen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="509"/>
        <source>Configuration baselines</source>
        <translation>Konfigurationsbaselines</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="510"/>
        <source>How many configuration baselines (compliance settings) the site has, at their latest revision.</source>
        <translation>Wie viele Konfigurationsbaselines (Kompatibilitätseinstellungen) der Standort hat, in ihrer neuesten Revision.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="514"/>
        <source>Know how much compliance settings are used.</source>
        <translation>Wissen, wie stark Kompatibilitätseinstellungen genutzt werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="515"/>
        <source>Configuration items</source>
        <translation>Konfigurationselemente</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="516"/>
        <source>How many configuration items (compliance settings) the site has, at their latest revision.</source>
        <translation>Wie viele Konfigurationselemente (Kompatibilitätseinstellungen) der Standort hat, in ihrer neuesten Revision.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="520"/>
        <source>Software update groups</source>
        <translation>Softwareupdategruppen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="521"/>
        <source>How many software update groups the site has.</source>
        <translation>Wie viele Softwareupdategruppen der Standort hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="522"/>
        <source>Know how sites organize software updates.</source>
        <translation>Wissen, wie Standorte Softwareupdates organisieren.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="523"/>
        <source>Task sequences</source>
        <translation>Tasksequenzen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="524"/>
        <source>How many task sequences (operating system deployment and custom) the site has.</source>
        <translation>Wie viele Tasksequenzen (Betriebssystembereitstellung und eigene) der Standort hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="527"/>
        <source>Know how much operating system deployment is used.</source>
        <translation>Wissen, wie stark die Betriebssystembereitstellung genutzt wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="528"/>
        <source>Deployments by kind</source>
        <translation>Bereitstellungen nach Art</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="529"/>
        <source>Deployments counted by what they deploy: applications, programs of packages, software updates, baselines, task sequences, configuration policies and so on. Never their names or target collections.</source>
        <translation>Bereitstellungen danach gezählt, was sie bereitstellen: Anwendungen, Programme von Paketen, Softwareupdates, Baselines, Tasksequenzen, Konfigurationsrichtlinien und so weiter. Niemals ihre Namen oder Zielsammlungen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="533"/>
        <source>Know which kinds of deployment matter most to administrators.</source>
        <translation>Wissen, welche Arten von Bereitstellung Administratoren am wichtigsten sind.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="534"/>
        <source>Deployments by purpose</source>
        <translation>Bereitstellungen nach Zweck</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="535"/>
        <source>Deployments counted by purpose: required (installed automatically), available (offered to users) or simulated.</source>
        <translation>Bereitstellungen nach Zweck gezählt: erforderlich (automatisch installiert), verfügbar (Benutzern angeboten) oder simuliert.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="539"/>
        <source>Know how administrators deploy, to shape the product&apos;s deployment features.</source>
        <translation>Wissen, wie Administratoren bereitstellen, um die Bereitstellungsfunktionen des Produkts danach zu gestalten.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="542"/>
        <source>Software the site deploys</source>
        <translation>Software, die der Standort bereitstellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="543"/>
        <source>The maker, name and version of each application and package on the site, sorted and without duplicates. Paths, account names and the site&apos;s server names are removed from the text.</source>
        <translation>Hersteller, Name und Version jeder Anwendung und jedes Pakets des Standorts, sortiert und ohne Doppelungen. Pfade, Kontonamen und die Servernamen des Standorts werden aus dem Text entfernt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="547"/>
        <source>Software count</source>
        <translation>Anzahl der Software</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="548"/>
        <source>How many different applications and packages were found, before any were cut from the list.</source>
        <translation>Wie viele verschiedene Anwendungen und Pakete gefunden wurden, bevor die Liste gekürzt wurde.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="552"/>
        <source>Know how complete the software list is.</source>
        <translation>Wissen, wie vollständig die Softwareliste ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="553"/>
        <source>Software left out</source>
        <translation>Ausgelassene Software</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="554"/>
        <source>How many entries were left out of the software list because it was longer than the limit.</source>
        <translation>Wie viele Einträge in der Softwareliste ausgelassen wurden, weil sie länger als die Obergrenze war.</translation>
    </message>
</context>
<context>
    <name>CatalogChanges</name>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="706"/>
        <source>The first catalog: every field listed in the viewer and in docs/fields.md.</source>
        <translation>Der erste Katalog: jedes Feld, das im Fenster „Was erfasst und gesendet wird“ und in docs/fields.md aufgeführt ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="710"/>
        <source>Installed software that is not known to come from a public source (built locally, from a company&apos;s own repository, or of an origin this computer cannot tell) is no longer named: it is only counted, in the new field &quot;Installed software counted without names&quot;.</source>
        <translation>Installierte Software, die nicht nachweislich aus einer öffentlichen Quelle stammt (lokal gebaut, aus dem eigenen Repository eines Unternehmens oder unbekannter Herkunft), wird nicht mehr mit Namen genannt: Sie wird nur gezählt, im neuen Feld „Installierte Software, nur gezählt“.</translation>
    </message>
</context>
<context>
    <name>CatalogValue</name>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="597"/>
        <source>x86_64</source>
        <translation>x86_64</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="598"/>
        <source>x86</source>
        <translation>x86</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="599"/>
        <source>arm64</source>
        <translation>arm64</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="600"/>
        <source>arm</source>
        <translation>arm</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="601"/>
        <source>riscv64</source>
        <translation>riscv64</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="602"/>
        <source>ppc64le</source>
        <translation>ppc64le</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="603"/>
        <source>s390x</source>
        <translation>s390x</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="604"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="605"/>
        <source>vt-x</source>
        <translation>VT-x</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="606"/>
        <source>amd-v</source>
        <translation>AMD-V</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="607"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="608"/>
        <source>ssd</source>
        <translation>SSD</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="609"/>
        <source>hdd</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="610"/>
        <source>nvme</source>
        <translation>NVMe</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="611"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="612"/>
        <source>desktop</source>
        <translation>Desktop-PC</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="613"/>
        <source>laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="614"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="615"/>
        <source>tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="616"/>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="617"/>
        <source>uefi</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="618"/>
        <source>bios</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="619"/>
        <source>kvm</source>
        <translation>kvm</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="620"/>
        <source>qemu</source>
        <translation>qemu</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="621"/>
        <source>vmware</source>
        <translation>vmware</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="622"/>
        <source>virtualbox</source>
        <translation>virtualbox</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="623"/>
        <source>hyper-v</source>
        <translation>hyper-v</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="624"/>
        <source>xen</source>
        <translation>xen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="625"/>
        <source>parallels</source>
        <translation>parallels</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="626"/>
        <source>bhyve</source>
        <translation>bhyve</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="627"/>
        <source>firecracker</source>
        <translation>firecracker</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="628"/>
        <source>ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="629"/>
        <source>wifi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="630"/>
        <source>cellular</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="631"/>
        <source>bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="632"/>
        <source>linux</source>
        <translation>linux</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="633"/>
        <source>windows</source>
        <translation>windows</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="634"/>
        <source>macos</source>
        <translation>macos</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="635"/>
        <source>x11</source>
        <translation>x11</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="636"/>
        <source>wayland</source>
        <translation>wayland</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="637"/>
        <source>tty</source>
        <translation>tty</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="638"/>
        <source>dpkg</source>
        <translation>dpkg</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="639"/>
        <source>rpm</source>
        <translation>rpm</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="640"/>
        <source>flatpak</source>
        <translation>flatpak</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="641"/>
        <source>snap</source>
        <translation>snap</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="642"/>
        <source>bsd</source>
        <translation>bsd</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="643"/>
        <source>solaris</source>
        <translation>solaris</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="644"/>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="645"/>
        <source>utm</source>
        <translation>utm</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="646"/>
        <source>ppc64</source>
        <translation>ppc64</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="647"/>
        <source>ppc</source>
        <translation>ppc</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="648"/>
        <source>m68k</source>
        <translation>m68k</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="649"/>
        <source>sata</source>
        <translation>SATA</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="650"/>
        <source>scsi</source>
        <translation>SCSI</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="651"/>
        <source>ide</source>
        <translation>IDE</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="652"/>
        <source>virtio</source>
        <translation>virtio</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="653"/>
        <source>usb</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="654"/>
        <source>nat</source>
        <translation>NAT</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="655"/>
        <source>bridged</source>
        <translation>Netzwerkbrücke</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="656"/>
        <source>host_only</source>
        <translation>nur Host</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="657"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="658"/>
        <source>efi</source>
        <translation>EFI</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="659"/>
        <source>usb1</source>
        <translation>USB 1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="660"/>
        <source>usb2</source>
        <translation>USB 2</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="661"/>
        <source>usb3</source>
        <translation>USB 3</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="662"/>
        <source>cas</source>
        <translation>Zentraler Standort (CAS)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="663"/>
        <source>primary</source>
        <translation>primärer Standort</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="664"/>
        <source>secondary</source>
        <translation>sekundärer Standort</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="665"/>
        <source>application_catalog</source>
        <translation>Anwendungskatalog</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="666"/>
        <source>asset_intelligence_point</source>
        <translation>Asset Intelligence-Synchronisierungspunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="667"/>
        <source>certificate_registration_point</source>
        <translation>Zertifikatregistrierungspunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="668"/>
        <source>cloud_management_gateway</source>
        <translation>Cloudverwaltungsgateway</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="669"/>
        <source>component_server</source>
        <translation>Komponentenserver</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="670"/>
        <source>data_warehouse_point</source>
        <translation>Data Warehouse-Dienstpunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="671"/>
        <source>distribution_point</source>
        <translation>Verteilungspunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="672"/>
        <source>endpoint_protection_point</source>
        <translation>Endpoint Protection-Punkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="673"/>
        <source>enrollment_point</source>
        <translation>Registrierungspunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="674"/>
        <source>fallback_status_point</source>
        <translation>Fallbackstatuspunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="675"/>
        <source>management_point</source>
        <translation>Verwaltungspunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="676"/>
        <source>provider</source>
        <translation>SMS-Anbieter</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="677"/>
        <source>reporting_point</source>
        <translation>Reporting Services-Punkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="678"/>
        <source>service_connection_point</source>
        <translation>Dienstverbindungspunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="679"/>
        <source>site_server</source>
        <translation>Standortserver</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="680"/>
        <source>site_system</source>
        <translation>Standortsystem</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="681"/>
        <source>software_update_point</source>
        <translation>Softwareupdatepunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="682"/>
        <source>sql_server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="683"/>
        <source>state_migration_point</source>
        <translation>Zustandsmigrationspunkt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="684"/>
        <source>windows_workstation</source>
        <translation>Windows-Arbeitsstation</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="685"/>
        <source>windows_server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="686"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="687"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="688"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="689"/>
        <source>program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="690"/>
        <source>mobile_program</source>
        <translation>mobiles Programm</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="691"/>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="692"/>
        <source>software_update</source>
        <translation>Softwareupdate</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="693"/>
        <source>baseline</source>
        <translation>Konfigurationsbaseline</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="694"/>
        <source>task_sequence</source>
        <translation>Tasksequenz</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="695"/>
        <source>content_distribution</source>
        <translation>Inhaltsverteilung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="696"/>
        <source>distribution_point_group</source>
        <translation>Verteilungspunktgruppe</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="697"/>
        <source>distribution_point_health</source>
        <translation>Verteilungspunktintegrität</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="698"/>
        <source>configuration_policy</source>
        <translation>Konfigurationsrichtlinie</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="699"/>
        <source>abstract_configuration_item</source>
        <translation>abstraktes Konfigurationselement</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="700"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="701"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="702"/>
        <source>simulate</source>
        <translation>simuliert</translation>
    </message>
</context>
<context>
    <name>CollectedTab</name>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="79"/>
        <source>Field names, descriptions and values</source>
        <translation>Feldnamen, Beschreibungen und Werte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="81"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="84"/>
        <location filename="../../cep_gui/ui/collected_tab.py" line="85"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="87"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="90"/>
        <source>Show one category only</source>
        <translation>Nur eine Kategorie anzeigen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="91"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="77"/>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="94"/>
        <source>&amp;Only what is sent</source>
        <translation>Nur was gesen&amp;det wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="95"/>
        <source>Changed since the &amp;last report</source>
        <translation>Seit dem letzten Bericht geände&amp;rt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="106"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="106"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="106"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="106"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="125"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="154"/>
        <source>collecting…</source>
        <translation>wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="176"/>
        <source>No report has been delivered in this participation yet.</source>
        <translation>In dieser Teilnahme wurde noch kein Bericht zugestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/collected_tab.py" line="224"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="315"/>
        <source>Select a line to read what it is, why it is collected and how it is protected.</source>
        <translation>Wählen Sie eine Zeile aus, um zu erfahren, was sie enthält, warum sie erfasst wird und wie sie geschützt ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="337"/>
        <source>collected</source>
        <translation>wird erfasst</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="338"/>
        <source>State:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="344"/>
        <source>A virtual machine found on this computer. Its name is replaced by %1, so it says nothing about the machine.</source>
        <translation>Eine virtuelle Maschine, die auf diesem Computer gefunden wurde. Ihr Name wird durch %1 ersetzt, damit er nichts über die Maschine verrät.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="352"/>
        <source>Part of:</source>
        <translation>Teil von:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="354"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="355"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="356"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="361"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="363"/>
        <location filename="../../cep_gui/ui/collected_tab.py" line="368"/>
        <source>What it is:</source>
        <translation>Was es ist:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="364"/>
        <source>Why it is collected:</source>
        <translation>Warum es erfasst wird:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="368"/>
        <source>a value this version does not describe</source>
        <translation>ein Wert, den diese Version nicht beschreibt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="371"/>
        <source>Privacy:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="378"/>
        <source>Since the last report:</source>
        <translation>Seit dem letzten Bericht:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="112"/>
        <source>Collected fields</source>
        <translation>Erfasste Felder</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="272"/>
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="275"/>
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="278"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="281"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="284"/>
        <source>%n new fields are left out of reports until you look at them.</source>
        <translation>
            <numerusform>%n neues Feld wird in Berichten weggelassen, bis Sie es sich angesehen haben.</numerusform>
            <numerusform>%n neue Felder werden in Berichten weggelassen, bis Sie sie sich angesehen haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../cep_gui/ui/dialogs.py" line="49"/>
        <source>Also ask to &amp;delete the reports already sent</source>
        <translation>Beim Hersteller auch die &amp;Löschung der bereits gesendeten Berichte anfordern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/dialogs.py" line="53"/>
        <source>Leave the Customer Experience Program?</source>
        <translation>Teilnahme am Programm zur Verbesserung der Benutzerfreundlichkeit beenden?</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/dialogs.py" line="55"/>
        <source>Nothing more will be collected or sent, and reports that wait to be sent are deleted. The list of reports already sent stays on this computer until you delete it.</source>
        <translation>Es wird nichts mehr erfasst oder gesendet, und Berichte, die noch auf das Senden warten, werden gelöscht. Die Liste der bereits gesendeten Berichte bleibt auf diesem Computer, bis Sie sie löschen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/dialogs.py" line="59"/>
        <source>&amp;Leave</source>
        <translation>Teilnahme &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/dialogs.py" line="68"/>
        <source>Delete the list of sent reports?</source>
        <translation>Liste der gesendeten Berichte löschen?</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/dialogs.py" line="70"/>
        <source>The copies of the reports sent from this computer are deleted from this computer. The maker keeps what it received; to ask for that to be deleted, leave the program and tick “Also ask to delete the reports already sent”.</source>
        <translation>Die Kopien der von diesem Computer gesendeten Berichte werden von diesem Computer gelöscht. Der Hersteller behält, was er erhalten hat; um dessen Löschung anzufordern, beenden Sie die Teilnahme und kreuzen Sie „Beim Hersteller auch die Löschung der bereits gesendeten Berichte anfordern“ an.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/dialogs.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>FeedbackPane</name>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="136"/>
        <source>Customer Experience Program</source>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="148"/>
        <source>S&amp;how…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="158"/>
        <source>&amp;Privacy policy</source>
        <translation>Datenschutz&amp;erklärung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="171"/>
        <source>&amp;Take part in the Customer Experience Program</source>
        <translation>Am Programm zur Verbesserung der Benutzerfreundlichkeit &amp;teilnehmen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="178"/>
        <source>&amp;Keep reports on this computer only (send nothing)</source>
        <translation>Berichte nur hier &amp;behalten (nichts senden)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="181"/>
        <source>&amp;Ask me before each report is sent</source>
        <translation>Vor jedem Bericht &amp;fragen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="247"/>
        <source>&amp;Review the report…</source>
        <translation>Bericht &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="262"/>
        <source>&amp;What is collected and sent…</source>
        <translation>&amp;Was erfasst und gesendet wird…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="292"/>
        <source>Nothing is collected while your organization&apos;s policy is broken.</source>
        <translation>Solange die Richtlinie Ihrer Organisation fehlerhaft ist, wird nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="294"/>
        <source>Take part to choose what is collected.</source>
        <translation>Nehmen Sie teil, um auszuwählen, was erfasst wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="296"/>
        <source>No category is chosen, so nothing is collected or sent.</source>
        <translation>Es ist keine Kategorie ausgewählt, daher wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="306"/>
        <source>Not allowed by your organization.</source>
        <translation>Von Ihrer Organisation nicht zugelassen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="328"/>
        <source>Your organization keeps every report on this computer.</source>
        <translation>Ihre Organisation behält jeden Bericht auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="343"/>
        <source>Your organization asks for each report to be reviewed first.</source>
        <translation>Ihre Organisation verlangt, dass jeder Bericht vorher geprüft wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="345"/>
        <source>Your organization decides that reports are sent without asking.</source>
        <translation>Ihre Organisation legt fest, dass Berichte ohne Nachfrage gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="379"/>
        <source>When you take part, this product sends technical facts about this computer to its maker, who uses them to decide what to improve: hardware, operating system and installed software, and the other categories below. Nothing personal is collected: no names, e-mail or postal addresses, user or computer names, network addresses, documents or keystrokes, so nobody is ever contacted.</source>
        <translation>Wenn Sie teilnehmen, sendet dieses Produkt technische Angaben über diesen Computer an seinen Hersteller, der damit entscheidet, was verbessert wird: Hardware, Betriebssystem und installierte Software sowie die weiteren Kategorien unten. Nichts Persönliches wird erfasst: keine Namen, E-Mail- oder Postadressen, Benutzer- oder Computernamen, Netzwerkadressen, Dokumente oder Tastatureingaben – daher wird auch niemand kontaktiert.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="381"/>
        <source>The first report is sent 7 days after joining, then %1.</source>
        <translation>Der erste Bericht wird 7 Tage nach dem Beitritt gesendet, danach %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="386"/>
        <source>You can see every field and every report. Your organization requires this computer to take part, so it cannot be turned off here.</source>
        <translation>Sie können jedes Feld und jeden Bericht einsehen. Ihre Organisation verlangt die Teilnahme dieses Computers, daher lässt sie sich hier nicht ausschalten.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="392"/>
        <source>Your organization has turned the program off on this computer, so it cannot be turned on here.</source>
        <translation>Ihre Organisation hat das Programm auf diesem Computer ausgeschaltet, daher lässt es sich hier nicht einschalten.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="396"/>
        <source>You can see every field and every report.</source>
        <translation>Sie können jedes Feld und jeden Bericht einsehen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="399"/>
        <source>You can see every field and every report, and leave at any time.</source>
        <translation>Sie können jedes Feld und jeden Bericht einsehen und die Teilnahme jederzeit beenden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="412"/>
        <source>Your organization&apos;s policy could not be read. Nothing is collected or sent until it is fixed.</source>
        <translation>Die Richtlinie Ihrer Organisation konnte nicht gelesen werden. Bis sie korrigiert ist, wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="420"/>
        <source>Managed by your organization: this computer takes part in the program, and this cannot be changed here.</source>
        <translation>Von Ihrer Organisation verwaltet: Dieser Computer nimmt am Programm teil, und das lässt sich hier nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="428"/>
        <source>Managed by your organization: the program is turned off on this computer.</source>
        <translation>Von Ihrer Organisation verwaltet: Das Programm ist auf diesem Computer ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="435"/>
        <source>Managed by your organization: some of these settings are set for you.</source>
        <translation>Von Ihrer Organisation verwaltet: Einige dieser Einstellungen sind für Sie festgelegt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="444"/>
        <source>machine policy</source>
        <translation>Computerrichtlinie</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="445"/>
        <source>user policy</source>
        <translation>Benutzerrichtlinie</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="446"/>
        <source>recommended policy</source>
        <translation>empfohlene Richtlinie</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="447"/>
        <source>installer preset</source>
        <translation>Voreinstellung des Installationsprogramms</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="206"/>
        <source>What may be collected</source>
        <translation>Was erfasst werden darf</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="241"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="260"/>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="375"/>
        <source>every 14 days</source>
        <translation>alle 14 Tage</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="375"/>
        <source>every quarter (91 days)</source>
        <translation>einmal im Quartal (alle 91 Tage)</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="42"/>
        <source>Start the feedback &amp;tray icon when I log in</source>
        <translation>Feedback-Symbol im &amp;Infobereich bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="52"/>
        <source>&lt;b&gt;cep-gui %1&lt;/b&gt;&lt;br&gt;This is the Customer Experience Program client. It collects only the fields listed in the viewer, only while you take part, and keeps a copy of everything it sends.</source>
        <translation>&lt;b&gt;cep-gui %1&lt;/b&gt;&lt;br&gt;Dies ist der Client für das Programm zur Verbesserung der Benutzerfreundlichkeit. Er erfasst nur die Felder, die im Fenster „Was erfasst und gesendet wird“ aufgeführt sind, nur solange Sie teilnehmen, und bewahrt eine Kopie von allem auf, was er sendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="67"/>
        <source>Managed by your organization (%1).</source>
        <translation>Von Ihrer Organisation verwaltet (%1).</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="338"/>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="339"/>
        <source>not delivered yet, tried again later</source>
        <translation>noch nicht zugestellt, später neuer Versuch</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="340"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="341"/>
        <source>refused by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="342"/>
        <source>not delivered within 30 days</source>
        <translation>innerhalb von 30 Tagen nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="343"/>
        <source>stopped: participation changed</source>
        <translation>abgebrochen: Teilnahme geändert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="344"/>
        <source>not sent: participation changed</source>
        <translation>nicht gesendet: Teilnahme geändert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="345"/>
        <source>kept on this computer</source>
        <translation>auf diesem Computer behalten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="346"/>
        <source>skipped at review</source>
        <translation>bei der Prüfung übersprungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="368"/>
        <source>skipped at review: %1</source>
        <translation>bei der Prüfung übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="375"/>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="376"/>
        <source>deletion request</source>
        <translation>Löschanforderung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="399"/>
        <source>received %1</source>
        <translation>empfangen %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="405"/>
        <source>receipt no. %1</source>
        <translation>Empfangsnummer %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="104"/>
        <source>Sent</source>
        <extracomment>Rows measured to size the history&apos;s columns. The symbol before each change, so the list reads without colour too.</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="105"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="106"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="107"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="108"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="109"/>
        <source>Receipt</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="146"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>ManagedBanner</name>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="70"/>
        <source>&amp;Details</source>
        <extracomment>Lines the status box always has room for, so the buttons below never jump.</extracomment>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>NextTab</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="38"/>
        <source>Collecting…</source>
        <translation>Wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="44"/>
        <source>Next report</source>
        <translation>Nächster Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="50"/>
        <source>This is exactly what would be sent now (%1 bytes before compression; shown with indentation).</source>
        <translation>Genau dies würde jetzt gesendet (%1 Byte vor der Komprimierung; zur besseren Lesbarkeit eingerückt).</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="326"/>
        <source>What is collected has changed. Your organization&apos;s consent covers it; you can see what is new.</source>
        <translation>Was erfasst wird, hat sich geändert. Die Zustimmung Ihrer Organisation deckt das ab; Sie können sich ansehen, was neu ist.</translation>
    </message>
</context>
<context>
    <name>PreferencesWindow</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="310"/>
        <source>Preferences</source>
        <extracomment>Big enough for every page in German with a large desktop font (a test checks it).</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="316"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="326"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="327"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="328"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="561"/>
        <source>exact</source>
        <translation>genau</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="562"/>
        <source>sent as it is; left out if it contains anything identifying</source>
        <translation>wird unverändert gesendet; entfällt, wenn der Wert etwas Identifizierendes enthält</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="563"/>
        <source>rounded</source>
        <translation>gerundet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="564"/>
        <source>rounded to a common size so it cannot single out this computer</source>
        <translation>wird auf eine gängige Größe gerundet, damit sich dieser Computer daran nicht erkennen lässt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="565"/>
        <source>version only</source>
        <translation>nur Version</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="566"/>
        <source>only a version number is sent; anything else is left out</source>
        <translation>nur eine Versionsnummer wird gesendet; alles andere entfällt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="567"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="568"/>
        <source>names, paths and similar identifiers are replaced by neutral placeholders</source>
        <translation>Namen, Pfade und ähnliche Kennungen werden durch neutrale Platzhalter ersetzt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="571"/>
        <source>replaced by a neutral name such as vm-1</source>
        <translation>wird durch einen neutralen Namen wie vm-1 ersetzt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="572"/>
        <source>left out</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="573"/>
        <source>not collected: this category is excluded</source>
        <translation>nicht erfasst: diese Kategorie ist ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="106"/>
        <source>the server was unreachable</source>
        <extracomment>Reasons the core reports in English, marked so lupdate offers them for translation. An HTTP status in a reason is a placeholder (%1), and a server&apos;s own text after it %2.</extracomment>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="107"/>
        <source>the proxy was unreachable</source>
        <translation>der Proxy war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="108"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="109"/>
        <source>the connection broke off</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="110"/>
        <source>the proxy asked for a password</source>
        <translation>der Proxy hat ein Passwort verlangt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="111"/>
        <source>the proxy refused the connection</source>
        <translation>der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="112"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>das Zertifikat des Servers konnte nicht überprüft werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="113"/>
        <source>the server is busy (HTTP %1)</source>
        <translation>der Server ist ausgelastet (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="114"/>
        <source>the server had a problem (HTTP %1)</source>
        <translation>der Server hatte ein Problem (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="115"/>
        <source>the server refused our credentials (HTTP %1)</source>
        <translation>der Server hat die Zugangsdaten abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="116"/>
        <source>the server rejected it for good (HTTP %1)</source>
        <translation>der Server hat ihn endgültig abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="117"/>
        <source>the server rejected it for good (HTTP %1: %2)</source>
        <translation>der Server hat ihn endgültig abgelehnt (HTTP %1: %2)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="118"/>
        <source>the server redirected elsewhere (HTTP %1); not followed</source>
        <translation>der Server hat an eine andere Adresse umgeleitet (HTTP %1); der Umleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="119"/>
        <source>cancelled: participation ended during the upload</source>
        <translation>abgebrochen: die Teilnahme endete während des Hochladens</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="120"/>
        <source>cancelled: participation ended during the upload, but every byte of it had already reached the other side, so the server may have received it</source>
        <translation>abgebrochen: die Teilnahme endete während des Hochladens, doch alle Bytes waren schon bei der Gegenseite angekommen, der Server hat den Bericht also vielleicht erhalten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="125"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="126"/>
        <source>delivered (the server already had it)</source>
        <translation>zugestellt (lag dem Server bereits vor)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="127"/>
        <source>it was not delivered</source>
        <translation>er wurde nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="129"/>
        <source>another cep-gui process is sending a report; try again in a moment</source>
        <translation>ein anderer cep-gui-Prozess sendet gerade einen Bericht; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="132"/>
        <source>no category is chosen, so there is nothing to send</source>
        <translation>es ist keine Kategorie ausgewählt, daher gibt es nichts zu senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="133"/>
        <source>nothing is sent while the managed policy is broken</source>
        <translation>solange die verwaltete Richtlinie fehlerhaft ist, wird nichts gesendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="134"/>
        <source>participation changed while the report was being built, so it was discarded</source>
        <translation>die Teilnahme hat sich geändert, während der Bericht erstellt wurde, daher wurde er verworfen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="138"/>
        <source>the server&apos;s certificate could not be verified (give its certificate file)</source>
        <translation>das Zertifikat des Servers konnte nicht überprüft werden (geben Sie seine Zertifikatsdatei an)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="141"/>
        <source>no secure connection could be made with the server</source>
        <translation>es konnte keine sichere Verbindung zum Server hergestellt werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="142"/>
        <source>the server refused the sign-in: wrong account or password, or this account is not a Configuration Manager administrator</source>
        <translation>der Server hat die Anmeldung abgelehnt: falsches Konto oder Passwort, oder dieses Konto ist kein Configuration-Manager-Administrator</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="146"/>
        <source>this account is not a Configuration Manager administrator</source>
        <translation>dieses Konto ist kein Configuration-Manager-Administrator</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="147"/>
        <source>the AdminService is not enabled on this server</source>
        <translation>der AdminService ist auf diesem Server nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="148"/>
        <source>the server&apos;s answer was not valid JSON</source>
        <translation>die Antwort des Servers war kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="149"/>
        <source>the server&apos;s answer was too large to read</source>
        <translation>die Antwort des Servers war zu groß, um sie zu lesen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="150"/>
        <source>the list was too long to read to the end</source>
        <translation>die Liste war zu lang, um sie bis zum Ende zu lesen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="151"/>
        <source>the server sent the rest of the list from another address, which was not followed</source>
        <translation>der Server hat den Rest der Liste von einer anderen Adresse gesendet; ihr wurde nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="155"/>
        <source>no AdminService URL is configured</source>
        <translation>es ist keine AdminService-URL eingerichtet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="156"/>
        <source>no system keyring is available, so the SCCM password cannot be read</source>
        <translation>es ist kein Schlüsselbund des Systems verfügbar, daher kann das SCCM-Passwort nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="159"/>
        <source>no password is saved for the SCCM account</source>
        <translation>für das SCCM-Konto ist kein Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="160"/>
        <source>no account is set and this computer cannot sign in to the server by itself</source>
        <translation>es ist kein Konto eingerichtet, und dieser Computer kann sich nicht selbst beim Server anmelden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="163"/>
        <source>the server asks for a sign-in method this program does not use</source>
        <translation>der Server verlangt eine Anmeldemethode, die dieses Programm nicht verwendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="164"/>
        <source>the certificate file could not be read</source>
        <translation>die Zertifikatsdatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="165"/>
        <source>collecting from the server took too long</source>
        <translation>das Erfassen vom Server hat zu lange gedauert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="166"/>
        <source>the server does not offer this information</source>
        <translation>der Server bietet diese Angaben nicht an</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="168"/>
        <source>you chose not to send it</source>
        <translation>Sie haben entschieden, ihn nicht zu senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="169"/>
        <source>nobody answered within 14 days</source>
        <translation>innerhalb von 14 Tagen kam keine Antwort</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="170"/>
        <source>your organization&apos;s relay is asked only while this computer takes part and sends reports</source>
        <translation>der Relay-Server Ihrer Organisation wird nur gefragt, solange dieser Computer teilnimmt und Berichte sendet</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="178"/>
        <source>held by your organization&apos;s relay</source>
        <translation>vom Relay-Server Ihrer Organisation zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="179"/>
        <source>released by your organization&apos;s relay</source>
        <translation>vom Relay-Server Ihrer Organisation freigegeben</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="180"/>
        <source>released by your organization&apos;s relay (carried to the vendor offline)</source>
        <translation>vom Relay-Server Ihrer Organisation freigegeben (offline zum Hersteller gebracht)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="183"/>
        <source>released by your organization&apos;s relay and delivered</source>
        <translation>vom Relay-Server Ihrer Organisation freigegeben und zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="184"/>
        <source>released by your organization&apos;s relay; the vendor refused it</source>
        <translation>vom Relay-Server Ihrer Organisation freigegeben; der Hersteller hat ihn abgelehnt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="185"/>
        <source>not sent: your organization&apos;s relay rejected it</source>
        <translation>nicht gesendet: der Relay-Server Ihrer Organisation hat ihn abgelehnt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="189"/>
        <source>at your organization&apos;s relay (%1)</source>
        <translation>beim Relay-Server Ihrer Organisation (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="64"/>
        <source>This report waits for your review before it is sent. Below is exactly what would be sent: every field, and the document itself.</source>
        <translation>Dieser Bericht wartet auf Ihre Prüfung, bevor er gesendet wird. Unten steht genau, was gesendet würde: jedes Feld und das Dokument selbst.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="78"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="78"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="78"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="78"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="82"/>
        <source>Fields of the report</source>
        <translation>Felder des Berichts</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="96"/>
        <source>Exact document</source>
        <translation>Genaues Dokument</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="107"/>
        <source>Send this re&amp;port</source>
        <translation>Diesen Bericht &amp;senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="108"/>
        <source>Don&apos;&amp;t send</source>
        <translation>Nich&amp;t senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="110"/>
        <source>Skip this period: the report is recorded as skipped and never sent.</source>
        <translation>Diesen Zeitraum überspringen: Der Bericht wird als übersprungen vermerkt und nie gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="112"/>
        <source>Re&amp;mind me tomorrow</source>
        <translation>&amp;Morgen erinnern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="166"/>
        <source>Built on %1; %2 bytes, shown with indentation.</source>
        <translation>Erstellt am %1; %2 Bytes, mit Einrückung angezeigt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="173"/>
        <source>You asked to be reminded; the next reminder is on %1.</source>
        <translation>Sie möchten erinnert werden; die nächste Erinnerung kommt am %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/review_tab.py" line="178"/>
        <source>If you do not answer by %1, it is skipped and never sent.</source>
        <translation>Wenn Sie bis %1 nicht antworten, wird er übersprungen und nie gesendet.</translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="165"/>
        <source>Sent reports</source>
        <translation>Gesendete Berichte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="180"/>
        <source>Show c&amp;hanges since the previous report</source>
        <translation>Änderungen seit dem &amp;vorherigen Bericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="190"/>
        <source>Report content</source>
        <translation>Inhalt des Berichts</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="191"/>
        <source>Select a report to see exactly what was sent.</source>
        <translation>Wählen Sie einen Bericht aus, um genau zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="193"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="197"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="197"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="197"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="197"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="208"/>
        <source>&amp;Export selected…</source>
        <translation>Auswahl &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="209"/>
        <source>Export &amp;all…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="210"/>
        <source>&amp;Delete the list…</source>
        <translation>Liste &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="222"/>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="261"/>
        <source>Exactly what was sent (%1 bytes), shown with indentation; export keeps the exact bytes.</source>
        <translation>Genau das, was gesendet wurde (%1 Byte), eingerückt dargestellt; der Export behält die exakten Bytes.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="276"/>
        <source>This report cannot be read, so it cannot be compared.</source>
        <translation>Dieser Bericht kann nicht gelesen und daher nicht verglichen werden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="281"/>
        <source>This is the first report of this participation: there is nothing to compare it with.</source>
        <translation>Dies ist der erste Bericht dieser Teilnahme: Es gibt nichts, womit er verglichen werden könnte.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="287"/>
        <source>Nothing changed since the previous report.</source>
        <translation>Seit dem vorherigen Bericht hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/sent_tab.py" line="291"/>
        <source>%n changes since the previous report of this participation:</source>
        <translation>
            <numerusform>%n Änderung seit dem vorherigen Bericht dieser Teilnahme:</numerusform>
            <numerusform>%n Änderungen seit dem vorherigen Bericht dieser Teilnahme:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="322"/>
        <source>The export failed: %1.</source>
        <translation>Der Export ist fehlgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/sent_tab.py" line="326"/>
        <source>Saved %n reports to %1.</source>
        <translation>
            <numerusform>%n Bericht in %1 gespeichert.</numerusform>
            <numerusform>%n Berichte in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="357"/>
        <source>The list of sent reports was deleted.</source>
        <translation>Die Liste der gesendeten Berichte wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="343"/>
        <source>Export reports</source>
        <translation>Berichte exportieren</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="346"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../cep_gui/ui/shell.py" line="52"/>
        <source>No system tray was found, so there is no tray icon. Reports are sent on schedule while this window is open (minimized is fine).</source>
        <translation>Es wurde kein Infobereich (System Tray) gefunden, daher wird kein Symbol angezeigt. Berichte werden planmäßig gesendet, solange dieses Fenster geöffnet ist (auch minimiert).</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="32"/>
        <source>Not taking part: your organization has turned the program off on this computer. Nothing is collected or sent.</source>
        <translation>Keine Teilnahme: Ihre Organisation hat das Programm auf diesem Computer ausgeschaltet. Es wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="36"/>
        <source>Taking part since %1.</source>
        <translation>Teilnahme seit %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="37"/>
        <source>Taking part since %1, as your organization requires.</source>
        <translation>Teilnahme seit %1, wie von Ihrer Organisation verlangt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="38"/>
        <source>Taking part since %1, but no category is chosen, so nothing is collected or sent.</source>
        <translation>Teilnahme seit %1, aber es ist keine Kategorie ausgewählt, daher wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="42"/>
        <source>Paused: your organization&apos;s policy could not be read, so nothing is collected or sent.</source>
        <translation>Angehalten: Die Richtlinie Ihrer Organisation konnte nicht gelesen werden, daher wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="46"/>
        <source>You left the program. Nothing is sent; this is saved as soon as the disk has space.</source>
        <translation>Sie haben die Teilnahme beendet. Es wird nichts gesendet; das wird gespeichert, sobald auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="50"/>
        <source>Sending a report now…</source>
        <translation>Ein Bericht wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="51"/>
        <source>Next report: %1 (%2).</source>
        <translation>Nächster Bericht: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="52"/>
        <source>Next report: due now.</source>
        <translation>Nächster Bericht: jetzt fällig.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="53"/>
        <source>No report has been sent yet.</source>
        <translation>Es wurde noch kein Bericht gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="54"/>
        <source>Last report: delivered on %1.</source>
        <translation>Letzter Bericht: zugestellt am %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="55"/>
        <source>Last report: refused by the server on %1 (HTTP %2); it is not sent again.</source>
        <translation>Letzter Bericht: am %1 vom Server abgelehnt (HTTP %2); er wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="58"/>
        <source>Last report: not delivered within 30 days, so it was deleted (%1).</source>
        <translation>Letzter Bericht: innerhalb von 30 Tagen nicht zugestellt, daher gelöscht (%1).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="61"/>
        <source>Last report: stopped on %1 because participation changed while it was being sent.</source>
        <translation>Letzter Bericht: am %1 abgebrochen, weil sich die Teilnahme während des Sendens geändert hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="65"/>
        <source>Last report: not sent (%1) because participation changed before it went out.</source>
        <translation>Letzter Bericht: nicht gesendet (%1), weil sich die Teilnahme vorher geändert hat.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="68"/>
        <source>Last report: not delivered yet: %1. Next try %2 (%3).</source>
        <translation>Letzter Bericht: noch nicht zugestellt: %1. Neuer Versuch %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="69"/>
        <source>Last report: not delivered yet: %1. It is tried again soon.</source>
        <translation>Letzter Bericht: noch nicht zugestellt: %1. In Kürze folgt ein neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="70"/>
        <source>Last report: the attempt on %1 was interrupted; it is tried again.</source>
        <translation>Letzter Bericht: Der Versuch am %1 wurde unterbrochen; er wird wiederholt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="73"/>
        <source>Last report: kept on this computer on %1, not sent.</source>
        <translation>Letzter Bericht: am %1 auf diesem Computer behalten, nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="74"/>
        <source>Last report: not sent (%1): it was skipped at review.</source>
        <translation>Letzter Bericht: nicht gesendet (%1): bei der Prüfung übersprungen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="75"/>
        <source>Reports are kept on this computer only; nothing is sent.</source>
        <translation>Berichte bleiben nur auf diesem Computer; es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="76"/>
        <source>A report waits for your review before it is sent.</source>
        <translation>Ein Bericht wartet auf Ihre Prüfung, bevor er gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="77"/>
        <source>New fields are left out until you agree to them: %1.</source>
        <translation>Neue Felder entfallen, bis Sie ihnen zustimmen: %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="78"/>
        <source>A report waits for your review.</source>
        <translation>Ein Bericht wartet auf Ihre Prüfung.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="79"/>
        <source>Taking part; reports stay on this computer.</source>
        <translation>Teilnahme; Berichte bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="80"/>
        <source>The server refused this computer&apos;s credentials (HTTP %1). Reports wait until this is fixed.</source>
        <translation>Der Server hat die Zugangsdaten dieses Computers abgelehnt (HTTP %1). Berichte warten, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="84"/>
        <source>Your organization&apos;s policy could not be read. Nothing is collected or sent until it is fixed.</source>
        <translation>Die Richtlinie Ihrer Organisation konnte nicht gelesen werden. Bis sie korrigiert ist, wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="88"/>
        <source>Your organization turned the Customer Experience Program on for this computer. You can review what is collected before the first report is sent.</source>
        <translation>Ihre Organisation hat das Programm zur Verbesserung der Benutzerfreundlichkeit auf diesem Computer eingeschaltet. Sie können prüfen, was erfasst wird, bevor der erste Bericht gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="92"/>
        <source>Your organization&apos;s policy takes effect at the next run.</source>
        <translation>Die Richtlinie Ihrer Organisation wird beim nächsten Lauf wirksam.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="93"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="94"/>
        <source>Taking part. Next report %1.</source>
        <translation>Teilnahme. Nächster Bericht %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="95"/>
        <source>Taking part. A report is due now.</source>
        <translation>Teilnahme. Ein Bericht ist jetzt fällig.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="96"/>
        <source>Taking part. The last report is not delivered yet; next try %1.</source>
        <translation>Teilnahme. Der letzte Bericht ist noch nicht zugestellt; neuer Versuch %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="97"/>
        <source>Reports wait: the server refused this computer&apos;s credentials.</source>
        <translation>Berichte warten: Der Server hat die Zugangsdaten dieses Computers abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="98"/>
        <source>Taking part, but no category is chosen.</source>
        <translation>Teilnahme, aber keine Kategorie ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="99"/>
        <source>Not taking part.</source>
        <translation>Keine Teilnahme.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="100"/>
        <source>Not taking part (turned off by your organization).</source>
        <translation>Keine Teilnahme (von Ihrer Organisation ausgeschaltet).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="239"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="31"/>
        <source>Not taking part. Nothing is collected or sent.</source>
        <extracomment>The status sentences of core (cep_gui.core.status.TEMPLATES), for lupdate.</extracomment>
        <translation>Keine Teilnahme. Es wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/app.py" line="55"/>
        <location filename="../../cep_gui/ui/tray.py" line="39"/>
        <location filename="../../cep_gui/ui/tray.py" line="171"/>
        <source>Customer Experience Program</source>
        <extracomment>Notifications shown, as (title, text): what the user was told, in order.</extracomment>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="57"/>
        <source>Customer Experience Program</source>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="60"/>
        <source>&amp;Take part</source>
        <translation>&amp;Teilnehmen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="62"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="63"/>
        <source>&amp;What is collected and sent…</source>
        <translation>&amp;Was erfasst und gesendet wird…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="64"/>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="65"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="577"/>
        <source>Preferences opened</source>
        <translation>Einstellungen geöffnet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="578"/>
        <source>Viewer opened</source>
        <translation>Anzeige geöffnet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="579"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="580"/>
        <source>Report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="581"/>
        <source>History deleted</source>
        <translation>Verlauf gelöscht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="582"/>
        <source>Categories changed</source>
        <translation>Kategorien geändert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="583"/>
        <source>VM created</source>
        <translation>VM erstellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="584"/>
        <source>VM started</source>
        <translation>VM gestartet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="585"/>
        <source>Snapshot taken</source>
        <translation>Snapshot erstellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="586"/>
        <source>Shared folder added</source>
        <translation>Freigegebener Ordner hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="587"/>
        <source>Console opened</source>
        <translation>Konsole geöffnet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="588"/>
        <source>Upload failed</source>
        <translation>Hochladen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="589"/>
        <source>Collector failed</source>
        <translation>Erfassung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="590"/>
        <source>Policy broken</source>
        <translation>Richtlinie fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="591"/>
        <source>Crash</source>
        <translation>Absturz</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="592"/>
        <source>VM start failed</source>
        <translation>VM-Start fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="593"/>
        <source>Update failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="84"/>
        <source>not found on this computer</source>
        <translation>auf diesem Computer nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="85"/>
        <source>not collected (excluded)</source>
        <translation>nicht erfasst (ausgeschlossen)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="86"/>
        <source>none found on this computer</source>
        <translation>auf diesem Computer keine gefunden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="92"/>
        <location filename="../../cep_gui/ui/values.py" line="121"/>
        <location filename="../../cep_gui/ui/values.py" line="123"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="100"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="102"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="187"/>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="188"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="189"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="190"/>
        <source>upgraded</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="191"/>
        <source>downgraded</source>
        <translation>herabgestuft</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="192"/>
        <source>now collected</source>
        <translation>jetzt erfasst</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/values.py" line="193"/>
        <source>no longer collected</source>
        <translation>nicht mehr erfasst</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="67"/>
        <source>What is collected and sent</source>
        <translation>Was erfasst und gesendet wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="76"/>
        <source>What is &amp;collected</source>
        <translation>&amp;Was erfasst wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="77"/>
        <source>&amp;Sent reports</source>
        <translation>&amp;Gesendete Berichte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="78"/>
        <source>&amp;Next report</source>
        <translation>&amp;Nächster Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="84"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="87"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="102"/>
        <source>Waiting for re&amp;view</source>
        <translation>Zur &amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="166"/>
        <source>Nothing is collected while your organization&apos;s policy is broken.</source>
        <translation>Solange die Richtlinie Ihrer Organisation fehlerhaft ist, wird nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="175"/>
        <location filename="../../cep_gui/ui/viewer.py" line="180"/>
        <source>Nothing could be collected: %1.</source>
        <translation>Es konnte nichts erfasst werden: %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="189"/>
        <source>Preview: nothing is sent while you don&apos;t take part. These are the values this computer would report after you join.</source>
        <translation>Vorschau: Solange Sie nicht teilnehmen, wird nichts gesendet. Dies sind die Werte, die dieser Computer nach Ihrem Beitritt melden würde.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="193"/>
        <source>Preview: nothing is sent while you don&apos;t take part.</source>
        <translation>Vorschau: Solange Sie nicht teilnehmen, wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="195"/>
        <source>After you join, the next report is shown here, exactly as it will be sent.</source>
        <translation>Nach Ihrem Beitritt wird hier der nächste Bericht angezeigt, genau so, wie er gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="200"/>
        <source>No category is chosen, so nothing is collected or sent.</source>
        <translation>Es ist keine Kategorie ausgewählt, daher wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="211"/>
        <source>left out: you chose to keep it out of reports</source>
        <translation>weggelassen: Sie haben entschieden, es aus Berichten herauszuhalten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="216"/>
        <source>left out until you agree to it (see What&apos;s new in what is collected)</source>
        <translation>weggelassen, bis Sie zustimmen (siehe „Neu bei dem, was erfasst wird“)</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="61"/>
        <location filename="../../cep_gui/ui/whats_new.py" line="124"/>
        <source>What&apos;s new in what is collected</source>
        <translation>Neu bei dem, was erfasst wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="76"/>
        <source>&amp;Agree</source>
        <translation>&amp;Zustimmen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="78"/>
        <source>Include the ticked fields in reports; unticked ones stay out.</source>
        <translation>Die angehakten Felder in Berichte aufnehmen; die anderen bleiben weg.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="80"/>
        <source>&amp;Keep these out</source>
        <translation>Diese &amp;weglassen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="82"/>
        <source>None of these fields is ever included in a report.</source>
        <translation>Keines dieser Felder wird je in einen Bericht aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="84"/>
        <source>Decide &amp;later</source>
        <translation>S&amp;päter entscheiden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="86"/>
        <source>Nothing changes: the new fields stay out until you decide.</source>
        <translation>Nichts ändert sich: Die neuen Felder bleiben weg, bis Sie entscheiden.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="88"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="138"/>
        <source>What is new or collected more exactly:</source>
        <translation>Was neu ist oder genauer erfasst wird:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="141"/>
        <source>Ticked fields are included from the next report; unticked ones stay out:</source>
        <translation>Angehakte Felder sind ab dem nächsten Bericht enthalten; die anderen bleiben weg:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="161"/>
        <source>You don&apos;t take part, so nothing is collected.</source>
        <translation>Sie nehmen nicht teil, daher wird nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="163"/>
        <source>Nothing is new in what is collected since you agreed.</source>
        <translation>Seit Ihrer Zustimmung hat sich an dem, was erfasst wird, nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="166"/>
        <source>Since this computer started taking part, the program has changed what it collects. Your organization requires this computer to take part, and its consent covers these changes: the fields below are collected as your organization decided. This page is for your information.</source>
        <translation>Seit dieser Computer teilnimmt, hat das Programm geändert, was es erfasst. Ihre Organisation verlangt die Teilnahme dieses Computers, und ihre Zustimmung deckt diese Änderungen ab: Die Felder unten werden so erfasst, wie Ihre Organisation es entschieden hat. Diese Seite dient Ihrer Information.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="169"/>
        <source>Since you agreed to what is collected, the program has changed what it can collect. The fields below are left out of every report until you decide: include them, or keep them out for good. Everything else stays as you chose.</source>
        <translation>Seit Sie zugestimmt haben, was erfasst wird, hat das Programm geändert, was es erfassen kann. Die Felder unten werden in jedem Bericht weggelassen, bis Sie entscheiden: aufnehmen oder dauerhaft weglassen. Alles andere bleibt, wie Sie es gewählt haben.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="175"/>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="179"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="206"/>
        <source>Collected more exactly since version %1.</source>
        <translation>Seit Version %1 genauer erfasst.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="208"/>
        <source>New in version %1.</source>
        <translation>Neu in Version %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="212"/>
        <source>Category: %1.</source>
        <translation>Kategorie: %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/whats_new.py" line="213"/>
        <source>Privacy: %1 (%2).</source>
        <translation>Datenschutz: %1 (%2).</translation>
    </message>
</context>
</TS>
