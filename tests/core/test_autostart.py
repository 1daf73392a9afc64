"""Start at login: the user's own entry, and overriding a machine-wide one."""

from __future__ import annotations

from pathlib import Path

from cep_gui.core import autostart


def env_for(tmp_path: Path) -> dict[str, str]:
    return {
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        "XDG_CONFIG_DIRS": str(tmp_path / "etc" / "xdg"),
    }


def test_enable_and_disable_the_users_entry(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    target = autostart.autostart_file(env)
    assert not autostart.is_enabled(env)
    autostart.enable(env, ["/opt/cep-gui/cep-gui"], target)
    assert autostart.is_enabled(env)
    assert "Exec=/opt/cep-gui/cep-gui tray" in target.read_text()
    autostart.disable(env)
    assert not target.exists() and not autostart.is_enabled(env)


def test_a_user_can_turn_off_the_machine_wide_entry(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    system = tmp_path / "etc" / "xdg" / "autostart" / autostart.ENTRY_NAME
    system.parent.mkdir(parents=True)
    system.write_text("[Desktop Entry]\nExec=cep-gui tray\n")
    assert autostart.is_enabled(env)  # installed by the package: on for everyone
    autostart.disable(env)
    user_entry = autostart.autostart_file(env)
    assert "Hidden=true" in user_entry.read_text()
    assert not autostart.is_enabled(env) and system.exists()
