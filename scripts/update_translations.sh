#!/usr/bin/env bash
# Refresh the translations after UI strings or the field catalog changed:
#  1. cep_gui/ui/catalog_messages.py is generated from resources/catalog.toml (titles,
#     descriptions, purposes, privacy labels, usage names), so lupdate can find them;
#  2. lupdate collects every tr()/translate() text from cep_gui/ui into the .ts files
#     (translations already made are kept, texts the code no longer has are dropped);
#     cep_gui_en.ts holds only the English plural forms ("1 match", "2 matches");
#  3. lrelease compiles each .ts into the .qm the app loads.
# Translate new texts (scripts/set_translations.py fills them from a JSON file, or use Qt
# Linguist), then run this again and commit the .ts and .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=.venv/bin
"$bin/python" -m cep_gui.ui.catalog_texts
shopt -s nullglob
ts_files=(resources/translations/cep_gui_*.ts)
if [ ${#ts_files[@]} -eq 0 ]; then
  echo "no resources/translations/cep_gui_*.ts found" >&2
  exit 1
fi

for ts in "${ts_files[@]}"; do
  only=()
  if [[ "$ts" == *_en.ts ]]; then
    only=(-pluralonly)
  fi
  "$bin/pyside6-lupdate" -silent -no-obsolete "${only[@]}" cep_gui/ui/*.py -ts "$ts"
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "$ts: $unfinished message(s) still need a translation" >&2
  fi
done
