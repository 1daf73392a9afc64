"""The .reg export reader that stands in for the Windows registry in tests."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cep_gui.core.registry import RegistryReader
from tests.helpers.regfile import RegFileError, RegFileReader

FIXTURES = Path(__file__).parent / "fixtures" / "software" / "windows"

SAMPLE = (
    "Windows Registry Editor Version 5.00\r\n"
    "\r\n"
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\CEP]\r\n"
    '"Participation"="forced_on"\r\n'
    '"TrayAutostart"=dword:00000001\r\n'
    '"Big"=dword:0000000a\r\n'
    '"Path"="C:\\\\Program Files\\\\CEP \\"quoted\\""\r\n'
    '@="default value"\r\n'
    '"AllowedCategories"=hex(7):68,00,6f,00,73,00,74,00,5f,00,68,00,61,00,72,00,64,\\\r\n'
    "  00,77,00,61,00,72,00,65,00,00,00,75,00,73,00,61,00,67,00,65,00,00,00,00,00\r\n"
    '"Expand"=hex(2):25,00,50,00,52,00,4f,00,47,00,52,00,41,00,4d,00,46,00,49,00,\\\r\n'
    "  4c,00,45,00,53,00,25,00,00,00\r\n"
    '"Blob"=hex:01,02,ff\r\n'
    '"Quad"=hex(b):00,e4,0b,54,02,00,00,00\r\n'
    '"Empty"=hex(7):00,00\r\n'
    "\r\n"
    "[HKEY_CURRENT_USER\\SOFTWARE\\Policies\\CEP]\r\n"
    '"Endpoint"="https://cep.example.test/"\r\n'
    "\r\n"
)


def test_values_have_winreg_types() -> None:
    reader = RegFileReader.from_text(SAMPLE)
    values = reader.values("HKLM", r"SOFTWARE\Policies\CEP")
    assert values == {
        "Participation": "forced_on",
        "TrayAutostart": 1,
        "Big": 10,
        "Path": 'C:\\Program Files\\CEP "quoted"',
        "": "default value",
        "AllowedCategories": ["host_hardware", "usage"],
        "Expand": "%PROGRAMFILES%",
        "Blob": b"\x01\x02\xff",
        "Quad": 10_000_000_000,
        "Empty": [],
    }
    assert reader.values("HKCU", r"SOFTWARE\Policies\CEP") == {
        "Endpoint": "https://cep.example.test/"
    }


def test_keys_are_case_insensitive_and_parents_are_implied() -> None:
    reader = RegFileReader.from_text(SAMPLE)
    assert reader.values("HKLM", r"software\policies\cep")["Participation"] == "forced_on"
    assert reader.values("HKEY_LOCAL_MACHINE", "SOFTWARE\\Policies\\CEP\\")["Big"] == 10
    assert reader.subkeys("HKLM", "SOFTWARE") == ["Policies"]
    assert reader.subkeys("HKLM", r"SOFTWARE\Policies") == ["CEP"]
    assert reader.subkeys("HKLM", r"SOFTWARE\Nope") == []
    assert reader.values("HKCU", r"SOFTWARE\Nope") == {}


def test_is_a_registry_reader() -> None:
    reader: RegistryReader = RegFileReader.from_text(SAMPLE)
    assert reader.subkeys("HKCU", "SOFTWARE") == ["Policies"]


def test_reads_regedit_utf16_exports_with_bom() -> None:
    data = (FIXTURES / "uninstall.reg").read_bytes()
    assert data.startswith(codecs.BOM_UTF16_LE)
    reader = RegFileReader.from_files(FIXTURES / "uninstall.reg")
    uninstall = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"
    assert "Mozilla Firefox 133.0 (x64 en-US)" in reader.subkeys("HKLM", uninstall)
    seven_zip = reader.values("HKLM", uninstall + r"\{23170F69-40C1-2702-2409-000001000000}")
    assert seven_zip["DisplayName"] == "7-Zip 24.09 (x64 edition)"
    assert seven_zip["VersionMajor"] == 24
    # REG_EXPAND_SZ spread over continuation lines.
    assert seven_zip["UninstallString"] == "MsiExec.exe /I{23170F69-40C1-2702-2409-000001000000}"


def test_utf8_and_regedit4_files(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.reg"
    utf8.write_bytes(codecs.BOM_UTF8 + SAMPLE.replace("\r\n", "\n").encode("utf-8"))
    assert RegFileReader.from_files(utf8).values("HKCU", r"Software\Policies\CEP")
    legacy = RegFileReader.from_text(
        'REGEDIT4\n\n[HKEY_CURRENT_USER\\Software\\X]\n"S"=hex(2):25,55,25,00\n'
    )
    assert legacy.values("HKCU", r"Software\X") == {"S": "%U%"}


def test_deletions_and_later_files_win() -> None:
    reader = RegFileReader.from_text(SAMPLE)
    reader.load_text(
        "Windows Registry Editor Version 5.00\n\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\CEP]\n"
        '"Big"=-\n"Participation"="user_choice"\n\n'
        "[-HKEY_CURRENT_USER\\SOFTWARE\\Policies\\CEP]\n"
        '"Ignored"="yes"\n'
    )
    values = reader.values("HKLM", r"SOFTWARE\Policies\CEP")
    assert "Big" not in values and values["Participation"] == "user_choice"
    assert reader.values("HKCU", r"SOFTWARE\Policies\CEP") == {}


@pytest.mark.parametrize(
    "text",
    [
        "not a registry file\n",
        'Windows Registry Editor Version 5.00\n\n"Orphan"="value"\n',
        'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\X]\n"A"=dword:xyz\n',
        'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\X]\n"A"="open\n',
        'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\X]\n"A"=hex:zz\n',
        "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\X\n",
    ],
)
def test_malformed_files_are_rejected(text: str) -> None:
    with pytest.raises(RegFileError):
        RegFileReader.from_text(text)
