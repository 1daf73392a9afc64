#!/usr/bin/env bash
# Build the Debian package: a PyInstaller one-folder bundle of the app under
# /opt/cep-gui, wrapped with dpkg-deb.
#
#   bash installer/build-deb.sh     -> dist/cep-gui_<version>_<arch>.deb
#
# PYTHON picks the interpreter (default .venv/bin/python); PyInstaller comes from the
# project's `build` extra and is installed into that environment when missing.
# CEP_DIST_DIR changes the output folder (default dist/), CEP_BUILD_DIR the scratch
# folder (default build/deb). Needs: dpkg-deb, binutils (objdump, used by PyInstaller)
# and the interpreter's shared library (Debian: libpython3.X); `bash scripts/setup.sh
# test` installs all of them, and the script names whatever is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
python=${PYTHON:-$repo/.venv/bin/python}
out_dir=${CEP_DIST_DIR:-$repo/dist}
build=${CEP_BUILD_DIR:-$repo/build/deb}
debian=$repo/installer/debian

fail() {
  echo "build-deb: $*" >&2
  exit 2
}
# shellcheck source=installer/require.sh
. installer/require.sh
require_project_python

missing=$(missing_commands dpkg-deb:dpkg objdump:binutils)
if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  # The same requirement as pyproject's `build` extra, read from there.
  mapfile -t requirements < <("$python" -c '
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["optional-dependencies"]["build"]))')
  "$python" -m pip install -q --disable-pip-version-check "${requirements[@]}" ||
    missing+=${missing:+$'\n'}"PyInstaller in $python (pip could not install ${requirements[*]}, see above)"
fi
# PyInstaller bundles the interpreter's shared library, which Debian's python3 does not
# pull in (libpython3.X): ask PyInstaller's own search for it.
if "$python" -c 'import PyInstaller' 2>/dev/null; then
  missing+=$("$python" - <<'PY'
import sys, sysconfig
from PyInstaller.depend.bindepend import get_python_library_path
try:
    found = get_python_library_path()
except BaseException:  # PyInstaller's PythonLibraryNotFoundError is a SystemExit
    found = None
if not found:
    name = sysconfig.get_config_var("INSTSONAME") or "libpython%d.%d.so" % sys.version_info[:2]
    print("\n%s, the shared Python library that PyInstaller bundles "
          "(Debian: apt-get install libpython%d.%d)" % ((name,) + sys.version_info[:2]))
PY
)
fi
fail_if_missing "$missing"
"$python" -m installer.generate --check ||
  fail "the templates are stale: run $python -m installer.generate"

version=$("$python" -c 'import cep_gui; print(cep_gui.__version__)')
# PEP 440 pre-releases sort before the release in Debian too: 1.0rc1 -> 1.0~rc1.
deb_version=$(sed -E 's/\.?(dev|a|b|rc)([0-9]*)$/~\1\2/' <<<"$version")
arch=$(dpkg --print-architecture)

rm -rf "$build"
mkdir -p "$build"

# 1. Stage the package as it is installed: resources/ becomes cep_gui/resources, with
#    only the files pyproject's package-data ships. --paths puts this copy ahead of the
#    editable install in the environment.
stage=$build/stage
mkdir -p "$stage"
cp -r cep_gui "$stage/cep_gui"
find "$stage" -name __pycache__ -prune -exec rm -rf {} +
res=$stage/cep_gui/resources
mkdir -p "$res/icons" "$res/translations"
cp resources/__init__.py resources/*.toml "$res/"
cp resources/icons/*.svg "$res/icons/"
cp resources/translations/*.qm "$res/translations/"

# 2. The one-folder bundle. --collect-submodules: commands import their modules lazily.
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --onedir --name cep-gui \
  --paths "$stage" --collect-submodules cep_gui \
  --add-data "$res/*.toml:cep_gui/resources" \
  --add-data "$res/icons/*.svg:cep_gui/resources/icons" \
  --add-data "$res/translations/*.qm:cep_gui/resources/translations" \
  --distpath "$build/bundle" --workpath "$build/work" --specpath "$build" \
  "$stage/cep_gui/__main__.py"
bundle=$build/bundle/cep-gui

# The bundle must find its resources (importlib.resources) and run without a display.
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
QT_QPA_PLATFORM=offscreen CEP_POLICY_DIR="$smoke/policies" \
  "$bundle/cep-gui" --data-dir "$smoke/data" status --json >/dev/null ||
  fail "the bundle does not run: $bundle/cep-gui status --json failed"

# 3. The package tree.
root=$build/root
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/etc/xdg/autostart" \
  "$root/usr/share/doc/cep-gui/examples" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/cep-gui"
ln -s /opt/cep-gui/cep-gui "$root/usr/bin/cep-gui"
cp "$debian/cep-gui.desktop" "$root/usr/share/applications/cep-gui.desktop"
cp "$debian/cep-gui-autostart.desktop" "$root/etc/xdg/autostart/cep-gui.desktop"
cp resources/icons/cep-gui.svg "$root/usr/share/icons/hicolor/scalable/apps/cep-gui.svg"
cp "$debian/copyright" "$root/usr/share/doc/cep-gui/copyright"
cp installer/README.md "$root/usr/share/doc/cep-gui/README.IT.md"
cp installer/linux/example-managed-policy.json "$root/usr/share/doc/cep-gui/examples/"
cp "$debian/config" "$debian/postinst" "$debian/postrm" "$root/DEBIAN/"
cp installer/templates/debian/templates "$root/DEBIAN/templates"
echo /etc/xdg/autostart/cep-gui.desktop >"$root/DEBIAN/conffiles"
chmod -R u=rwX,go=rX "$root"
chmod 0755 "$root/DEBIAN/config" "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"

# Qt's libraries from Debian (scripts/setup.sh installs the same for development), and
# the newest glibc symbol version any bundled binary needs.
glibc=$(find "$root/opt/cep-gui" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' |
  sort -uV | tail -n 1)
depends="libc6 (>= ${glibc:-2.36}), debconf (>= 0.5) | debconf-2.0"
for lib in libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 \
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 \
  libxcb-xkb1 libx11-xcb1; do
  depends="$depends, $lib"
done
installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$deb_version/" -e "s/@ARCH@/$arch/" \
  -e "s/@INSTALLED_SIZE@/$installed_size/" -e "s/@DEPENDS@/$depends/" \
  "$debian/control.in" >"$root/DEBIAN/control"

# 4. gzip level 1 (CEP_DEB_GZIP_LEVEL): readable by every dpkg; 8x faster than level 6
#    on this 180 MB tree for a package 9% larger.
mkdir -p "$out_dir"
deb=$out_dir/cep-gui_${deb_version}_${arch}.deb
dpkg-deb --root-owner-group -Zgzip -z"${CEP_DEB_GZIP_LEVEL:-1}" --build "$root" "$deb" >/dev/null
echo "$deb"
