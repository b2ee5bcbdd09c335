#!/usr/bin/env bash
# Installs everything UnionDesk needs on Debian/Ubuntu (idempotent, fast when
# everything is already there):
#   1. Debian packages: CJK fonts, the xcb libraries a real Qt window needs,
#      Xvfb (virtual screen), poppler-utils (PDF -> PNG checks), PostgreSQL
#      (server binaries for the test suite).  apt-get runs only if something
#      is missing.
#   2. uv (via pip) if it is not on PATH.
#   3. The Python packages from uv.lock into .venv (all groups, dev included).
# Environment: UNIONDESK_SKIP_APT=1 skips step 1.
set -euo pipefail
UNIONDESK_STEP=setup
# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
cd "$UNIONDESK_ROOT"

DEBIAN_PACKAGES=(
    # Chinese fonts (the UI, the letters and the PDFs are in Chinese)
    fontconfig fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai fonts-lxgw-wenkai
    # what Qt's xcb platform plugin needs to open a real window
    libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
    libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3
    # virtual screen for machines without a display; PDF rendering for checks
    xvfb poppler-utils
    # PostgreSQL server binaries (the test suite starts a throwaway server)
    postgresql
)

install_debian_packages() {
    if [ "${UNIONDESK_SKIP_APT:-}" = 1 ]; then
        say "UNIONDESK_SKIP_APT=1: not checking Debian packages"
        return 0
    fi
    if [ "$(uname -s)" != Linux ] || ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian-like system: skipping system packages (install CJK fonts yourself if needed)"
        return 0
    fi
    local missing=() pkg status
    for pkg in "${DEBIAN_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
        case "$status" in
            *" ok installed") ;;
            *) missing+=("$pkg") ;;
        esac
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "Debian packages: all ${#DEBIAN_PACKAGES[@]} present"
        return 0
    fi
    say "Debian packages missing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            die "not root and no sudo: as root run
    apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
then run this script again (or set UNIONDESK_SKIP_APT=1 to skip this step)"
        fi
    fi
    say "apt-get update"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        || die "apt-get update failed"
    say "apt-get install ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || die "apt-get install failed"
    # Check again: a silently skipped package would surface much later otherwise.
    for pkg in "${missing[@]}"; do
        case "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" in
            *" ok installed") ;;
            *) die "Debian package $pkg is still not installed" ;;
        esac
    done
    say "Debian packages installed"
}

install_uv() {
    if find_uv; then
        say "uv: ${UV[*]} ($("${UV[@]}" --version))"
        return 0
    fi
    find_python || die "no Python >= 3.11 found (python3/python); install Python 3.11 first"
    say "installing uv with $PY -m pip"
    local pip=("$PY" -m pip install -q --disable-pip-version-check) first
    # In a virtualenv: into it.  Debian's own Python (PEP 668): into ~/.local,
    # allowed explicitly.  Otherwise (pyenv, python.org): into ~/.local.
    first="$("$PY" - <<'PYEOF'
import sys, sysconfig, os
if sys.prefix != sys.base_prefix:
    print("venv")
elif os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")):
    print("managed")
else:
    print("user")
PYEOF
)" || first=user
    export PIP_ROOT_USER_ACTION=ignore
    case "$first" in
        venv)    "${pip[@]}" uv || "${pip[@]}" --user uv ;;
        managed) "${pip[@]}" --user --break-system-packages uv || "${pip[@]}" --user uv ;;
        *)       "${pip[@]}" --user uv || "${pip[@]}" uv ;;
    esac || die "could not install uv with pip ($PY -m pip install uv)"
    hash -r
    find_uv || die "uv was installed but cannot be found (tried uv, $PY -m uv, ~/.local/bin/uv)"
    say "uv: ${UV[*]} ($("${UV[@]}" --version))"
}

sync_python_packages() {
    say "uv sync --frozen --all-groups"
    "${UV[@]}" sync --frozen --all-groups --quiet || die "uv sync failed"
    say "Python packages ready in .venv ($(.venv/bin/python -V 2>&1 || echo '?'))"
}

install_debian_packages
install_uv
sync_python_packages
say "done"
