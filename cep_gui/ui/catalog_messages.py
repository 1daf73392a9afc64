"""Generated from resources/catalog.toml by `python -m cep_gui.ui.catalog_texts`.

Do not edit: run scripts/update_translations.sh after the catalog changed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CATALOG = (
    QT_TRANSLATE_NOOP("Catalog", "Hardware of this computer"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Processor, memory, disks, graphics, firmware and network adapter kinds of the computer the product runs on.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Software of this computer"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Operating system name and version, desktop, language, and the names and versions of installed software.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Software of virtual machines"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Guest operating system name and version and guest tools version of the virtual machines found on this computer.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Configuration of virtual machines"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Technical settings of the virtual machines' configuration files (processors, memory, disks, devices), without names, paths or addresses.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "SCCM site configuration"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Version, type and size of the Microsoft Configuration Manager site this computer administers, as counts.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "SCCM deployments"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many applications, packages, policies and deployments the Configuration Manager site has, and which software it deploys.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Feature usage"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How often product features are used and which problems occur, as counts without times.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Processor model"),
    QT_TRANSLATE_NOOP("Catalog", "The processor's model name as the system reports it."),
    QT_TRANSLATE_NOOP("Catalog", "Know which processors the product must be tested and tuned on."),
    QT_TRANSLATE_NOOP("Catalog", "Processor maker"),
    QT_TRANSLATE_NOOP("Catalog", "The company that made the processor."),
    QT_TRANSLATE_NOOP("Catalog", "Decide which processor-specific features are worth supporting."),
    QT_TRANSLATE_NOOP("Catalog", "Processor architecture"),
    QT_TRANSLATE_NOOP("Catalog", "The instruction set the processor runs."),
    QT_TRANSLATE_NOOP("Catalog", "Decide which architectures the product is built for."),
    QT_TRANSLATE_NOOP("Catalog", "Processor sockets"),
    QT_TRANSLATE_NOOP("Catalog", "How many physical processor packages the computer has."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Tell workstations and servers apart when sizing performance work."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Processor cores"),
    QT_TRANSLATE_NOOP("Catalog", "Physical processor cores, all sockets together."),
    QT_TRANSLATE_NOOP("Catalog", "Size the default number of worker threads."),
    QT_TRANSLATE_NOOP("Catalog", "Logical processors"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Processor threads the operating system can schedule (cores times hyper-threads).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Maximum processor speed"),
    QT_TRANSLATE_NOOP("Catalog", "The highest clock speed the processor reports."),
    QT_TRANSLATE_NOOP("Catalog", "Relate performance complaints to processor speed."),
    QT_TRANSLATE_NOOP("Catalog", "Hardware virtualization support"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Whether the processor offers hardware virtualization (Intel VT-x or AMD-V) to the operating system.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how many users can run virtual machines at full speed."),
    QT_TRANSLATE_NOOP("Catalog", "Memory"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Installed memory, rounded to a common size so that it cannot single out a computer.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Choose sensible memory defaults and minimum requirements."),
    QT_TRANSLATE_NOOP("Catalog", "Swap space"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Configured swap or page file size, rounded to a common size (0 when there is none).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Understand behaviour under memory pressure."),
    QT_TRANSLATE_NOOP("Catalog", "Disks"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many internal and fixed disks the computer has (removable drives, USB sticks, optical drives, disk images and virtual devices excluded).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Plan where the product stores large files."),
    QT_TRANSLATE_NOOP("Catalog", "Disk kinds"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Disks counted by kind: solid-state (SSD), spinning (HDD), NVMe, or unknown where the system does not say.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Decide how much disk speed the product can rely on."),
    QT_TRANSLATE_NOOP("Catalog", "Disk sizes"),
    QT_TRANSLATE_NOOP("Catalog", "The size of each disk, rounded to a common size, largest first."),
    QT_TRANSLATE_NOOP("Catalog", "Choose sensible defaults for caches and virtual disk sizes."),
    QT_TRANSLATE_NOOP("Catalog", "File system types"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The kinds of file system mounted from local disks, in Linux spelling (ntfs, vfat, apfs ...); no mount points or labels.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Test the product on the file systems people actually use."),
    QT_TRANSLATE_NOOP("Catalog", "Graphics adapters"),
    QT_TRANSLATE_NOOP("Catalog", "Each graphics adapter's maker and model."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know which graphics drivers the product's 3D features must work with."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Computer maker"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The computer's manufacturer from its firmware tables (never a serial number)."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know which computer makers' quirks matter."),
    QT_TRANSLATE_NOOP("Catalog", "Computer model"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The computer's model name from its firmware tables (never a serial number)."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Reproduce problems that only occur on some models."),
    QT_TRANSLATE_NOOP("Catalog", "Kind of computer"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Whether the computer is a desktop, laptop, server, tablet or virtual machine, from its firmware tables.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Tune power use and layouts for the kinds of computers people use."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Firmware type"),
    QT_TRANSLATE_NOOP(
        "Catalog", "Whether the computer started through UEFI or legacy BIOS firmware."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know whether features that need UEFI (such as virtual TPM) can be offered."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Runs inside a virtual machine"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Whether this computer is itself a virtual machine, and which hypervisor runs it ('none' on real hardware).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Understand nested-virtualization use and its problems."),
    QT_TRANSLATE_NOOP("Catalog", "Has a battery"),
    QT_TRANSLATE_NOOP("Catalog", "Whether the computer has a battery (a laptop or tablet)."),
    QT_TRANSLATE_NOOP("Catalog", "Decide how much effort battery-saving behaviour deserves."),
    QT_TRANSLATE_NOOP("Catalog", "Network adapter kinds"),
    QT_TRANSLATE_NOOP(
        "Catalog", "Physical network adapters counted by kind. Never their addresses or names."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know which network setups the product's networking must support."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Operating system family"),
    QT_TRANSLATE_NOOP("Catalog", "Linux, Windows or macOS."),
    QT_TRANSLATE_NOOP("Catalog", "Decide where development and testing effort goes."),
    QT_TRANSLATE_NOOP("Catalog", "Operating system"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The operating system's product name (the Linux distribution's name on Linux)."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Decide which operating systems the product supports."),
    QT_TRANSLATE_NOOP("Catalog", "Operating system identifier"),
    QT_TRANSLATE_NOOP(
        "Catalog", "A short machine-readable name of the operating system or distribution."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Group reports by distribution reliably."),
    QT_TRANSLATE_NOOP("Catalog", "Operating system version"),
    QT_TRANSLATE_NOOP("Catalog", "The operating system's version number."),
    QT_TRANSLATE_NOOP("Catalog", "Know which versions are still in use before dropping support."),
    QT_TRANSLATE_NOOP("Catalog", "Release name"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The release's code name, where the system has one (Linux distributions)."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Map versions to support periods."),
    QT_TRANSLATE_NOOP("Catalog", "Operating system build"),
    QT_TRANSLATE_NOOP("Catalog", "The build number within the version (Windows and macOS)."),
    QT_TRANSLATE_NOOP("Catalog", "Relate problems to specific system updates."),
    QT_TRANSLATE_NOOP("Catalog", "Kernel version"),
    QT_TRANSLATE_NOOP("Catalog", "The version of the operating system's kernel."),
    QT_TRANSLATE_NOOP("Catalog", "Relate driver and virtualization problems to kernel versions."),
    QT_TRANSLATE_NOOP("Catalog", "System architecture"),
    QT_TRANSLATE_NOOP("Catalog", "The architecture the operating system was built for."),
    QT_TRANSLATE_NOOP("Catalog", "Decide which builds of the product to offer."),
    QT_TRANSLATE_NOOP("Catalog", "Desktop environment"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The desktop the user session runs (Linux), such as GNOME or KDE."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Test tray icons and windows on the desktops people use."),
    QT_TRANSLATE_NOOP("Catalog", "Display system"),
    QT_TRANSLATE_NOOP("Catalog", "The display system of the session (X11 or Wayland on Linux)."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how many users run Wayland, which changes how windows behave."
    ),
    QT_TRANSLATE_NOOP("Catalog", "System language"),
    QT_TRANSLATE_NOOP("Catalog", "The system's language and region setting, as a language tag."),
    QT_TRANSLATE_NOOP("Catalog", "Decide which translations to provide."),
    QT_TRANSLATE_NOOP("Catalog", "Installed software"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The name, version and package source of each installed program or package that comes from a public source: the distribution's package archive, Flathub, the Snap Store, the Mac App Store. Sorted and without duplicates. Software built or copied locally, from a company's own repository, or of an origin this computer cannot tell is never named: it is only counted (see \"Installed software counted without names\").",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Find software that conflicts with the product and decide which integrations are worth building.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Installed software count"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many installed programs and packages were found, named or not, before any were cut from the list.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how complete the installed-software list is."),
    QT_TRANSLATE_NOOP("Catalog", "Installed software left out"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many software entries that could have been named were left out of the list because it was longer than a limit (10,000 entries, or the 1 MiB size of a whole report), whichever cut them.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Installed software counted without names"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many installed programs and packages are counted but not named, because they are not known to come from a public source: built or copied locally (their names can name a company or a computer), taken from a private repository, or of an origin this computer cannot tell. When the origin cannot be told at all (apt's package lists were cleaned; Windows' list of programs keeps no origin), the report also says so in its collection notes.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know how much software the installed-software list leaves out, without learning what it is.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Installed software by source"),
    QT_TRANSLATE_NOOP("Catalog", "How many entries each package source contributed."),
    QT_TRANSLATE_NOOP("Catalog", "Know which packaging formats the product should be offered in."),
    QT_TRANSLATE_NOOP("Catalog", "Features used"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many times each product feature was used since the last report. Only counts: no times, no contents.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know which features matter to people and which are never found."),
    QT_TRANSLATE_NOOP("Catalog", "Problems seen"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many times each known kind of problem occurred since the last report. Only counts: no messages, no times.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Find the problems that affect the most people first."),
    QT_TRANSLATE_NOOP("Catalog", "Guest system family"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The kind of operating system the virtual machine is set up for, as its hypervisor records it (Parallels OsType/OsNumber, VirtualBox OSType, VMware guestOS, libosinfo or unRAID metadata of libvirt, the system icon of UTM). Android and ChromeOS count as linux; OS/2, MS-DOS, NetWare, QNX, Haiku and ESXi as other; unknown when the configuration does not say (for example an encrypted machine).",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know which guest systems the product's virtual machines run, to test and tune for them.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Guest system"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The guest operating system's product name from a fixed list the client maps every hypervisor's own identifiers to, never text typed by a user: Windows 3.1, 95, 98, ME, NT, 2000, XP, Vista, 7, 8, 8.1, 10, 11, Windows Server 2003 to 2025 (with 2008 R2 and 2012 R2), or just Windows; Ubuntu, Kubuntu, Lubuntu, Xubuntu, Debian, Fedora, Fedora CoreOS, Red Hat Enterprise Linux, Red Hat Linux, CentOS, CentOS Stream, Rocky Linux, AlmaLinux, Oracle Linux, CloudLinux, Virtuozzo, Virtuozzo Linux, openSUSE, SUSE Linux Enterprise, Arch Linux, Gentoo, Linux Mint, Mageia, Mandriva, OpenMandriva, PCLinuxOS, Alpine Linux, NixOS, Kali Linux, Slackware, Turbolinux, Xandros, Asianux, Amazon Linux, Photon OS, CoreOS, Pop!_OS, elementary OS, Android, ChromeOS, or just Linux; macOS; FreeBSD, OpenBSD, NetBSD, DragonFly BSD; Solaris, OpenSolaris; MS-DOS, OS/2, eComStation, ArcaOS, NetWare, QNX, Haiku, ESXi, Other.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know which guest systems and releases matter most, to decide what to support and test.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Guest system version"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The guest system's release number when the configuration names one (Ubuntu 22.04, Debian 12, macOS 13, Red Hat Enterprise Linux 9.2); Windows releases are part of the name instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "See how quickly guest systems are upgraded and which old releases still need support.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Guest tools version"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The version of the hypervisor's tools installed in the guest, where the configuration records it (VirtualBox Guest Additions, Parallels Tools).",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know how many machines run outdated guest tools, which cause most integration problems.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Hypervisor"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Which product's configuration file describes the machine: Parallels Desktop (config.pvs), VirtualBox (.vbox), VMware Workstation, Fusion or ESXi (.vmx), libvirt (domain XML, usually QEMU/KVM) or UTM (config.plist).",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know which hypervisors people use next to the product, to make them work well together.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Configuration format version"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The version of the configuration file format: the Parallels Desktop version that wrote it, the VirtualBox settings format (1.12 to 1.19), the VMware config.version, or the UTM ConfigurationVersion (2, 4, 5). libvirt files have none.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know which hypervisor releases are in use, to decide how far back compatibility must reach.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Virtual processors"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many virtual processors the machine is given (left out when it is set to follow the host, as UTM allows).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Size performance work for the machines people actually run."),
    QT_TRANSLATE_NOOP("Catalog", "Guest processor architecture"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The instruction set the machine is configured for, from its guest type or machine definition.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know how many guests are ARM or emulated, which changes what the product must support.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Nested virtualization"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Whether the machine may run virtual machines of its own (hardware virtualization passed to the guest).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how common nested setups are, which need special testing."),
    QT_TRANSLATE_NOOP("Catalog", "Guest memory"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Memory given to the machine, rounded to a common size so that it cannot single out a machine.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Choose sensible memory defaults for new virtual machines."),
    QT_TRANSLATE_NOOP("Catalog", "Virtual disks"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many hard disks are attached to the machine (CD/DVD drives and floppies not counted).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how storage is laid out in typical machines."),
    QT_TRANSLATE_NOOP("Catalog", "Virtual disk buses"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The machine's hard disks counted by the controller they are attached to: SATA (AHCI), SCSI (including SAS), IDE, NVMe, VirtIO, USB or other.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know which disk controllers must perform well and stay supported."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Virtual disk capacity"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "All hard disks' capacity together, rounded to a common size; only where the configuration file records disk sizes (Parallels), since other formats keep them inside the disk images, which are not read.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Choose sensible default disk sizes for new virtual machines."),
    QT_TRANSLATE_NOOP("Catalog", "Network adapters"),
    QT_TRANSLATE_NOOP("Catalog", "How many network adapters are enabled in the machine."),
    QT_TRANSLATE_NOOP("Catalog", "Know how networking is typically set up in virtual machines."),
    QT_TRANSLATE_NOOP("Catalog", "Network attachment kinds"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The enabled network adapters counted by how they reach the network: nat (NAT, shared or user-mode networking, and libvirt's default network), bridged (to a host adapter), host_only, internal (between machines only) or other (not attached, custom or named networks).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know which network modes must work reliably."),
    QT_TRANSLATE_NOOP("Catalog", "Firmware"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Whether the machine starts with legacy BIOS or UEFI firmware (left out for macOS guests of Apple's virtualization, which start from Apple's own boot ROM).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how many machines are ready for UEFI-only guest systems."),
    QT_TRANSLATE_NOOP("Catalog", "Secure Boot"),
    QT_TRANSLATE_NOOP("Catalog", "Whether UEFI Secure Boot is turned on for the machine."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know how many guests depend on Secure Boot, which Windows 11 and some Linux systems need.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Virtual TPM"),
    QT_TRANSLATE_NOOP("Catalog", "Whether the machine has a virtual Trusted Platform Module."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know how many machines are ready for Windows 11 and disk encryption in the guest.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "3D acceleration"),
    QT_TRANSLATE_NOOP("Catalog", "Whether 3D graphics acceleration is turned on for the machine."),
    QT_TRANSLATE_NOOP("Catalog", "Know how much the graphics acceleration paths are used."),
    QT_TRANSLATE_NOOP("Catalog", "USB controller"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The newest USB controller the machine has: none, USB 1.1 (UHCI/OHCI), USB 2.0 (EHCI) or USB 3 (xHCI).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know which USB controller emulation must stay supported."),
    QT_TRANSLATE_NOOP("Catalog", "Shared folders"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many host folders are shared with the machine (only the number; no paths or names).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how much the folder-sharing feature is used."),
    QT_TRANSLATE_NOOP("Catalog", "Snapshots"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many snapshots the machine has, where the hypervisor keeps that list beside the configuration (VirtualBox, VMware, Parallels).",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how heavily snapshots are used, which affects disk performance and space."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Encrypted machine"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Whether the machine or one of its disks is encrypted by the hypervisor. For an encrypted VMware machine this is almost all that can be known.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how many users protect their virtual machines with encryption."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Virtual hardware type"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The emulated platform: the QEMU machine type for libvirt and UTM (pc-q35-7.0, virt), the virtual hardware version for VMware (vmx-19), the chipset for VirtualBox (piix3, ich9), or apple-virtualization for UTM's Apple backend.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know which virtual hardware generations are still in use."),
    QT_TRANSLATE_NOOP("Catalog", "Passed-through host devices"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many host PCI or USB devices are handed directly to the machine (only the number; no addresses or device names).",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how common device passthrough is, which needs special testing."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Technical settings"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Selected technical settings copied from the configuration file, each key prefixed by its format (pvs: Parallels, vbox: VirtualBox, vmx: VMware, libvirt:, utm:) and written as an element path, attribute (@) or key. Only the settings listed in this field's allow-list can appear: processor, chipset, firmware, device models, controller types and feature switches. Names, notes, paths, MAC addresses, UUIDs, serial numbers, passwords, host adapter names, and memory and disk sizes never do.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Find the setting combinations behind compatibility and performance problems."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Configuration Manager version"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The version of the hierarchy's top site (the central administration site, or the primary site where there is none), as Configuration Manager reports it.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know which Configuration Manager releases the product must support."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Configuration Manager build"),
    QT_TRANSLATE_NOOP(
        "Catalog", "The build number of the top site's version (9128 is version 2403)."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Group sites by release reliably."),
    QT_TRANSLATE_NOOP("Catalog", "Type of the connected site"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Whether the site whose AdminService is used is a central administration site (cas) or a primary site (secondary sites have no AdminService of their own).",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know where in a hierarchy the product is set up."),
    QT_TRANSLATE_NOOP("Catalog", "Sites"),
    QT_TRANSLATE_NOOP("Catalog", "How many sites the hierarchy has."),
    QT_TRANSLATE_NOOP("Catalog", "Size the hierarchies the product must handle."),
    QT_TRANSLATE_NOOP("Catalog", "Sites by type"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The hierarchy's sites counted by type: central administration site, primary and secondary sites.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how hierarchies are built, to test the product on common layouts."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Site system roles"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Site system roles counted by kind, one per role and server (distribution points, management points, software update points, reporting points, SQL servers ...); roles the client does not know count as other. Never the servers' names.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know which roles sites use, to decide which integrations are worth building."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Distribution points"),
    QT_TRANSLATE_NOOP("Catalog", "How many distribution points the hierarchy has."),
    QT_TRANSLATE_NOOP("Catalog", "Size content distribution features for real sites."),
    QT_TRANSLATE_NOOP("Catalog", "Boundary groups"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many boundary groups are defined (only the number, never their names or networks).",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how finely sites divide their network, which affects content location."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Devices by operating system"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The devices the site knows counted by operating-system family, from their operating-system string only (unknown when a device has none, such as unknown-computer entries). Never device names.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know which systems the managed devices run, to test the product's client features on them.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Devices by client version"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The devices counted by Configuration Manager client version, cut to major.minor.build (5.00.9128); none for devices without a client. The 50 most common versions are listed, the rest count as other.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Know how quickly sites update their clients, to decide how long old clients need support.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Optional features"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The site's optional Configuration Manager features (the Features node of Updates and Servicing) counted by whether they are turned on.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how many sites turn on optional features the product may depend on."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Applications"),
    QT_TRANSLATE_NOOP(
        "Catalog", "How many applications the site has (each counted once, at its latest revision)."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Size application management features for real sites."),
    QT_TRANSLATE_NOOP("Catalog", "Packages"),
    QT_TRANSLATE_NOOP("Catalog", "How many classic software packages the site has."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how much sites still rely on packages rather than applications."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Configuration baselines"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many configuration baselines (compliance settings) the site has, at their latest revision.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how much compliance settings are used."),
    QT_TRANSLATE_NOOP("Catalog", "Configuration items"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many configuration items (compliance settings) the site has, at their latest revision.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Software update groups"),
    QT_TRANSLATE_NOOP("Catalog", "How many software update groups the site has."),
    QT_TRANSLATE_NOOP("Catalog", "Know how sites organize software updates."),
    QT_TRANSLATE_NOOP("Catalog", "Task sequences"),
    QT_TRANSLATE_NOOP(
        "Catalog", "How many task sequences (operating system deployment and custom) the site has."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how much operating system deployment is used."),
    QT_TRANSLATE_NOOP("Catalog", "Deployments by kind"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Deployments counted by what they deploy: applications, programs of packages, software updates, baselines, task sequences, configuration policies and so on. Never their names or target collections.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know which kinds of deployment matter most to administrators."),
    QT_TRANSLATE_NOOP("Catalog", "Deployments by purpose"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Deployments counted by purpose: required (installed automatically), available (offered to users) or simulated.",
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Know how administrators deploy, to shape the product's deployment features."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Software the site deploys"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The maker, name and version of each application and package on the site, sorted and without duplicates. Paths, account names and the site's server names are removed from the text.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Software count"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many different applications and packages were found, before any were cut from the list.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Know how complete the software list is."),
    QT_TRANSLATE_NOOP("Catalog", "Software left out"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many entries were left out of the software list because it was longer than the limit.",
    ),
)

PRIVACY = (
    QT_TRANSLATE_NOOP("Privacy", "exact"),
    QT_TRANSLATE_NOOP("Privacy", "sent as it is; left out if it contains anything identifying"),
    QT_TRANSLATE_NOOP("Privacy", "rounded"),
    QT_TRANSLATE_NOOP("Privacy", "rounded to a common size so it cannot single out this computer"),
    QT_TRANSLATE_NOOP("Privacy", "version only"),
    QT_TRANSLATE_NOOP("Privacy", "only a version number is sent; anything else is left out"),
    QT_TRANSLATE_NOOP("Privacy", "replaced"),
    QT_TRANSLATE_NOOP(
        "Privacy", "names, paths and similar identifiers are replaced by neutral placeholders"
    ),
    QT_TRANSLATE_NOOP("Privacy", "replaced by a neutral name such as vm-1"),
    QT_TRANSLATE_NOOP("Privacy", "left out"),
    QT_TRANSLATE_NOOP("Privacy", "not collected: this category is excluded"),
)

USAGE = (
    QT_TRANSLATE_NOOP("Usage", "Preferences opened"),
    QT_TRANSLATE_NOOP("Usage", "Viewer opened"),
    QT_TRANSLATE_NOOP("Usage", "Send now"),
    QT_TRANSLATE_NOOP("Usage", "Report exported"),
    QT_TRANSLATE_NOOP("Usage", "History deleted"),
    QT_TRANSLATE_NOOP("Usage", "Categories changed"),
    QT_TRANSLATE_NOOP("Usage", "VM created"),
    QT_TRANSLATE_NOOP("Usage", "VM started"),
    QT_TRANSLATE_NOOP("Usage", "Snapshot taken"),
    QT_TRANSLATE_NOOP("Usage", "Shared folder added"),
    QT_TRANSLATE_NOOP("Usage", "Console opened"),
    QT_TRANSLATE_NOOP("Usage", "Upload failed"),
    QT_TRANSLATE_NOOP("Usage", "Collector failed"),
    QT_TRANSLATE_NOOP("Usage", "Policy broken"),
    QT_TRANSLATE_NOOP("Usage", "Crash"),
    QT_TRANSLATE_NOOP("Usage", "VM start failed"),
    QT_TRANSLATE_NOOP("Usage", "Update failed"),
)

VALUES = (
    QT_TRANSLATE_NOOP("CatalogValue", "x86_64"),
    QT_TRANSLATE_NOOP("CatalogValue", "x86"),
    QT_TRANSLATE_NOOP("CatalogValue", "arm64"),
    QT_TRANSLATE_NOOP("CatalogValue", "arm"),
    QT_TRANSLATE_NOOP("CatalogValue", "riscv64"),
    QT_TRANSLATE_NOOP("CatalogValue", "ppc64le"),
    QT_TRANSLATE_NOOP("CatalogValue", "s390x"),
    QT_TRANSLATE_NOOP("CatalogValue", "other"),
    QT_TRANSLATE_NOOP("CatalogValue", "vt-x"),
    QT_TRANSLATE_NOOP("CatalogValue", "amd-v"),
    QT_TRANSLATE_NOOP("CatalogValue", "none"),
    QT_TRANSLATE_NOOP("CatalogValue", "ssd"),
    QT_TRANSLATE_NOOP("CatalogValue", "hdd"),
    QT_TRANSLATE_NOOP("CatalogValue", "nvme"),
    QT_TRANSLATE_NOOP("CatalogValue", "unknown"),
    QT_TRANSLATE_NOOP("CatalogValue", "desktop"),
    QT_TRANSLATE_NOOP("CatalogValue", "laptop"),
    QT_TRANSLATE_NOOP("CatalogValue", "server"),
    QT_TRANSLATE_NOOP("CatalogValue", "tablet"),
    QT_TRANSLATE_NOOP("CatalogValue", "virtual"),
    QT_TRANSLATE_NOOP("CatalogValue", "uefi"),
    QT_TRANSLATE_NOOP("CatalogValue", "bios"),
    QT_TRANSLATE_NOOP("CatalogValue", "kvm"),
    QT_TRANSLATE_NOOP("CatalogValue", "qemu"),
    QT_TRANSLATE_NOOP("CatalogValue", "vmware"),
    QT_TRANSLATE_NOOP("CatalogValue", "virtualbox"),
    QT_TRANSLATE_NOOP("CatalogValue", "hyper-v"),
    QT_TRANSLATE_NOOP("CatalogValue", "xen"),
    QT_TRANSLATE_NOOP("CatalogValue", "parallels"),
    QT_TRANSLATE_NOOP("CatalogValue", "bhyve"),
    QT_TRANSLATE_NOOP("CatalogValue", "firecracker"),
    QT_TRANSLATE_NOOP("CatalogValue", "ethernet"),
    QT_TRANSLATE_NOOP("CatalogValue", "wifi"),
    QT_TRANSLATE_NOOP("CatalogValue", "cellular"),
    QT_TRANSLATE_NOOP("CatalogValue", "bluetooth"),
    QT_TRANSLATE_NOOP("CatalogValue", "linux"),
    QT_TRANSLATE_NOOP("CatalogValue", "windows"),
    QT_TRANSLATE_NOOP("CatalogValue", "macos"),
    QT_TRANSLATE_NOOP("CatalogValue", "x11"),
    QT_TRANSLATE_NOOP("CatalogValue", "wayland"),
    QT_TRANSLATE_NOOP("CatalogValue", "tty"),
    QT_TRANSLATE_NOOP("CatalogValue", "dpkg"),
    QT_TRANSLATE_NOOP("CatalogValue", "rpm"),
    QT_TRANSLATE_NOOP("CatalogValue", "flatpak"),
    QT_TRANSLATE_NOOP("CatalogValue", "snap"),
    QT_TRANSLATE_NOOP("CatalogValue", "bsd"),
    QT_TRANSLATE_NOOP("CatalogValue", "solaris"),
    QT_TRANSLATE_NOOP("CatalogValue", "libvirt"),
    QT_TRANSLATE_NOOP("CatalogValue", "utm"),
    QT_TRANSLATE_NOOP("CatalogValue", "ppc64"),
    QT_TRANSLATE_NOOP("CatalogValue", "ppc"),
    QT_TRANSLATE_NOOP("CatalogValue", "m68k"),
    QT_TRANSLATE_NOOP("CatalogValue", "sata"),
    QT_TRANSLATE_NOOP("CatalogValue", "scsi"),
    QT_TRANSLATE_NOOP("CatalogValue", "ide"),
    QT_TRANSLATE_NOOP("CatalogValue", "virtio"),
    QT_TRANSLATE_NOOP("CatalogValue", "usb"),
    QT_TRANSLATE_NOOP("CatalogValue", "nat"),
    QT_TRANSLATE_NOOP("CatalogValue", "bridged"),
    QT_TRANSLATE_NOOP("CatalogValue", "host_only"),
    QT_TRANSLATE_NOOP("CatalogValue", "internal"),
    QT_TRANSLATE_NOOP("CatalogValue", "efi"),
    QT_TRANSLATE_NOOP("CatalogValue", "usb1"),
    QT_TRANSLATE_NOOP("CatalogValue", "usb2"),
    QT_TRANSLATE_NOOP("CatalogValue", "usb3"),
    QT_TRANSLATE_NOOP("CatalogValue", "cas"),
    QT_TRANSLATE_NOOP("CatalogValue", "primary"),
    QT_TRANSLATE_NOOP("CatalogValue", "secondary"),
    QT_TRANSLATE_NOOP("CatalogValue", "application_catalog"),
    QT_TRANSLATE_NOOP("CatalogValue", "asset_intelligence_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "certificate_registration_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "cloud_management_gateway"),
    QT_TRANSLATE_NOOP("CatalogValue", "component_server"),
    QT_TRANSLATE_NOOP("CatalogValue", "data_warehouse_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "distribution_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "endpoint_protection_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "enrollment_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "fallback_status_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "management_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "provider"),
    QT_TRANSLATE_NOOP("CatalogValue", "reporting_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "service_connection_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "site_server"),
    QT_TRANSLATE_NOOP("CatalogValue", "site_system"),
    QT_TRANSLATE_NOOP("CatalogValue", "software_update_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "sql_server"),
    QT_TRANSLATE_NOOP("CatalogValue", "state_migration_point"),
    QT_TRANSLATE_NOOP("CatalogValue", "windows_workstation"),
    QT_TRANSLATE_NOOP("CatalogValue", "windows_server"),
    QT_TRANSLATE_NOOP("CatalogValue", "enabled"),
    QT_TRANSLATE_NOOP("CatalogValue", "disabled"),
    QT_TRANSLATE_NOOP("CatalogValue", "application"),
    QT_TRANSLATE_NOOP("CatalogValue", "program"),
    QT_TRANSLATE_NOOP("CatalogValue", "mobile_program"),
    QT_TRANSLATE_NOOP("CatalogValue", "script"),
    QT_TRANSLATE_NOOP("CatalogValue", "software_update"),
    QT_TRANSLATE_NOOP("CatalogValue", "baseline"),
    QT_TRANSLATE_NOOP("CatalogValue", "task_sequence"),
    QT_TRANSLATE_NOOP("CatalogValue", "content_distribution"),
    QT_TRANSLATE_NOOP("CatalogValue", "distribution_point_group"),
    QT_TRANSLATE_NOOP("CatalogValue", "distribution_point_health"),
    QT_TRANSLATE_NOOP("CatalogValue", "configuration_policy"),
    QT_TRANSLATE_NOOP("CatalogValue", "abstract_configuration_item"),
    QT_TRANSLATE_NOOP("CatalogValue", "required"),
    QT_TRANSLATE_NOOP("CatalogValue", "available"),
    QT_TRANSLATE_NOOP("CatalogValue", "simulate"),
)

CHANGES = (
    QT_TRANSLATE_NOOP(
        "CatalogChanges",
        "The first catalog: every field listed in the viewer and in docs/fields.md.",
    ),
    QT_TRANSLATE_NOOP(
        "CatalogChanges",
        'Installed software that is not known to come from a public source (built locally, from a company\'s own repository, or of an origin this computer cannot tell) is no longer named: it is only counted, in the new field "Installed software counted without names".',
    ),
)
