#!/usr/bin/env bash
# Do the README's commands work on a new Debian machine? Run them in a freshly
# bootstrapped minimal Debian root and find out.
#
#   sudo bash scripts/check-fresh-machine.sh [--release trixie|bookworm] [--full]
#   sudo bash scripts/check-fresh-machine.sh [--release R] --pytest "tests/x.py::test_y -x"
#
# What it does, each run from a pristine copy of a cached minimal root:
#  1. A minimal Debian root (debootstrap --variant=minbase) from the mirror this machine's
#     own apt sources name, cached in /var/cache/cep-gui-fresh-machine/<release> (outside
#     the repository) and used read-only as the lower layer of an overlay, so every run
#     starts pristine (a plain copy where overlayfs is not available). Rebuilt after 14
#     days or with --rebuild.
#  2. A clean clone of this repository's HEAD (uncommitted files never leak in) in the
#     home folder of root and of each test user.
#  3. pip inside uses the same package index configuration as this machine: the values of
#     `pip config list` go to the root's /etc/pip.conf, the PIP_* variables are passed on,
#     files they name are copied in, and local index folders they name are bind-mounted
#     read-only at the same path (they are several GB: copying them would cost minutes).
#  4. The paths a newcomer takes (pristine root A):
#       a user without sudo on the pristine root: one plain "run this once as root" message
#       root: bash scripts/setup.sh && .venv/bin/cep-gui collect   (the README's first command)
#       the user without sudo, after root's setup: the same command passes and runs no
#         apt-get, apt or sudo at all (every program it starts is traced with strace)
#       root: bash installer/build-deb.sh names what is missing (libpython3.X, objdump)
#       root: bash scripts/setup.sh test && bash installer/build-deb.sh, then the package
#         is installed with apt-get, its cep-gui collect runs, and it is purged
#       --full: root: bash scripts/test.sh (the README's test command, CI=true; ~15 min)
#     and (pristine root B, with sudo installed): a user with sudo runs the first command.
#
# It stops at the first failing step and prints the step's command and its last output
# lines. All the work runs inside its own mount and PID namespaces: every mount disappears
# with them and no process can outlive the check (also on Ctrl-C or a kill); the script
# then checks that nothing is left. Needs root; installs debootstrap and strace if missing.
# Downloaded .deb files are kept in the cache between runs (apt still does all its work).
#
#   --pytest A  reproduce a failure seen only on a new machine: on the pristine root, as
#               root, bash scripts/setup.sh test, then the suite's pytest with arguments A
#               (CI=true, Qt offscreen), and nothing else; the output is in the step's log
#   --can-run   only say whether this machine can run the check (exit 0) or why not (3)
#   --rebuild   bootstrap the cached root again
#   --mirror U  use this Debian mirror instead of the one in the apt sources
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cache_base=${CEP_FRESH_MACHINE_CACHE:-/var/cache/cep-gui-fresh-machine}
max_age_days=14
# What CI checks: Debian 13 (Python 3.13, the t64 library names), the release that
# differs most from the Debian 12 machines the project is developed on.
release=trixie
full=no
pytest_args=""
rebuild=no
can_run_only=no
mirror=""

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//' >&2
  exit 2
}
inside=no
while [ $# -gt 0 ]; do
  case $1 in
    --release) release=${2:?--release needs a name}; shift ;;
    --full) full=yes ;;
    --pytest) pytest_args=${2:?--pytest needs the arguments for pytest}; shift ;;
    --rebuild) rebuild=yes ;;
    --can-run) can_run_only=yes ;;
    --mirror) mirror=${2:?--mirror needs a URL}; shift ;;
    --inside) inside=yes ;;
    -h | --help) usage ;;
    *) echo "check-fresh-machine: unknown option $1" >&2; usage ;;
  esac
  shift
done
case $release in bookworm | trixie) ;; *) echo "check-fresh-machine: --release bookworm or trixie" >&2; exit 2 ;; esac

