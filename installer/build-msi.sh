#!/usr/bin/env bash
# Build the Windows Installer package with Debian's wixl (apt-get install wixl msitools)
# from the WiX source generated from the policy schema (installer/templates/windows).
#
#   bash installer/build-msi.sh     -> dist/cep-gui-<version>.msi
#
# The Windows program cannot be built on Linux: the package takes the files of
# CEP_WINDOWS_PAYLOAD (default installer/windows/payload), which must hold the
# PyInstaller build made on Windows (installer/README.md, "Windows: the payload").
# Without cep-gui.exe there the result is a placeholder, named *-placeholder.msi,
# and a warning says so; CEP_REQUIRE_RELEASE=1 turns that into an error.
# CEP_DIST_DIR changes the output folder (default dist/); CEP_MSI_VERSION the version.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
python=${PYTHON:-$repo/.venv/bin/python}
payload=$(realpath "${CEP_WINDOWS_PAYLOAD:-$repo/installer/windows/payload}")
templates=$repo/installer/templates/windows
out_dir=${CEP_DIST_DIR:-$repo/dist}

fail() {
  echo "build-msi: $*" >&2
  exit 2
}
# shellcheck source=installer/require.sh
. installer/require.sh
fail_if_missing "$(missing_commands wixl:wixl wixl-heat:wixl msibuild:msitools)"
require_project_python
[ -d "$payload" ] || fail "no payload folder $payload"
# The package must say what the schema says: refuse templates older than the schema.
"$python" -m installer.generate --check ||
  fail "the templates are stale: run $python -m installer.generate"

version=$("$python" -c 'import cep_gui; print(cep_gui.__version__)')
# ProductVersion is numeric (major.minor.build); a suffix such as .dev1 is dropped.
# CEP_MSI_VERSION overrides it (the upgrade test builds a "next" version).
msi_version=${CEP_MSI_VERSION:-$(sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/' <<<"$version")}

[ -z "${CEP_MSI_VERSION:-}" ] || version=$msi_version
name="cep-gui-$version.msi"
suffix=""
if [ ! -f "$payload/cep-gui.exe" ]; then
  [ "${CEP_REQUIRE_RELEASE:-0}" != 1 ] || fail "$payload has no cep-gui.exe; no release build"
  name="cep-gui-$version-placeholder.msi"
  suffix=" (placeholder, not for release)"
  cat >&2 <<EOF
build-msi: WARNING: $payload has no cep-gui.exe.
build-msi: WARNING: This is NOT a release build: the package installs only the payload's
build-msi: WARNING: README and is named $name.
build-msi: WARNING: Build the Windows program on Windows first (installer/README.md,
build-msi: WARNING: "Windows: the payload").
EOF
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One component per payload file, in a stable order (wixl-heat strips the prefix).
(cd "$payload" && find . -type f ! -name .gitignore -printf 'payload/%P\n' | LC_ALL=C sort) |
  wixl-heat --prefix payload/ --directory-ref INSTALLFOLDER --component-group CG.payload \
    --var var.PayloadDir --win64 >"$work/payload.wxs"

# wixl wants source paths relative to the working folder.
wixl -a x64 -D Version="$msi_version" -D PayloadDir="$(realpath --relative-to=. "$payload")" \
  -D Win64=yes \
  -D ProductSuffix="$suffix" -o "$work/$name" "$templates/cep-gui.wxs" "$work/payload.wxs"
# What wixl cannot express (component conditions, secure properties): SQL on the tables.
while IFS= read -r query; do
  case $query in '' | --*) continue ;; esac
  msibuild "$work/$name" -q "$query"
done <"$templates/cep-gui-fixups.sql"

mkdir -p "$out_dir"
mv "$work/$name" "$out_dir/$name"
echo "$out_dir/$name"
