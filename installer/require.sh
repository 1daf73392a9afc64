# shellcheck shell=bash disable=SC2154 # $python and fail() come from the script that sources this
# What the build scripts need, checked before any work, each missing thing named with
# the way to get it (sourced by installer/build-deb.sh and installer/build-msi.sh, which
# set $repo, $python and fail()).

# The interpreter with the project installed: .venv unless PYTHON names another.
require_project_python() {
  if [ ! -x "$python" ]; then
    [ -z "${PYTHON:-}" ] || fail "PYTHON=$python is not an executable interpreter"
    fail "there is no $python: run bash scripts/setup.sh test first"
  fi
  # The project's distribution, not just `import cep_gui` (which the checkout itself
  # satisfies): PyInstaller bundles its installed dependencies.
  "$python" -c 'import importlib.metadata as m; m.distribution("cep-gui")' 2>/dev/null ||
    fail "the project is not installed in $python: run bash scripts/setup.sh test first"
}

# Every command of "$@" that is missing, as "command (Debian package)" lines; each
# argument is command:package.
missing_commands() {
  local pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || echo "${pair%%:*} (Debian: apt-get install ${pair#*:})"
  done
}

# fail with a list of what is missing (one per line) unless the list is empty.
fail_if_missing() {
  local what=$1
  [ -n "$what" ] || return 0
  fail "missing:
  - ${what//$'\n'/$'\n  - '}
  (bash scripts/setup.sh test installs all of them)"
}