say() { echo "check-fresh-machine: $*"; }
die() { echo "check-fresh-machine: $*" >&2; exit 1; }

# ------------------------------------------------------------ can this machine run it?
# Whether apt can install a package. The output is read whole first: piped into
# `grep -q`, apt-cache dies of SIGPIPE when grep stops early, and under pipefail a
# package apt can install looked uninstallable.
has_candidate() {
  local policy
  policy=$(apt-cache policy "$1" 2>/dev/null) || return 1
  [[ $policy =~ Candidate:\ [0-9] ]]
}
why_not() {
  [ "$(id -u)" = 0 ] || { echo "it needs root (debootstrap, chroot, mounts)"; return; }
  command -v apt-get >/dev/null || { echo "this is not a Debian machine (no apt-get)"; return; }
  unshare --mount --pid --fork --mount-proc true 2>/dev/null ||
    { echo "it cannot make mount and PID namespaces here (unshare failed)"; return; }
  local tool updated=no
  for tool in debootstrap strace; do
    command -v "$tool" >/dev/null && continue
    # A new machine may have no package lists yet.
    if ! has_candidate "$tool" && [ "$updated" = no ]; then
      apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null 2>&1 || true
      updated=yes
    fi
    has_candidate "$tool" ||
      { echo "$tool is not installed and apt cannot install it"; return; }
  done
}

# ------------------------------------------------------------ the mirror, from apt's sources
# Prints "uri suite-suffix components signed-by format" for each Debian entry of the host's
# release (suffix "", -updates, -security), read from deb822 and classic sources files.
host_codename=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release | tr -d '"')
host_sources() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk -v RS='' -v codename="$host_codename" '
      {
        types = ""; uris = ""; suites = ""; comps = ""; key = "-"; enabled = "yes"
        n = split($0, lines, "\n")
        for (i = 1; i <= n; i++) {
          line = lines[i]
          if (line ~ /^#/) continue
          split(line, kv, ":")
          field = tolower(kv[1]); value = substr(line, length(kv[1]) + 2)
          gsub(/^[ \t]+|[ \t]+$/, "", value)
          if (field == "types") types = value
          else if (field == "uris") uris = value
          else if (field == "suites") suites = value
          else if (field == "components") comps = value
          else if (field == "signed-by") key = value
          else if (field == "enabled") enabled = tolower(value)
        }
        if (enabled == "no" || (" " types " ") !~ / deb /) next
        nu = split(uris, u, " "); ns = split(suites, s, " ")
        gsub(/ /, ",", comps)
        for (a = 1; a <= nu; a++) for (b = 1; b <= ns; b++) {
          suffix = substr(s[b], length(codename) + 1)
          if (index(s[b], codename) == 1 && (suffix == "" || suffix == "-updates" || suffix == "-security"))
            print u[a], (suffix == "" ? "." : suffix), comps, key, "deb822"
        }
      }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk -v codename="$host_codename" '
      $1 == "deb" {
        i = 2; key = "-"
        if ($2 ~ /^\[/) {
          while (i <= NF && $i !~ /\]$/) { if ($i ~ /signed-by=/) { key = $i; sub(/.*signed-by=/, "", key) } i++ }
          if ($i ~ /signed-by=/) { key = $i; sub(/.*signed-by=/, "", key); sub(/\]$/, "", key) }
          i++
        }
        uri = $i; suite = $(i + 1); comps = ""
        for (j = i + 2; j <= NF; j++) comps = comps (comps == "" ? "" : ",") $j
        suffix = substr(suite, length(codename) + 1)
        if (index(suite, codename) == 1 && (suffix == "" || suffix == "-updates" || suffix == "-security"))
          print uri, (suffix == "" ? "." : suffix), comps, key, "classic"
      }' "$f"
  done
}

