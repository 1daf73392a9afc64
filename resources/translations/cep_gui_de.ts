<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdvancedPage</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="97"/>
        <source>Reports are sent to:</source>
        <translation>Berichte werden gesendet an:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="99"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="107"/>
        <source>Searched in addition to each hypervisor&apos;s usual folders; separate folders with %1</source>
        <translation>Werden zusätzlich zu den üblichen Ordnern jedes Hypervisors durchsucht; trennen Sie Ordner mit %1</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="116"/>
        <source>&amp;Virtual machines also in:</source>
        <translation>&amp;Virtuelle Maschinen auch in:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="126"/>
        <source>AdminService &amp;URL:</source>
        <translation>AdminService-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="131"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="136"/>
        <source>Save in &amp;keyring</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="143"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="158"/>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="162"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="104"/>
        <source>Virtual machines also in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="112"/>
        <source>Add &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="120"/>
        <source>Configuration Manager (SCCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="124"/>
        <source>AdminService URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="129"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="135"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="138"/>
        <source>Saves the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="152"/>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="154"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="164"/>
        <source>Tests the connection to the SCCM AdminService</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="186"/>
        <source>none (direct connection)</source>
        <translation>keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="192"/>
        <source>Managed by your organization (%1).</source>
        <translation>Von Ihrer Organisation verwaltet (%1).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="198"/>
        <source>Add a folder with virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="210"/>
        <source>Choose the site&apos;s certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="213"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="248"/>
        <source>The password was saved in the system keyring.</source>
        <translation>Das Passwort wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="266"/>
        <source>Connected: the AdminService answered (site version %1).</source>
        <translation>Verbunden: Der AdminService hat geantwortet (Standortversion %1).</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="270"/>
        <source>Connected: the AdminService answered.</source>
        <translation>Verbunden: Der AdminService hat geantwortet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="272"/>
        <source>The connection failed: %1.</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="278"/>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="285"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="47"/>
        <source>The processor&apos;s model name as the system reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="48"/>
        <source>Know which processors the product must be tested and tuned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="49"/>
        <source>Processor maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="50"/>
        <source>The company that made the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="51"/>
        <source>Decide which processor-specific features are worth supporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="52"/>
        <source>Processor architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="53"/>
        <source>The instruction set the processor runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="54"/>
        <source>Decide which architectures the product is built for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="55"/>
        <source>Processor sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="56"/>
        <source>How many physical processor packages the computer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="57"/>
        <source>Tell workstations and servers apart when sizing performance work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="60"/>
        <source>Processor cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="61"/>
        <source>Physical processor cores, all sockets together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="62"/>
        <source>Size the default number of worker threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="63"/>
        <source>Logical processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="64"/>
        <source>Processor threads the operating system can schedule (cores times hyper-threads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="68"/>
        <source>Maximum processor speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="69"/>
        <source>The highest clock speed the processor reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="70"/>
        <source>Relate performance complaints to processor speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="71"/>
        <source>Hardware virtualization support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="72"/>
        <source>Whether the processor offers hardware virtualization (Intel VT-x or AMD-V) to the operating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="76"/>
        <source>Know how many users can run virtual machines at full speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="77"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="78"/>
        <source>Installed memory, rounded to a common size so that it cannot single out a computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="82"/>
        <source>Choose sensible memory defaults and minimum requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="83"/>
        <source>Swap space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="84"/>
        <source>Configured swap or page file size, rounded to a common size (0 when there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="88"/>
        <source>Understand behaviour under memory pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="89"/>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="90"/>
        <source>How many internal and fixed disks the computer has (removable drives, USB sticks, optical drives, disk images and virtual devices excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="94"/>
        <source>Plan where the product stores large files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="95"/>
        <source>Disk kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="96"/>
        <source>Disks counted by kind: solid-state (SSD), spinning (HDD), NVMe, or unknown where the system does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="100"/>
        <source>Decide how much disk speed the product can rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="101"/>
        <source>Disk sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="102"/>
        <source>The size of each disk, rounded to a common size, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="103"/>
        <source>Choose sensible defaults for caches and virtual disk sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="104"/>
        <source>File system types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="105"/>
        <source>The kinds of file system mounted from local disks, in Linux spelling (ntfs, vfat, apfs ...); no mount points or labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="109"/>
        <source>Test the product on the file systems people actually use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="110"/>
        <source>Graphics adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="111"/>
        <source>Each graphics adapter&apos;s maker and model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="112"/>
        <source>Know which graphics drivers the product&apos;s 3D features must work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="115"/>
        <source>Computer maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="116"/>
        <source>The computer&apos;s manufacturer from its firmware tables (never a serial number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="119"/>
        <source>Know which computer makers&apos; quirks matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="120"/>
        <source>Computer model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="121"/>
        <source>The computer&apos;s model name from its firmware tables (never a serial number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="124"/>
        <source>Reproduce problems that only occur on some models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="125"/>
        <source>Kind of computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="126"/>
        <source>Whether the computer is a desktop, laptop, server, tablet or virtual machine, from its firmware tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="130"/>
        <source>Tune power use and layouts for the kinds of computers people use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="133"/>
        <source>Firmware type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="134"/>
        <source>Whether the computer started through UEFI or legacy BIOS firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="137"/>
        <source>Know whether features that need UEFI (such as virtual TPM) can be offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="140"/>
        <source>Runs inside a virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="141"/>
        <source>Whether this computer is itself a virtual machine, and which hypervisor runs it (&apos;none&apos; on real hardware).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="145"/>
        <source>Understand nested-virtualization use and its problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="146"/>
        <source>Has a battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="147"/>
        <source>Whether the computer has a battery (a laptop or tablet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="148"/>
        <source>Decide how much effort battery-saving behaviour deserves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="149"/>
        <source>Network adapter kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="150"/>
        <source>Physical network adapters counted by kind. Never their addresses or names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="153"/>
        <source>Know which network setups the product&apos;s networking must support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="156"/>
        <source>Operating system family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="157"/>
        <source>Linux, Windows or macOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="158"/>
        <source>Decide where development and testing effort goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="159"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="160"/>
        <source>The operating system&apos;s product name (the Linux distribution&apos;s name on Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="163"/>
        <source>Decide which operating systems the product supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="164"/>
        <source>Operating system identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="165"/>
        <source>A short machine-readable name of the operating system or distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="168"/>
        <source>Group reports by distribution reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="169"/>
        <source>Operating system version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="170"/>
        <source>The operating system&apos;s version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="171"/>
        <source>Know which versions are still in use before dropping support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="172"/>
        <source>Release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="173"/>
        <source>The release&apos;s code name, where the system has one (Linux distributions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="176"/>
        <source>Map versions to support periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="177"/>
        <source>Operating system build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="178"/>
        <source>The build number within the version (Windows and macOS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="179"/>
        <source>Relate problems to specific system updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="180"/>
        <source>Kernel version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="181"/>
        <source>The version of the operating system&apos;s kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="182"/>
        <source>Relate driver and virtualization problems to kernel versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="183"/>
        <source>System architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="184"/>
        <source>The architecture the operating system was built for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="185"/>
        <source>Decide which builds of the product to offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="186"/>
        <source>Desktop environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="187"/>
        <source>The desktop the user session runs (Linux), such as GNOME or KDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="190"/>
        <source>Test tray icons and windows on the desktops people use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="191"/>
        <source>Display system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="192"/>
        <source>The display system of the session (X11 or Wayland on Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="193"/>
        <source>Know how many users run Wayland, which changes how windows behave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="196"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="197"/>
        <source>The system&apos;s language and region setting, as a language tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="198"/>
        <source>Decide which translations to provide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="199"/>
        <source>Installed software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="200"/>
        <source>The name, version and package source of each installed program or package, sorted and without duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="204"/>
        <source>Find software that conflicts with the product and decide which integrations are worth building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="208"/>
        <source>Installed software count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="209"/>
        <source>How many installed programs and packages were found, before any were cut from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="213"/>
        <source>Know how complete the installed-software list is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="214"/>
        <source>Installed software left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="215"/>
        <source>How many entries were left out of the installed-software list because it was longer than the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="219"/>
        <source>Installed software by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="220"/>
        <source>How many entries each package source contributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="221"/>
        <source>Know which packaging formats the product should be offered in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="222"/>
        <source>Features used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="223"/>
        <source>How many times each product feature was used since the last report. Only counts: no times, no contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="227"/>
        <source>Know which features matter to people and which are never found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="228"/>
        <source>Problems seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="229"/>
        <source>How many times each known kind of problem occurred since the last report. Only counts: no messages, no times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="233"/>
        <source>Find the problems that affect the most people first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="234"/>
        <source>Guest system family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="235"/>
        <source>The kind of operating system the virtual machine is set up for, as its hypervisor records it (Parallels OsType/OsNumber, VirtualBox OSType, VMware guestOS, libosinfo or unRAID metadata of libvirt, the system icon of UTM). Android and ChromeOS count as linux; OS/2, MS-DOS, NetWare, QNX, Haiku and ESXi as other; unknown when the configuration does not say (for example an encrypted machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="239"/>
        <source>Know which guest systems the product&apos;s virtual machines run, to test and tune for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="243"/>
        <source>Guest system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="244"/>
        <source>The guest operating system&apos;s product name from a fixed list the client maps every hypervisor&apos;s own identifiers to, never text typed by a user: Windows 3.1, 95, 98, ME, NT, 2000, XP, Vista, 7, 8, 8.1, 10, 11, Windows Server 2003 to 2025 (with 2008 R2 and 2012 R2), or just Windows; Ubuntu, Kubuntu, Lubuntu, Xubuntu, Debian, Fedora, Fedora CoreOS, Red Hat Enterprise Linux, Red Hat Linux, CentOS, CentOS Stream, Rocky Linux, AlmaLinux, Oracle Linux, CloudLinux, Virtuozzo, Virtuozzo Linux, openSUSE, SUSE Linux Enterprise, Arch Linux, Gentoo, Linux Mint, Mageia, Mandriva, OpenMandriva, PCLinuxOS, Alpine Linux, NixOS, Kali Linux, Slackware, Turbolinux, Xandros, Asianux, Amazon Linux, Photon OS, CoreOS, Pop!_OS, elementary OS, Android, ChromeOS, or just Linux; macOS; FreeBSD, OpenBSD, NetBSD, DragonFly BSD; Solaris, OpenSolaris; MS-DOS, OS/2, eComStation, ArcaOS, NetWare, QNX, Haiku, ESXi, Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="248"/>
        <source>Know which guest systems and releases matter most, to decide what to support and test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="252"/>
        <source>Guest system version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="253"/>
        <source>The guest system&apos;s release number when the configuration names one (Ubuntu 22.04, Debian 12, macOS 13, Red Hat Enterprise Linux 9.2); Windows releases are part of the name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="257"/>
        <source>See how quickly guest systems are upgraded and which old releases still need support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="261"/>
        <source>Guest tools version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="262"/>
        <source>The version of the hypervisor&apos;s tools installed in the guest, where the configuration records it (VirtualBox Guest Additions, Parallels Tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="266"/>
        <source>Know how many machines run outdated guest tools, which cause most integration problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="270"/>
        <source>Hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="271"/>
        <source>Which product&apos;s configuration file describes the machine: Parallels Desktop (config.pvs), VirtualBox (.vbox), VMware Workstation, Fusion or ESXi (.vmx), libvirt (domain XML, usually QEMU/KVM) or UTM (config.plist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="275"/>
        <source>Know which hypervisors people use next to the product, to make them work well together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="279"/>
        <source>Configuration format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="280"/>
        <source>The version of the configuration file format: the Parallels Desktop version that wrote it, the VirtualBox settings format (1.12 to 1.19), the VMware config.version, or the UTM ConfigurationVersion (2, 4, 5). libvirt files have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="284"/>
        <source>Know which hypervisor releases are in use, to decide how far back compatibility must reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="288"/>
        <source>Virtual processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="289"/>
        <source>How many virtual processors the machine is given (left out when it is set to follow the host, as UTM allows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="293"/>
        <source>Size performance work for the machines people actually run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="294"/>
        <source>Guest processor architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="295"/>
        <source>The instruction set the machine is configured for, from its guest type or machine definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="299"/>
        <source>Know how many guests are ARM or emulated, which changes what the product must support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="303"/>
        <source>Nested virtualization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="304"/>
        <source>Whether the machine may run virtual machines of its own (hardware virtualization passed to the guest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="308"/>
        <source>Know how common nested setups are, which need special testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="309"/>
        <source>Guest memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="310"/>
        <source>Memory given to the machine, rounded to a common size so that it cannot single out a machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="314"/>
        <source>Choose sensible memory defaults for new virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="315"/>
        <source>Virtual disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="316"/>
        <source>How many hard disks are attached to the machine (CD/DVD drives and floppies not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="320"/>
        <source>Know how storage is laid out in typical machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="321"/>
        <source>Virtual disk buses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="322"/>
        <source>The machine&apos;s hard disks counted by the controller they are attached to: SATA (AHCI), SCSI (including SAS), IDE, NVMe, VirtIO, USB or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="326"/>
        <source>Know which disk controllers must perform well and stay supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="329"/>
        <source>Virtual disk capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="330"/>
        <source>All hard disks&apos; capacity together, rounded to a common size; only where the configuration file records disk sizes (Parallels), since other formats keep them inside the disk images, which are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="334"/>
        <source>Choose sensible default disk sizes for new virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="335"/>
        <source>Network adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="336"/>
        <source>How many network adapters are enabled in the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="337"/>
        <source>Know how networking is typically set up in virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="338"/>
        <source>Network attachment kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="339"/>
        <source>The enabled network adapters counted by how they reach the network: nat (NAT, shared or user-mode networking, and libvirt&apos;s default network), bridged (to a host adapter), host_only, internal (between machines only) or other (not attached, custom or named networks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="343"/>
        <source>Know which network modes must work reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="344"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="345"/>
        <source>Whether the machine starts with legacy BIOS or UEFI firmware (left out for macOS guests of Apple&apos;s virtualization, which start from Apple&apos;s own boot ROM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="349"/>
        <source>Know how many machines are ready for UEFI-only guest systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="350"/>
        <source>Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="351"/>
        <source>Whether UEFI Secure Boot is turned on for the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="352"/>
        <source>Know how many guests depend on Secure Boot, which Windows 11 and some Linux systems need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="356"/>
        <source>Virtual TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="357"/>
        <source>Whether the machine has a virtual Trusted Platform Module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="358"/>
        <source>Know how many machines are ready for Windows 11 and disk encryption in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="362"/>
        <source>3D acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="363"/>
        <source>Whether 3D graphics acceleration is turned on for the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="364"/>
        <source>Know how much the graphics acceleration paths are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="365"/>
        <source>USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="366"/>
        <source>The newest USB controller the machine has: none, USB 1.1 (UHCI/OHCI), USB 2.0 (EHCI) or USB 3 (xHCI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="370"/>
        <source>Know which USB controller emulation must stay supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="371"/>
        <source>Shared folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="372"/>
        <source>How many host folders are shared with the machine (only the number; no paths or names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="376"/>
        <source>Know how much the folder-sharing feature is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="377"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="378"/>
        <source>How many snapshots the machine has, where the hypervisor keeps that list beside the configuration (VirtualBox, VMware, Parallels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="382"/>
        <source>Know how heavily snapshots are used, which affects disk performance and space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="385"/>
        <source>Encrypted machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="386"/>
        <source>Whether the machine or one of its disks is encrypted by the hypervisor. For an encrypted VMware machine this is almost all that can be known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="390"/>
        <source>Know how many users protect their virtual machines with encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="393"/>
        <source>Virtual hardware type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="394"/>
        <source>The emulated platform: the QEMU machine type for libvirt and UTM (pc-q35-7.0, virt), the virtual hardware version for VMware (vmx-19), the chipset for VirtualBox (piix3, ich9), or apple-virtualization for UTM&apos;s Apple backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="398"/>
        <source>Know which virtual hardware generations are still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="399"/>
        <source>Passed-through host devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="400"/>
        <source>How many host PCI or USB devices are handed directly to the machine (only the number; no addresses or device names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="404"/>
        <source>Know how common device passthrough is, which needs special testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="407"/>
        <source>Technical settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="408"/>
        <source>Selected technical settings copied from the configuration file, each key prefixed by its format (pvs: Parallels, vbox: VirtualBox, vmx: VMware, libvirt:, utm:) and written as an element path, attribute (@) or key. Only the settings listed in this field&apos;s allow-list can appear: processor, chipset, firmware, device models, controller types and feature switches. Names, notes, paths, MAC addresses, UUIDs, serial numbers, passwords, host adapter names, and memory and disk sizes never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="412"/>
        <source>Find the setting combinations behind compatibility and performance problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="415"/>
        <source>Configuration Manager version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="416"/>
        <source>The version of the hierarchy&apos;s top site (the central administration site, or the primary site where there is none), as Configuration Manager reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="420"/>
        <source>Know which Configuration Manager releases the product must support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="423"/>
        <source>Configuration Manager build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="424"/>
        <source>The build number of the top site&apos;s version (9128 is version 2403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="427"/>
        <source>Group sites by release reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="428"/>
        <source>Type of the connected site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="429"/>
        <source>Whether the site whose AdminService is used is a central administration site (cas) or a primary site (secondary sites have no AdminService of their own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="433"/>
        <source>Know where in a hierarchy the product is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="434"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="435"/>
        <source>How many sites the hierarchy has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="436"/>
        <source>Size the hierarchies the product must handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="437"/>
        <source>Sites by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="438"/>
        <source>The hierarchy&apos;s sites counted by type: central administration site, primary and secondary sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="442"/>
        <source>Know how hierarchies are built, to test the product on common layouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="445"/>
        <source>Site system roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="446"/>
        <source>Site system roles counted by kind, one per role and server (distribution points, management points, software update points, reporting points, SQL servers ...); roles the client does not know count as other. Never the servers&apos; names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="450"/>
        <source>Know which roles sites use, to decide which integrations are worth building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="453"/>
        <source>Distribution points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="454"/>
        <source>How many distribution points the hierarchy has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="455"/>
        <source>Size content distribution features for real sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="456"/>
        <source>Boundary groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="457"/>
        <source>How many boundary groups are defined (only the number, never their names or networks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="461"/>
        <source>Know how finely sites divide their network, which affects content location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="464"/>
        <source>Devices by operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="465"/>
        <source>The devices the site knows counted by operating-system family, from their operating-system string only (unknown when a device has none, such as unknown-computer entries). Never device names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="469"/>
        <source>Know which systems the managed devices run, to test the product&apos;s client features on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="473"/>
        <source>Devices by client version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="474"/>
        <source>The devices counted by Configuration Manager client version, cut to major.minor.build (5.00.9128); none for devices without a client. The 50 most common versions are listed, the rest count as other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="478"/>
        <source>Know how quickly sites update their clients, to decide how long old clients need support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="482"/>
        <source>Optional features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="483"/>
        <source>The site&apos;s optional Configuration Manager features (the Features node of Updates and Servicing) counted by whether they are turned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="487"/>
        <source>Know how many sites turn on optional features the product may depend on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="490"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="491"/>
        <source>How many applications the site has (each counted once, at its latest revision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="494"/>
        <source>Size application management features for real sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="495"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="496"/>
        <source>How many classic software packages the site has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="497"/>
        <source>Know how much sites still rely on packages rather than applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="500"/>
        <source>Configuration baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="501"/>
        <source>How many configuration baselines (compliance settings) the site has, at their latest revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="505"/>
        <source>Know how much compliance settings are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="506"/>
        <source>Configuration items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="507"/>
        <source>How many configuration items (compliance settings) the site has, at their latest revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="511"/>
        <source>Software update groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="512"/>
        <source>How many software update groups the site has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="513"/>
        <source>Know how sites organize software updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="514"/>
        <source>Task sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="515"/>
        <source>How many task sequences (operating system deployment and custom) the site has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="518"/>
        <source>Know how much operating system deployment is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="519"/>
        <source>Deployments by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="520"/>
        <source>Deployments counted by what they deploy: applications, programs of packages, software updates, baselines, task sequences, configuration policies and so on. Never their names or target collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="524"/>
        <source>Know which kinds of deployment matter most to administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="525"/>
        <source>Deployments by purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="526"/>
        <source>Deployments counted by purpose: required (installed automatically), available (offered to users) or simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="530"/>
        <source>Know how administrators deploy, to shape the product&apos;s deployment features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="533"/>
        <source>Software the site deploys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="534"/>
        <source>The maker, name and version of each application and package on the site, sorted and without duplicates. Paths, account names and the site&apos;s server names are removed from the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="538"/>
        <source>Software count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="539"/>
        <source>How many different applications and packages were found, before any were cut from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="543"/>
        <source>Know how complete the software list is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="544"/>
        <source>Software left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="545"/>
        <source>How many entries were left out of the software list because it was longer than the limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectedTab</name>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="75"/>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="77"/>
        <source>Field names, descriptions and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="79"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="82"/>
        <location filename="../../cep_gui/ui/collected_tab.py" line="83"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="85"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="86"/>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="88"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="90"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="93"/>
        <source>Only what is s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="94"/>
        <source>Changed since the &amp;last report</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="154"/>
        <source>collecting…</source>
        <translation>wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="170"/>
        <source>No report has been delivered in this participation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/collected_tab.py" line="216"/>
        <source>%n matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="307"/>
        <source>Select a line to read what it is, why it is collected and how it is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="329"/>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="330"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="336"/>
        <source>A virtual machine found on this computer. Its name is replaced by %1, so it says nothing about the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="344"/>
        <source>Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="346"/>
        <location filename="../../cep_gui/ui/collected_tab.py" line="352"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="347"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="348"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="353"/>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="355"/>
        <location filename="../../cep_gui/ui/collected_tab.py" line="360"/>
        <source>What it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="356"/>
        <source>Why it is collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="360"/>
        <source>a value this version does not describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="363"/>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="370"/>
        <source>Since the last report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/collected_tab.py" line="112"/>
        <source>Collected fields</source>
        <translation>Erfasste Felder</translation>
    </message>
</context>
<context>
    <name>FeedbackPane</name>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="103"/>
        <source>Customer Experience Program</source>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="117"/>
        <source>&amp;Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="130"/>
        <source>&amp;Take part in the Customer Experience Program</source>
        <translation>Am Programm zur Verbesserung der Benutzerfreundlichkeit &amp;teilnehmen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="184"/>
        <source>&amp;What is collected and sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="214"/>
        <source>Nothing is collected while your organization&apos;s policy is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="216"/>
        <source>Take part to choose what is collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="218"/>
        <source>No category is chosen, so nothing is collected or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="228"/>
        <source>Not allowed by your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="245"/>
        <source>When you take part, this product sends technical facts about this computer to its maker, who uses them to decide what to improve: hardware, operating system and installed software, and the other categories below. Nothing personal is collected: no names, e-mail or postal addresses, user or computer names, network addresses, documents or keystrokes, so nobody is ever contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="247"/>
        <source>The first report is sent 7 days after joining, then %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="252"/>
        <source>You can see every field and every report. Your organization requires this computer to take part, so it cannot be turned off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="258"/>
        <source>Your organization has turned the program off on this computer, so it cannot be turned on here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="262"/>
        <source>You can see every field and every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="265"/>
        <source>You can see every field and every report, and leave at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="275"/>
        <source>Your organization&apos;s policy could not be read. Nothing is collected or sent until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="283"/>
        <source>Managed by your organization: this computer takes part in the program, and this cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="291"/>
        <source>Managed by your organization: the program is turned off on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="298"/>
        <source>Managed by your organization: some of these settings are set for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="137"/>
        <source>What may be collected</source>
        <translation>Was erfasst werden darf</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="168"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="182"/>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="241"/>
        <source>every 14 days</source>
        <translation>alle 14 Tage</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="241"/>
        <source>every quarter (91 days)</source>
        <translation>einmal im Quartal (alle 91 Tage)</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="43"/>
        <source>Start the feedback &amp;tray icon when I log in</source>
        <translation>Feedback-Symbol im &amp;Infobereich bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="53"/>
        <source>&lt;b&gt;cep-gui %1&lt;/b&gt;&lt;br&gt;This is the Customer Experience Program client. It collects only the fields listed in the viewer, only while you take part, and keeps a copy of everything it sends.</source>
        <translation>&lt;b&gt;cep-gui %1&lt;/b&gt;&lt;br&gt;Dies ist der Client für das Programm zur Verbesserung der Benutzerfreundlichkeit. Er erfasst nur die Felder, die im Fenster „Was erfasst und gesendet wird“ aufgeführt sind, nur solange Sie teilnehmen, und bewahrt eine Kopie von allem auf, was er sendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="68"/>
        <source>Managed by your organization (%1).</source>
        <translation>Von Ihrer Organisation verwaltet (%1).</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="253"/>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="254"/>
        <source>not delivered yet, tried again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="255"/>
        <source>delivered</source>
        <translation type="unfinished">zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="256"/>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="257"/>
        <source>not delivered within 30 days</source>
        <translation type="unfinished">innerhalb von 30 Tagen nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="258"/>
        <source>stopped: participation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="259"/>
        <source>not sent: participation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="266"/>
        <source>report</source>
        <translation type="unfinished">Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="267"/>
        <source>deletion request</source>
        <translation type="unfinished">Löschanforderung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="290"/>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="296"/>
        <source>receipt no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="95"/>
        <source>Sent</source>
        <extracomment>The symbol before each change, so the list reads without colour too.</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="96"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="97"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="98"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="99"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="100"/>
        <source>Receipt</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="137"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>ManagedBanner</name>
    <message>
        <location filename="../../cep_gui/ui/feedback_pane.py" line="64"/>
        <source>&amp;Details</source>
        <extracomment>Lines the status box always has room for, so the buttons below never jump.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextTab</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="35"/>
        <source>Collecting…</source>
        <translation>Wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="41"/>
        <source>Next report</source>
        <translation>Nächster Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="47"/>
        <source>This is exactly what would be sent now (%1 bytes before compression; shown with indentation).</source>
        <translation>Genau dies würde jetzt gesendet (%1 Byte vor der Komprimierung; zur besseren Lesbarkeit eingerückt).</translation>
    </message>
</context>
<context>
    <name>PreferencesWindow</name>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="307"/>
        <source>Preferences</source>
        <extracomment>Big enough for every page in German with a large desktop font (a test checks it).</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="313"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="322"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="323"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/preferences.py" line="324"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="552"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="553"/>
        <source>sent as it is; left out if it contains anything identifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="554"/>
        <source>rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="555"/>
        <source>rounded to a common size so it cannot single out this computer</source>
        <translation type="unfinished">wird auf eine gängige Größe gerundet, damit sich dieser Computer daran nicht erkennen lässt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="556"/>
        <source>version only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="557"/>
        <source>only a version number is sent; anything else is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="558"/>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="559"/>
        <source>names, paths and similar identifiers are replaced by neutral placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="562"/>
        <source>replaced by a neutral name such as vm-1</source>
        <translation type="unfinished">wird durch einen neutralen Namen wie vm-1 ersetzt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="563"/>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="564"/>
        <source>not collected: this category is excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="90"/>
        <source>the server was unreachable</source>
        <extracomment>Reasons the core reports in English, marked so lupdate offers them for translation. An HTTP status in a reason is a placeholder (%1), and a server&apos;s own text after it %2.</extracomment>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="91"/>
        <source>the proxy was unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="92"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="93"/>
        <source>the connection broke off</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="94"/>
        <source>the proxy asked for a password</source>
        <translation>der Proxy hat ein Passwort verlangt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="95"/>
        <source>the proxy refused the connection</source>
        <translation>der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="96"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>das Zertifikat des Servers konnte nicht überprüft werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="97"/>
        <source>the server is busy (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="98"/>
        <source>the server had a problem (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="99"/>
        <source>the server refused our credentials (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="100"/>
        <source>the server rejected it for good (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="101"/>
        <source>the server rejected it for good (HTTP %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="102"/>
        <source>the server redirected elsewhere (HTTP %1); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="103"/>
        <source>cancelled: participation ended during the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="104"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="105"/>
        <source>delivered (the server already had it)</source>
        <translation>zugestellt (lag dem Server bereits vor)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="106"/>
        <source>it was not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="108"/>
        <source>another cep-gui process is sending a report; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="111"/>
        <source>no category is chosen, so there is nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="112"/>
        <source>nothing is sent while the managed policy is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="113"/>
        <source>participation changed while the report was being built, so it was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="117"/>
        <source>the server&apos;s certificate could not be verified (give its certificate file)</source>
        <translation>das Zertifikat des Servers konnte nicht überprüft werden (geben Sie seine Zertifikatsdatei an)</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="120"/>
        <source>no secure connection could be made with the server</source>
        <translation>es konnte keine sichere Verbindung zum Server hergestellt werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="121"/>
        <source>the server refused the sign-in: wrong account or password, or this account is not a Configuration Manager administrator</source>
        <translation>der Server hat die Anmeldung abgelehnt: falsches Konto oder Passwort, oder dieses Konto ist kein Configuration-Manager-Administrator</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="125"/>
        <source>this account is not a Configuration Manager administrator</source>
        <translation>dieses Konto ist kein Configuration-Manager-Administrator</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="126"/>
        <source>the AdminService is not enabled on this server</source>
        <translation>der AdminService ist auf diesem Server nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="127"/>
        <source>the server&apos;s answer was not valid JSON</source>
        <translation>die Antwort des Servers war kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="128"/>
        <source>the server&apos;s answer was too large to read</source>
        <translation>die Antwort des Servers war zu groß, um sie zu lesen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="129"/>
        <source>the list was too long to read to the end</source>
        <translation>die Liste war zu lang, um sie bis zum Ende zu lesen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="130"/>
        <source>the server sent the rest of the list from another address, which was not followed</source>
        <translation>der Server hat den Rest der Liste von einer anderen Adresse gesendet; ihr wurde nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="134"/>
        <source>no AdminService URL is configured</source>
        <translation>es ist keine AdminService-URL eingerichtet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="135"/>
        <source>no system keyring is available, so the SCCM password cannot be read</source>
        <translation>es ist kein Schlüsselbund des Systems verfügbar, daher kann das SCCM-Passwort nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="138"/>
        <source>no password is saved for the SCCM account</source>
        <translation>für das SCCM-Konto ist kein Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="139"/>
        <source>no account is set and this computer cannot sign in to the server by itself</source>
        <translation>es ist kein Konto eingerichtet, und dieser Computer kann sich nicht selbst beim Server anmelden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="142"/>
        <source>the server asks for a sign-in method this program does not use</source>
        <translation>der Server verlangt eine Anmeldemethode, die dieses Programm nicht verwendet</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="143"/>
        <source>the certificate file could not be read</source>
        <translation>die Zertifikatsdatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="144"/>
        <source>collecting from the server took too long</source>
        <translation>das Erfassen vom Server hat zu lange gedauert</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="145"/>
        <source>the server does not offer this information</source>
        <translation>der Server bietet diese Angaben nicht an</translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="156"/>
        <source>Sent reports</source>
        <translation>Gesendete Berichte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="168"/>
        <source>Show c&amp;hanges since the previous report</source>
        <translation>Änderungen seit dem &amp;vorherigen Bericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="178"/>
        <source>Report content</source>
        <translation>Inhalt des Berichts</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="179"/>
        <source>Select a report to see exactly what was sent.</source>
        <translation>Wählen Sie einen Bericht aus, um genau zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="181"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="185"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="185"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="185"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="185"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="196"/>
        <source>&amp;Export selected…</source>
        <translation>Auswahl &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="197"/>
        <source>Export &amp;all…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="198"/>
        <source>&amp;Delete the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="210"/>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="249"/>
        <source>Exactly what was sent (%1 bytes), shown with indentation; export keeps the exact bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="264"/>
        <source>This report cannot be read, so it cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="269"/>
        <source>This is the first report of this participation: there is nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="275"/>
        <source>Nothing changed since the previous report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/sent_tab.py" line="279"/>
        <source>%n changes since the previous report of this participation:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="310"/>
        <source>The export failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/sent_tab.py" line="314"/>
        <source>Saved %n reports to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="345"/>
        <source>The list of sent reports was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="331"/>
        <source>Export reports</source>
        <translation>Berichte exportieren</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/sent_tab.py" line="334"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
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
        <location filename="../../cep_gui/ui/texts.py" line="23"/>
        <source>Not taking part: your organization has turned the program off on this computer. Nothing is collected or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="27"/>
        <source>Taking part since %1.</source>
        <translation>Teilnahme seit %1.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="28"/>
        <source>Taking part since %1, as your organization requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="29"/>
        <source>Taking part since %1, but no category is chosen, so nothing is collected or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="33"/>
        <source>Paused: your organization&apos;s policy could not be read, so nothing is collected or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="37"/>
        <source>You left the program. Nothing is sent; this is saved as soon as the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="41"/>
        <source>Sending a report now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="42"/>
        <source>Next report: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="43"/>
        <source>Next report: due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="44"/>
        <source>No report has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="45"/>
        <source>Last report: delivered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="46"/>
        <source>Last report: refused by the server on %1 (HTTP %2); it is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="49"/>
        <source>Last report: not delivered within 30 days, so it was deleted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="52"/>
        <source>Last report: stopped on %1 because participation changed while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="56"/>
        <source>Last report: not sent (%1) because participation changed before it went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="59"/>
        <source>Last report: not delivered yet: %1. Next try %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="60"/>
        <source>Last report: not delivered yet: %1. It is tried again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="61"/>
        <source>Last report: the attempt on %1 was interrupted; it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="64"/>
        <source>The server refused this computer&apos;s credentials (HTTP %1). Reports wait until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="68"/>
        <source>Your organization&apos;s policy could not be read. Nothing is collected or sent until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="72"/>
        <source>Your organization turned the Customer Experience Program on for this computer. You can review what is collected before the first report is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="76"/>
        <source>Your organization&apos;s policy takes effect at the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="77"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="78"/>
        <source>Taking part. Next report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="79"/>
        <source>Taking part. A report is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="80"/>
        <source>Taking part. The last report is not delivered yet; next try %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="81"/>
        <source>Reports wait: the server refused this computer&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="82"/>
        <source>Taking part, but no category is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="83"/>
        <source>Not taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="84"/>
        <source>Not taking part (turned off by your organization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="194"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="217"/>
        <source>in %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="219"/>
        <source>in %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/texts.py" line="220"/>
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/texts.py" line="22"/>
        <source>Not taking part. Nothing is collected or sent.</source>
        <extracomment>The status sentences of core (cep_gui.core.status.TEMPLATES), for lupdate.</extracomment>
        <translation>Keine Teilnahme. Es wird nichts erfasst oder gesendet.</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/app.py" line="53"/>
        <location filename="../../cep_gui/ui/tray.py" line="33"/>
        <location filename="../../cep_gui/ui/tray.py" line="115"/>
        <source>Customer Experience Program</source>
        <extracomment>Notifications shown, as (title, text): what the user was told, in order.</extracomment>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="47"/>
        <source>Customer Experience Program</source>
        <translation>Programm zur Verbesserung der Benutzerfreundlichkeit</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="50"/>
        <source>&amp;Take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="52"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="53"/>
        <source>&amp;What is collected and sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="54"/>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/tray.py" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="568"/>
        <source>Preferences opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="569"/>
        <source>Viewer opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="570"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="571"/>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="572"/>
        <source>History deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="573"/>
        <source>Categories changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="574"/>
        <source>Vm created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="575"/>
        <source>Vm started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="576"/>
        <source>Snapshot taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="577"/>
        <source>Shared folder added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="578"/>
        <source>Console opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="579"/>
        <source>Upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="580"/>
        <source>Collector failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="581"/>
        <source>Policy broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="582"/>
        <source>Crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="583"/>
        <source>Vm start failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/catalog_messages.py" line="584"/>
        <source>Update failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message numerus="yes">
        <location filename="../../cep_gui/ui/values.py" line="57"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="64"/>
        <source>What is collected and sent</source>
        <translation>Was erfasst und gesendet wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="71"/>
        <source>What is &amp;collected</source>
        <translation>&amp;Was erfasst wird</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="72"/>
        <source>&amp;Sent reports</source>
        <translation>&amp;Gesendete Berichte</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="73"/>
        <source>&amp;Next report</source>
        <translation>&amp;Nächster Bericht</translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="78"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="81"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="128"/>
        <source>Nothing is collected while your organization&apos;s policy is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="135"/>
        <location filename="../../cep_gui/ui/viewer.py" line="140"/>
        <source>Nothing could be collected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="147"/>
        <source>Preview: nothing is sent while you don&apos;t take part. These are the values this computer would report after you join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="151"/>
        <source>Preview: nothing is sent while you don&apos;t take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="153"/>
        <source>After you join, the next report is shown here, exactly as it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cep_gui/ui/viewer.py" line="158"/>
        <source>No category is chosen, so nothing is collected or sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
