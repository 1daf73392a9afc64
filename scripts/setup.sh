#!/usr/bin/env bash
# Install what cep-gui needs on a Debian machine: the system libraries Qt loads,
# a virtual environment in .venv, and the project itself (with test tools when
# called as `setup.sh test`). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "test" ] && extras="[test,build]"

debian_packages=(
  python3 python3-venv
  # Qt's offscreen platform
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxkbcommon0
  libxkbcommon-x11-0 fonts-dejavu-core
  # Qt's xcb platform (a real display, or Xvfb for screenshots)
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 xvfb xauth
)

# The test suite also drives real libvirt tools to produce real domain XML.
# It also builds the installers (PyInstaller needs binutils; wixl and msitools for the MSI).
[ "${1:-}" = "test" ] && debian_packages+=(libvirt-clients virtinst binutils wixl msitools)
# The receiver's PostgreSQL engine is tested against a real server the test run starts itself.
[ "${1:-}" = "test" ] && debian_packages+=(postgresql)

missing=()
for pkg in "${debian_packages[@]}"; do
  dpkg-query -W -f '${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -q
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