# The apt sources of the new root: the host's entries with the host's release replaced.
write_root_sources() { # root entries...
  local root=$1 line uri suffix comps key format
  shift
  rm -f "$root/etc/apt/sources.list"
  mkdir -p "$root/etc/apt/sources.list.d"
  for line in "$@"; do
    read -r uri suffix comps key format <<<"$line"
    [ "$suffix" != . ] || suffix=""
    if [ "$format" = deb822 ]; then
      {
        echo "Types: deb"
        echo "URIs: $uri"
        echo "Suites: $release$suffix"
        echo "Components: ${comps//,/ }"
        [ "$key" = - ] || echo "Signed-By: $key"
        echo
      } >>"$root/etc/apt/sources.list.d/debian.sources"
    else
      local opts=""
      [ "$key" = - ] || opts="[signed-by=$key] "
      echo "deb $opts$uri $release$suffix ${comps//,/ }" >>"$root/etc/apt/sources.list"
    fi
  done
}

# ------------------------------------------------------------ pip's configuration
# NAME=value lines for /etc/pip.conf ([global] and other sections as pip names them).
pip_config_lines() {
  command -v python3 >/dev/null || return 0
  python3 -m pip config list 2>/dev/null | grep -v '^:env:' || true
}
# Every absolute path a pip setting or PIP_* variable names (file:// URLs too).
pip_named_paths() {
  { pip_config_lines | sed -E "s/^[^=]+='?//; s/'$//"; env | grep '^PIP_' | sed 's/^[^=]*=//'; } |
    tr ' ' '\n' | sed 's#^file://##' | grep '^/' | sort -u
}

