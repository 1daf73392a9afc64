#!/usr/bin/env bash
# Mutation testing of the privacy filter, the validation rules, the schedule and sending.
#
#   bash scripts/mutation.sh            # full run (see the README for its time), then the counts
#   bash scripts/mutation.sh --list     # the survivors of the last run, each with its diff
#
# mutmut (the "mutation" extra) changes one thing at a time in cep_gui/core/privacy.py,
# validate.py, schedule.py, sending.py and fence.py ([tool.mutmut] in pyproject.toml) and runs
# the tests that cover it; a mutant that no test notices "survives". The README lists the
# last figures and why each remaining survivor is harmless.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
if ! "$PY" -c "import mutmut" 2>/dev/null; then
    .venv/bin/pip install -q -e ".[mutation]"
fi
# Keep the user's own store out of the tests that start the real command.
CEP_DATA_DIR="$(mktemp -d)"
export CEP_DATA_DIR
trap 'rm -rf "$CEP_DATA_DIR"' EXIT
if [[ "${1:-}" == "--list" ]]; then
    for name in $(.venv/bin/mutmut results 2>/dev/null | awk '/survived|no tests/ {print $1}' | tr -d ':'); do
        echo "== $name"
        .venv/bin/mutmut show "$name" 2>/dev/null | grep -E '^[-+] ' || true
    done
    exit 0
fi
rm -rf mutants
# Four at once on two cores: the sending tests spend most of their time waiting on the real
# receiver's sockets, not computing.
.venv/bin/mutmut run --max-children "${MUTMUT_CHILDREN:-4}" > mutants.log 2>&1 || { tail -c 2000 mutants.log; exit 1; }
"$PY" - <<'PYEOF'
import collections
import subprocess

out = subprocess.run(
    [".venv/bin/mutmut", "results", "--all", "true"], capture_output=True, text=True, check=True
).stdout
counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
for line in out.splitlines():
    name, _, status = line.strip().partition(": ")
    if status:
        counts[name.split(".")[2]][status] += 1
for module, c in sorted(counts.items()):
    killed, survived, untested = c["killed"], c["survived"], c["no tests"]
    print(f"{module}.py: {sum(c.values())} mutants, {killed} killed, {survived} survived, "
          f"{untested} without tests")
PYEOF
