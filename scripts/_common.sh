# shellcheck shell=bash
# Shared helpers for scripts/setup.sh, scripts/run.sh and scripts/test.sh.
# Source it; it defines functions only and changes nothing by itself.

# Repository root (this file lives in <root>/scripts/).
UNIONDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Never let uv download an interpreter: the machine's Python 3.11 is used.
export UV_PYTHON_DOWNLOADS=never

# Trust the system's CA store (including CAs added with update-ca-certificates)
# unless the caller already chose a bundle; uv's built-in roots may not suffice.
if [ -z "${SSL_CERT_FILE:-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
    export SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
fi

say()  { printf '[%s] %s\n' "${UNIONDESK_STEP:-uniondesk}" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "${UNIONDESK_STEP:-uniondesk}" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "${UNIONDESK_STEP:-uniondesk}" "$*" >&2; exit 1; }

# The Python used to bootstrap uv (not necessarily the one uv picks for .venv).
find_python() {
    local p
    for p in "${PYTHON:-}" python3 python; do
        [ -n "$p" ] || continue
        if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            PY="$p"
            return 0
        fi
    done
    return 1
}

# Sets the array UV to a working uv command ("uv" or "python3 -m uv"); returns 1 if none.
find_uv() {
    if command -v uv >/dev/null 2>&1 && uv --version >/dev/null 2>&1; then
        UV=(uv)
        return 0
    fi
    if find_python && "$PY" -m uv --version >/dev/null 2>&1; then
        UV=("$PY" -m uv)
        return 0
    fi
    local d
    for d in "$HOME/.local/bin" "$HOME/.cargo/bin"; do
        if [ -x "$d/uv" ] && "$d/uv" --version >/dev/null 2>&1; then
            UV=("$d/uv")
            return 0
        fi
    done
    return 1
}