# ====================================================================== outside
if [ "$inside" = no ]; then
  reason=$(why_not)
  if [ "$can_run_only" = yes ]; then
    if [ -n "$reason" ]; then
      echo "the fresh-machine check cannot run on this machine: $reason"
      exit 3
    fi
    exit 0
  fi
  [ -z "$reason" ] || die "cannot run here: $reason"
  updated=no
  for tool in debootstrap strace; do
    command -v "$tool" >/dev/null && continue
    say "installing $tool"
    # Package lists first (a new machine has none or old ones); wait for another apt
    # (unattended-upgrades on a new machine) rather than fail on its lock.
    [ "$updated" = yes ] || apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null ||
      die "apt-get update failed"
    updated=yes
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
      --no-install-recommends "$tool" >/dev/null || die "apt-get install $tool failed"
  done

  mapfile -t sources < <(host_sources)
  if [ -n "$mirror" ]; then
    sources=("$mirror . main - deb822")
  elif [ ${#sources[@]} -eq 0 ]; then
    die "no Debian entry for '$host_codename' in /etc/apt/sources.list{,.d}; give --mirror URL"
  fi
  main_mirror=""
  for line in "${sources[@]}"; do
    read -r uri suffix _ <<<"$line"
    [ "$suffix" = . ] && [ -z "$main_mirror" ] && main_mirror=$uri
  done
  [ -n "$main_mirror" ] || die "the apt sources name no main Debian archive for '$host_codename'"

  mkdir -p "$cache_base/runs"
  # Runs killed with SIGKILL leave their scratch folder: remove those whose run is gone.
  for stale in "$cache_base"/runs/*; do
    [ -d "$stale" ] || continue
    kill -0 "${stale##*/}" 2>/dev/null || rm -rf "$stale"
  done
  run_dir=$cache_base/runs/$$
  mkdir -p "$run_dir"
  trap 'rm -rf "$run_dir"' EXIT

  # The clean clone: HEAD as committed, nothing from the work tree.
  git clone -q --no-hardlinks "$repo" "$run_dir/clone"
  git -C "$run_dir/clone" checkout -q --detach "$(git -C "$repo" rev-parse HEAD)"

  # The inside runs from a copy: bash reads a script as it goes, and an edit to this file
  # during a run must not change what the run does.
  cp "$0" "$run_dir/check-fresh-machine.sh"
  inside_args=(--inside --release "$release")
  [ "$full" = no ] || inside_args+=(--full)
  [ -z "$pytest_args" ] || inside_args+=(--pytest "$pytest_args")
  [ "$rebuild" = no ] || inside_args+=(--rebuild)
  started=$SECONDS
  # In the background, so that Ctrl-C or TERM reach this side at once (a foreground child
  # that handles SIGINT itself would hide it from bash) and end the namespace as a whole:
  # killing unshare makes the kernel kill its child, PID 1 inside, and so every process
  # there; the mounts go with the last of them.
  CHECK_SOURCES=$(printf '%s\n' "${sources[@]}") CHECK_MIRROR=$main_mirror CHECK_RUN_DIR=$run_dir \
    unshare --mount --pid --fork --mount-proc --kill-child --propagation private \
    bash "$run_dir/check-fresh-machine.sh" "${inside_args[@]}" &
  child=$!
  interrupted=""
  # shellcheck disable=SC2317 # called from the traps below
  stop() {
    interrupted=$1
    kill -KILL "$child" 2>/dev/null || true
  }
  trap 'stop 130' INT
  trap 'stop 143' TERM
  status=0
  wait "$child" || status=$?
  while kill -0 "$child" 2>/dev/null; do wait "$child" || status=$?; done
  [ -z "$interrupted" ] || status=$interrupted
  rooted_in_run() {
    local p root_of
    for p in /proc/[0-9]*; do
      root_of=$(readlink "$p/root" 2>/dev/null || true)
      case $root_of in "$run_dir"/* | "$cache_base/$release"/*) echo "process ${p#/proc/}: $(tr '\0' ' ' <"$p/cmdline" 2>/dev/null)" ;; esac
    done
  }
  # The kernel ends the namespace's processes asynchronously: give them a moment.
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -n "$(rooted_in_run)" ] || break
    sleep 1
  done

  # Nothing may be left: no mount under the scratch folder, no process rooted in it.
  leftovers=$(grep -F " $run_dir" /proc/mounts || true)$(rooted_in_run)
  if [ -n "$leftovers" ]; then
    echo "check-fresh-machine: left behind:" >&2
    echo "$leftovers" >&2
    [ "$status" != 0 ] || status=1
  fi
  if [ -n "$interrupted" ]; then
    echo "check-fresh-machine: INTERRUPTED on Debian $release after $((SECONDS - started)) s" >&2
  elif [ "$status" = 0 ]; then
    say "PASSED on Debian $release in $((SECONDS - started)) s; no mount and no process left"
  else
    echo "check-fresh-machine: FAILED on Debian $release (exit $status) after $((SECONDS - started)) s" >&2
  fi
  exit "$status"
fi

# ====================================================================== inside
# PID 1 of a new PID namespace in a private mount namespace: when this script ends (or is
# killed with unshare), the kernel ends every process started below it and drops every
# mount made here.
run_dir=$CHECK_RUN_DIR
mapfile -t sources <<<"$CHECK_SOURCES"
cache=$cache_base/$release
pristine=$cache/root
step_no=0

unmount_all() {
  # Deepest first; lazily, in case a process still holds one (it dies with this namespace).
  awk -v r="$run_dir/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r target; do umount -l "$target" 2>/dev/null || true; done
}
trap unmount_all EXIT

# step LABEL COMMAND...: run it, log it; on failure print the command and its last lines.
step() {
  local label=$1 log
  shift
  step_no=$((step_no + 1))
  log=$logs/$(printf %02d "$step_no").log
  local t0=$SECONDS code=0
  printf 'check-fresh-machine: [%s] %s ... ' "$release" "$label"
  # A subshell outside any condition, so that `set -e` holds in the step's functions.
  set +e
  (
    set -e
    "$@"
  ) >"$log" 2>&1 </dev/null
  code=$?
  set -e
  if [ "$code" = 0 ]; then
    echo "ok ($((SECONDS - t0)) s)"
    return 0
  fi
  echo "FAILED (exit $code, $((SECONDS - t0)) s)"
  {
    echo
    echo "check-fresh-machine: the failing step: $label"
    echo "check-fresh-machine: its last 40 lines of output:"
    tail -n 40 "$log" | sed 's/^/    /'
    echo "check-fresh-machine: the whole output: $log"
  } >&2
  exit 1
}

# ------------------------------------------------------------ the cached pristine root
bootstrap() {
  local tmp=$cache.new
  rm -rf "$tmp"
  debootstrap --variant=minbase "$release" "$tmp" "$CHECK_MIRROR"
  write_root_sources "$tmp" "${sources[@]}"
  rm -rf "$cache/root"
  mkdir -p "$cache"
  mv "$tmp" "$cache/root"
  date -u +%FT%TZ >"$cache/bootstrapped"
}
exec 9>"$cache_base/$release.lock"
flock -n 9 || { say "[$release] waiting for another check of $release to finish"; flock 9; }
# Each step's whole output, kept until the next run of this release.
logs=$cache_base/logs/$release
rm -rf "$logs"
mkdir -p "$logs"
if [ "$rebuild" = yes ] || [ ! -f "$cache/bootstrapped" ] ||
  [ -n "$(find "$cache/bootstrapped" -mtime +"$max_age_days" 2>/dev/null)" ]; then
  step "bootstrap a minimal Debian $release from $CHECK_MIRROR (cached in $cache)" bootstrap
else
  say "[$release] using the cached root of $(cat "$cache/bootstrapped")"
fi

# ------------------------------------------------------------ a pristine copy, configured
# What the roots write (two virtual environments, a PyInstaller build: about 2 GB) goes to
# memory, which vanishes with this namespace: no minutes spent deleting it afterwards.
scratch=$run_dir/scratch
mkdir -p "$scratch"
mount -t tmpfs -o size=12g,mode=0755 cep-gui-fresh-machine "$scratch"
# new_root NAME: an overlay over the cached root (or a copy) at $scratch/NAME/merged,
# ready to chroot into.
new_root() {
  local name=$1 r
  r=$scratch/$name/merged
  mkdir -p "$scratch/$name/upper" "$scratch/$name/work" "$r"
  if ! mount -t overlay overlay \
    -o "lowerdir=$pristine,upperdir=$scratch/$name/upper,workdir=$scratch/$name/work" "$r" 2>/dev/null; then
    echo "overlayfs is not available here: copying the root instead"
    cp -a "$pristine/." "$r/"
  fi
  mount -t proc proc "$r/proc"
  mount -t sysfs sysfs "$r/sys"
  mount --rbind /dev "$r/dev"
  mount --make-rslave "$r/dev"
  # The host's name resolution, as any installed machine has its own.
  cp -L /etc/resolv.conf "$r/etc/resolv.conf"
  # Services are not started inside a chroot (they would outlive their package's install).
  printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"
  chmod 0755 "$r/usr/sbin/policy-rc.d"
  # Downloaded packages are kept between runs (apt still resolves and installs all).
  mkdir -p "$cache/apt-archives/partial" "$r/var/cache/apt/archives"
  mount --bind "$cache/apt-archives" "$r/var/cache/apt/archives"

  # pip: the host's settings, the files and index folders they name.
  local line path
  {
    echo "# The package index configuration of the machine that runs the check."
    pip_config_lines | awk -F= '
      { split($1, sk, "."); v = substr($0, length($1) + 2); gsub(/^'\''|'\''$/, "", v)
        if (sk[1] != section) { print "[" sk[1] "]"; section = sk[1] } print sk[2] " = " v }'
  } >"$r/etc/pip.conf"
  while read -r path; do
    [ -e "$path" ] || continue
    if [ -d "$path" ]; then
      # A PEP 503 index (…/simple) links to files beside it: share the folder above.
      [ "${path##*/}" != simple ] || path=${path%/*}
      mkdir -p "$r$path"
      mountpoint -q "$r$path" && continue
      mount --bind "$path" "$r$path"
      mount -o remount,bind,ro "$r$path"
    elif [ "$path" = /etc/ssl/certs/ca-certificates.crt ]; then
      # Debian's CA bundle, which this machine may have extended (a TLS-inspecting proxy's
      # own CA): given to the root as a local CA, so the root's ca-certificates, once
      # setup.sh installs it, builds the same bundle; without that package pip fails.
      mkdir -p "$r/usr/local/share/ca-certificates"
      cp "$path" "$r/usr/local/share/ca-certificates/host-machine-bundle.crt"
    else
      mkdir -p "$r${path%/*}"
      cp "$path" "$r$path"
    fi
  done < <(pip_named_paths)

  cp -a "$run_dir/clone" "$r/root/cep-gui"
}
add_user() { # root user: a login with its own clean clone
  local r=$1 user=$2
  chroot "$r" useradd --create-home --shell /bin/bash "$user"
  cp -a "$run_dir/clone" "$r/home/$user/cep-gui"
  chroot "$r" chown -R "$user:$user" "/home/$user/cep-gui"
}

