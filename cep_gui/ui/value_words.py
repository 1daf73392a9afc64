"""The catalog's enumerated values as an English reader says them.

The catalog's values are ids made for the wire (``host_only``, ``hdd``, ``usb3``,
``distribution_point``). Other languages word them in their translation files; English
is the source language, whose translation file holds only plural forms, so its words
live here. A value that reads right as it is (``laptop``, ``other``) and the names of
products and formats (``vmware``, ``dpkg``, ``x86_64``) are shown as they are: a test
checks that every value the German translation words has an English word here or is
listed in :data:`READS_AS_IS`.
"""

from __future__ import annotations

#: English words for the catalog's enumerated values.
WORDS: dict[str, str] = {
    "vt-x": "VT-x",
    "amd-v": "AMD-V",
    "ssd": "SSD",
    "hdd": "hard disk",
    "nvme": "NVMe",
    "desktop": "desktop PC",
    "uefi": "UEFI",
    "bios": "BIOS",
    "efi": "EFI",
    "ethernet": "Ethernet",
    "wifi": "Wi-Fi",
    "bluetooth": "Bluetooth",
    "sata": "SATA",
    "scsi": "SCSI",
    "ide": "IDE",
    "usb": "USB",
    "usb1": "USB 1",
    "usb2": "USB 2",
    "usb3": "USB 3",
    "nat": "NAT",
    "host_only": "host-only",
    "cas": "central administration site (CAS)",
    "primary": "primary site",
    "secondary": "secondary site",
    "application_catalog": "Application Catalog",
    "asset_intelligence_point": "Asset Intelligence synchronization point",
    "certificate_registration_point": "certificate registration point",
    "cloud_management_gateway": "cloud management gateway",
    "component_server": "component server",
    "data_warehouse_point": "data warehouse service point",
    "distribution_point": "distribution point",
    "endpoint_protection_point": "Endpoint Protection point",
    "enrollment_point": "enrollment point",
    "fallback_status_point": "fallback status point",
    "management_point": "management point",
    "provider": "SMS Provider",
    "reporting_point": "reporting services point",
    "service_connection_point": "service connection point",
    "site_server": "site server",
    "site_system": "site system",
    "software_update_point": "software update point",
    "sql_server": "SQL Server",
    "state_migration_point": "state migration point",
    "windows_workstation": "Windows workstation",
    "windows_server": "Windows Server",
    "mobile_program": "mobile program",
    "software_update": "software update",
    "baseline": "configuration baseline",
    "task_sequence": "task sequence",
    "content_distribution": "content distribution",
    "distribution_point_group": "distribution point group",
    "distribution_point_health": "distribution point health",
    "configuration_policy": "configuration policy",
    "abstract_configuration_item": "abstract configuration item",
    "simulate": "simulated",
}

#: Values other languages word that read right in English as they are.
READS_AS_IS = frozenset(
    {
        "other",
        "none",
        "unknown",
        "laptop",
        "server",
        "tablet",
        "virtual",
        "cellular",
        "bridged",
        "internal",
        "enabled",
        "disabled",
        "application",
        "program",
        "script",
        "required",
        "available",
    }
)
