#!/usr/bin/env bash
# Refresh the translations after UI strings changed: lupdate collects every tr()/translate()
# text from cep_gui/ui into the .ts files (translations already made are kept, texts the code
# no longer has are dropped), then lrelease compiles each .ts into the .qm the app loads.
# Translate new texts (in Qt Linguist or the .ts XML), then run this again and commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=.venv/bin
shopt -s nullglob
ts_files=(resources/translations/cep_gui_*.ts)
if [ ${#ts_files[@]} -eq 0 ]; then
  echo "no resources/translations/cep_gui_*.ts found" >&2
  exit 1
fi

for ts in "${ts_files[@]}"; do
  "$bin/pyside6-lupdate" -silent -no-obsolete cep_gui/ui/*.py -ts "$ts"
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "$ts: $unfinished message(s) still need a translation" >&2
  fi
done