# as ROOT USER COMMAND: a login-like environment (no variables of this machine's session
# but pip's PIP_*), the user's clone as the working folder.
mapfile -t pip_env < <(env | grep '^PIP_' || true)
# With TRACE set, strace records every program started (execve) into that file.
as() {
  local r=$1 user=$2 command=$3 home path spec=() tracer=()
  [ -z "${TRACE:-}" ] || tracer=(strace -f -qq --seccomp-bpf -e trace=execve -e signal=none -o "$TRACE")
  if [ "$user" = root ]; then
    home=/root
    path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  else
    home=/home/$user
    path=/usr/local/bin:/usr/bin:/bin:/usr/games
    spec=(--userspec="$user:$user")
  fi
  "${tracer[@]}" chroot "${spec[@]}" "$r" /usr/bin/env -i HOME="$home" USER="$user" LOGNAME="$user" \
    PATH="$path" LANG=C.UTF-8 SHELL=/bin/bash "${pip_env[@]}" ${CHECK_CI:+CI=$CHECK_CI} \
    /bin/bash -c "cd ~/cep-gui && $command"
}

first_command=$(grep -m1 -o 'bash scripts/setup.sh && \.venv/bin/cep-gui collect' "$run_dir/clone/README.md" || true)
test_command=$(grep -m1 -o '^bash scripts/test.sh$' "$run_dir/clone/README.md" || true)
[ -n "$first_command" ] || die "the README no longer has 'bash scripts/setup.sh && .venv/bin/cep-gui collect'"
[ -n "$test_command" ] || die "the README no longer has 'bash scripts/test.sh'"

