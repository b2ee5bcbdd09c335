#!/usr/bin/env bash
# Installs what is needed (scripts/setup.sh) and opens UnionDesk.
#   bash scripts/run.sh [ARGS...]      # ARGS go to main.py
# When no database exists at the default location yet, a demo database is
# created first (main.py ensure-demo).  On Linux without a display, the window
# opens for real on a virtual screen (Xvfb); take a look at it with
#   uv run python scripts/screenshot.py out.png -- python main.py
set -euo pipefail
UNIONDESK_STEP=run
# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
cd "$UNIONDESK_ROOT"

bash scripts/setup.sh
find_uv || die "uv not found after setup"

say "preparing the database (main.py ensure-demo)"
"${UV[@]}" run --frozen python main.py ensure-demo \
    || die "main.py ensure-demo failed (could not check or create the demo database)"

XVFB_PID=
stop_xvfb() {
    if [ -n "$XVFB_PID" ] && kill -0 "$XVFB_PID" 2>/dev/null; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
}

if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
        && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    command -v Xvfb >/dev/null 2>&1 || die "no display and no Xvfb (Debian package xvfb)"
    # :99 unless taken, then the next free number.
    n=99
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    trap stop_xvfb EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    for _ in $(seq 1 100); do
        [ -S "/tmp/.X11-unix/X$n" ] && break
        kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb :$n did not start"
        sleep 0.1
    done
    [ -S "/tmp/.X11-unix/X$n" ] || die "Xvfb :$n did not start within 10 s"
    export DISPLAY=":$n"
    say "no display: started a virtual screen, Xvfb $DISPLAY (1366x768)"
fi

say "starting UnionDesk: python main.py $*"
rc=0
"${UV[@]}" run --frozen python main.py "$@" || rc=$?
say "UnionDesk exited with status $rc"
exit "$rc"
