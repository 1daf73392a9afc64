"""Fill in translations of a Qt .ts file from a JSON file, then compile it.

Usage: python scripts/set_translations.py resources/translations/cep_gui_de.ts texts.json

``texts.json`` maps a context to {source text: translation}. Only messages still
marked unfinished (or missing a translation) are changed; the script lists what is
still untranslated afterwards, so it can be run again until nothing is left.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(ts_path: str, texts_path: str) -> int:
    texts: dict[str, dict[str, str]] = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    tree = ET.parse(ts_path)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            done = translation.get("type") != "unfinished" and (translation.text or "")
            if done:
                continue
            found = texts.get(name, {}).get(source)
            if found is None:
                missing.append((name, source))
                continue
            translation.text = found
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # lupdate writes the file back in Qt's own layout, so the diff shows only real changes.
    subprocess.run(["bash", "scripts/update_translations.sh"], check=True, capture_output=True)
    for name, source in missing:
        print(f"untranslated: [{name}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
