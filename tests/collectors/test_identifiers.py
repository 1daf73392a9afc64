"""What the privacy filter is told to look for: this machine's users, hosts and serials."""

from __future__ import annotations

from pathlib import Path

from cep_gui.collectors.identifiers import gather_identifiers
from cep_gui.core.privacy import TextScreen
from tests.helpers.system import make_env, write_tree

PASSWD = (
    "root:x:0:0:root:/root:/bin/bash\n"
    "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
    "li:x:1000:1000:Li Wu,,,:/home/li:/bin/bash\n"
    "bob:x:1001:1001:Jane-Marie Roe,Room 4,,:/srv/homes/bob:/bin/bash\n"
)


def test_every_part_of_a_real_name_and_every_account_is_looked_for(tmp_path: Path) -> None:
    write_tree(tmp_path, {"/etc/passwd": PASSWD, "/etc/hostname": "ws-7.emea.corp.example\n"})
    env = make_env(tmp_path, home=tmp_path / "home" / "li", environ={"USER": "li"})
    ids = gather_identifiers(env)
    assert {"li", "bob", "Li Wu", "Li", "Wu", "Jane-Marie Roe", "Jane", "Marie", "Roe"} <= set(
        ids.user_names
    )
    assert "root" not in ids.user_names and "daemon" not in ids.user_names  # system accounts
    assert "/srv/homes/bob" in ids.home_dirs
    screen = TextScreen(ids)
    text = "Li, Wu and bob (Jane-Marie Roe) on ws-7 in emea.corp.example"
    assert screen.screen(text).text == "[user], [user] and [user] ([user]) on [host] in [host]"
