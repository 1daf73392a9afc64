"""Fill in translations of a Qt .ts file from a JSON file, then compile it.

Usage: python scripts/set_translations.py resources/translations/cep_gui_de.ts texts.json

``texts.json`` maps a context to {source text: translation}; a message with a count
(``%n``) takes a list, one text per plural form of the language (German and English:
[singular, plural]). Only messages still marked unfinished (or missing a translation)
are changed, unless ``--replace`` is given, which also rewrites finished ones found in
the file. The script lists what is still untranslated afterwards, so it can be run
again until nothing is left.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Texts = dict[str, dict[str, "str | list[str]"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts")
    parser.add_argument("texts")
    parser.add_argument("--replace", action="store_true", help="also rewrite finished texts")
    args = parser.parse_args(argv)
    texts: Texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    tree = ET.parse(args.ts)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            found = texts.get(name, {}).get(source)
            if _done(message, translation) and not (args.replace and found is not None):
                continue
            if found is None:
                missing.append((name, source))
                continue
            _fill(message, translation, found)
    tree.write(args.ts, encoding="utf-8", xml_declaration=True)
    # lupdate writes the file back in Qt's own layout, so the diff shows only real changes.
    subprocess.run(["bash", "scripts/update_translations.sh"], check=True, capture_output=True)
    for name, source in missing:
        print(f"untranslated: [{name}] {source}")
    return 1 if missing else 0


def _done(message: ET.Element, translation: ET.Element) -> bool:
    if translation.get("type") == "unfinished":
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def _fill(message: ET.Element, translation: ET.Element, found: str | list[str]) -> None:
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = [found] if isinstance(found, str) else found
        for old in translation.findall("numerusform"):
            translation.remove(old)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        return
    translation.text = found if isinstance(found, str) else found[0]


if __name__ == "__main__":
    sys.exit(main())
