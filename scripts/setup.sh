#!/usr/bin/env bash
# Install what cep-gui needs on Debian 12 (bookworm) or 13 (trixie): the Debian packages
# Qt loads, a virtual environment in .venv, and the project itself.
#
#   bash scripts/setup.sh         to run the app
#   bash scripts/setup.sh test    also what the test suite and the installers need
#                                 (pyproject's test and build extras, Debian's tools)
#
# Debian packages are installed only when one is missing (a package counts as present
# when it, or an installed package that provides its name, is installed: Debian 13's
# libglib2.0-0t64 provides libglib2.0-0), with sudo unless you are root. A second run
# does no apt work. A user who is not root and has no sudo gets the one command to run
# as root, and nothing else is changed. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

use=${1:-run}
case $use in
  run) extras="" ;;
  test) extras="[test,build]" ;;
  *)
    echo "usage: bash scripts/setup.sh [test]" >&2
    exit 2
    ;;
esac

# ---------------------------------------------------------------- Debian packages by use
# One line per purpose: add a package to the line (or a new line) of the use that needs it.
# Names are Debian 12's; Debian 13's renamed libraries (t64) provide the same names.
run_packages=(
  ca-certificates # pip downloads over HTTPS
  # Qt's offscreen platform
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxkbcommon0
  libxkbcommon-x11-0 fonts-dejavu-core
  # Qt's xcb platform (a real display, or Xvfb for screenshots)
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 xvfb xauth
)
test_packages=(
  libvirt-clients virtinst # real libvirt tools produce real domain XML
  binutils                 # PyInstaller runs objdump (installer/build-deb.sh)
  wixl msitools            # installer/build-msi.sh and the MSI's tables
  desktop-file-utils       # desktop-file-validate checks the .desktop files
  postgresql               # the receiver's PostgreSQL engine, against a real server
  chromium chromium-driver # the relay's review pages, in a real headless browser
)
# wine installs the x64 MSI in the installer tests (105 MB download); x86-64 only.
[ "$use" != test ] || [ "$(dpkg --print-architecture)" != amd64 ] || test_packages+=(wine)

# The interpreter's own packages. Debian's python3 (or none yet) needs python3-venv for
# .venv and, for PyInstaller, the shared libpython3.X, which Debian's python3 does not
# pull in. Another python3 (pyenv, a local build) brings its own venv and library.
python_minor() { python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }
python_packages() {
  if ! command -v python3 >/dev/null; then
    echo python3 python3-venv
    return
  fi
  local exe
  exe=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')
  dpkg-query -S "$exe" >/dev/null 2>&1 || return 0
  echo python3 python3-venv
  [ "$use" != test ] || echo "libpython$(python_minor)"
}

# Every name an installed package satisfies: its own and those it provides.
declare -A present
read_present() {
  present=()
  local name
  while read -r name; do
    present[$name]=1
  done < <(dpkg-query -W -f '${db:Status-Abbrev} ${Package}, ${Provides}\n' 2>/dev/null |
    awk '$1 ~ /^.i/ {
      sub(/^[^ ]+ +/, ""); gsub(/\([^)]*\)/, ""); gsub(/:[a-z0-9]+/, "")
      n = split($0, names, /[ ,]+/)
      for (i = 1; i <= n; i++) if (names[i] != "") print names[i]
    }')
}
missing_packages() {
  read_present
  local pkg
  for pkg in "$@"; do
    [ -n "${present[$pkg]:-}" ] || echo "$pkg"
  done
}
wanted_packages() {
  printf '%s\n' "${run_packages[@]}"
  python_packages | tr ' ' '\n'
  [ "$use" != test ] || printf '%s\n' "${test_packages[@]}"
}

# How to run apt as root: directly, through sudo, or not at all (then say what to do).
apt_as_root() {
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 -q "$@"
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 -q "$@"
  fi
}
# The exact command for root when this user cannot install: $1 why, then the packages.
tell_root_command() {
  local why=$1
  shift
  local command="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $*"
  if ! command -v python3 >/dev/null && [ "$use" = test ]; then
    # libpython3.X follows the python3 that the first part installs.
    # shellcheck disable=SC2016 # printed for root to run, not expanded here
    command+=' && apt-get install -y --no-install-recommends "libpython$(python3 -c '\''import sys; print("%d.%d" % sys.version_info[:2])'\'')"'
  fi
  cat >&2 <<EOF
setup.sh: these Debian packages are missing: $*
setup.sh: $why
setup.sh: run this once as root, then run this script again:

  $command

EOF
}
install_packages() {
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    tell_root_command "this user ($(id -un)) is not root and has no sudo to install them." "$@"
    exit 1
  fi
  if ! { apt_as_root update && apt_as_root install -y --no-install-recommends "$@"; }; then
    tell_root_command "installing them failed (see above)." "$@"
    exit 1
  fi
}

missing_now() {
  local wanted
  mapfile -t wanted < <(wanted_packages)
  missing_packages "${wanted[@]}"
}
mapfile -t missing < <(missing_now)
if [ ${#missing[@]} -gt 0 ]; then
  install_packages "${missing[@]}"
  # A python3 installed just now brings the need for its libpython3.X.
  mapfile -t missing < <(missing_now)
  [ ${#missing[@]} -eq 0 ] || install_packages "${missing[@]}"
fi

if [ "$use" = test ] && ! python3 -c '
import os, sys, sysconfig
name = sysconfig.get_config_var("INSTSONAME") or ""
sys.exit(not (name and os.path.exists(os.path.join(sysconfig.get_config_var("LIBDIR"), name))))'; then
  echo "setup.sh: WARNING: $(command -v python3) has no shared libpython library, so" \
    "PyInstaller cannot build installer/build-deb.sh's bundle; use Debian's python3 or" \
    "one built with --enable-shared" >&2
fi

# ------------------------------------------------------------------------ the project
# A .venv left without pip (a venv made before python3-venv was installed) is made anew.
if ! { [ -x .venv/bin/python ] && .venv/bin/python -m pip --version >/dev/null 2>&1; }; then
  python3 -m venv --clear .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