# A user with no sudo on the pristine root: told the one command for root, nothing else.
expect_root_message() {
  local r=$1 out status=0
  out=$(as "$r" nosudo "bash scripts/setup.sh" 2>&1) || status=$?
  echo "$out"
  [ "$status" != 0 ] || { echo "expected a non-zero exit"; return 1; }
  grep -q 'run this once as root' <<<"$out" || { echo "expected 'run this once as root'"; return 1; }
  ! grep -qi 'command not found' <<<"$out" || { echo "a command was not found"; return 1; }
}
# The first command, every program it starts traced: no apt-get, apt or sudo among them.
without_apt() {
  local r=$1 user=$2 trace=$logs/trace-$2
  TRACE=$trace as "$r" "$user" "$first_command"
  echo "programs started: $(grep -c 'execve(' "$trace")"
  grep -q '"-m", "pip", "install"' "$trace" || { echo "the trace saw no pip install: it traced nothing"; return 1; }
  if grep -E 'execve\("[^"]*/(apt-get|apt|aptitude|sudo)"' "$trace"; then
    echo "the command above ran apt or sudo"
    return 1
  fi
}
# Before `setup.sh test`, Debian's python3 has no libpython3.X and there is no binutils:
# build-deb.sh must say exactly that.
build_deb_names_what_is_missing() {
  local r=$1 out status=0
  out=$(as "$r" root "bash installer/build-deb.sh" 2>&1) || status=$?
  echo "$out"
  [ "$status" = 2 ] || { echo "expected exit 2, got $status"; return 1; }
  grep -Eq 'libpython3\.[0-9]+\.so[.0-9]*, .*apt-get install libpython3\.[0-9]+' <<<"$out" ||
    { echo "expected libpython3.X to be named"; return 1; }
  grep -q 'objdump (Debian: apt-get install binutils)' <<<"$out" ||
    { echo "expected objdump to be named"; return 1; }
}
# The package installs with its dependencies resolved by apt, runs, and purges without a
# trace (which leaves the root as the installer tests expect it).
install_built_package() {
  local r=$1
  as "$r" root 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ./dist/cep-gui_*.deb'
  as "$r" root 'cd / && /usr/bin/cep-gui --data-dir /tmp/cep-check collect >/dev/null && echo collect ok'
  as "$r" root 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -q cep-gui'
  if [ -e "$r/etc/cep" ] || [ -e "$r/opt/cep-gui" ]; then
    echo "the purge left /etc/cep or /opt/cep-gui"
    return 1
  fi
}
with_sudo_user() {
  local r=$1
  as "$r" root 'DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends sudo' || return 1
  add_user "$r" withsudo
  echo 'withsudo ALL=(ALL:ALL) NOPASSWD: ALL' >"$r/etc/sudoers.d/withsudo"
  chmod 0440 "$r/etc/sudoers.d/withsudo"
}
sudo_first_command() {
  local r=$1 out status=0
  out=$(as "$r" withsudo "$first_command" 2>&1) || status=$?
  echo "$out"
  [ "$status" = 0 ] || return "$status"
  grep -q 'Requested-By: withsudo' "$r/var/log/apt/history.log" ||
    { echo "apt did not run for withsudo (through sudo)"; return 1; }
  ! grep -q 'unable to initialize frontend' <<<"$out" || { echo "DEBIAN_FRONTEND was lost"; return 1; }
}

