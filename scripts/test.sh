#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it: set up, lint, type-check, test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh test

export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
run_pytest() {
  local status=0
  .venv/bin/pytest -q "$@" || status=$?
  if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests: that is a failure" >&2
  fi
  return "$status"
}
# The fast suite, then the installers (real .deb build, install, purge; .msi tables).
run_pytest -m "not installer" "$@"
run_pytest -m installer tests/installer