a=$scratch/a/merged
b=$scratch/b/merged
prepare_a() {
  new_root a
  add_user "$a" nosudo
}
prepare_b() {
  new_root b
  with_sudo_user "$b"
}
step "pristine root A: an overlay over the cached root, a user without sudo" prepare_a
step "a user without sudo, pristine root: bash scripts/setup.sh says what root must run" \
  expect_root_message "$a"
if [ -n "$pytest_args" ]; then
  CHECK_CI=true step "as root: bash scripts/setup.sh test, then pytest $pytest_args" \
    as "$a" root "bash scripts/setup.sh test && QT_QPA_PLATFORM=offscreen .venv/bin/pytest -p no:randomly $pytest_args"
  say "[$release] the whole output: $logs/$(printf %02d "$step_no").log"
  exit 0
fi
step "as root: $first_command" as "$a" root "$first_command"
step "a user without sudo, after root's setup: $first_command (no apt, no sudo)" \
  without_apt "$a" nosudo
step "as root, before setup.sh test: bash installer/build-deb.sh names libpython3.X and objdump" \
  build_deb_names_what_is_missing "$a"
step "as root: bash scripts/setup.sh test && bash installer/build-deb.sh" \
  as "$a" root "bash scripts/setup.sh test && bash installer/build-deb.sh"
step "as root: apt-get install ./dist/cep-gui_*.deb, its cep-gui collect, apt-get purge" \
  install_built_package "$a"
if [ "$full" = yes ]; then
  CHECK_CI=true step "as root: $test_command (CI=true)" as "$a" root "$test_command"
fi

step "pristine root B: install sudo, add a user who may use it" prepare_b
step "a user with sudo: $first_command" sudo_first_command "$b"
