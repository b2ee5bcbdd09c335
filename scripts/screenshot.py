"""Screenshot of a program running in a real window on a virtual screen.

    uv run python scripts/screenshot.py OUT.png [--wait 5] [--screen 1366x768x24] -- COMMAND...

Starts Xvfb on a free display, runs COMMAND there (e.g. `python main.py`),
waits, saves the whole screen as a PNG, then stops COMMAND and Xvfb.
Examples:
    uv run python scripts/screenshot.py out/main.png -- python main.py
    uv run python scripts/screenshot.py out/cjk.png --wait 2 -- python tests/support/cjk_window.py
Exit status: 0 when the PNG was written; 1 otherwise (also when COMMAND
exited before the screenshot with a non-zero status).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.support.xvfb import DEFAULT_SCREEN, XvfbError, display_env, grab_screen, running_xvfb


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        usage="%(prog)s OUT.png [--wait SECONDS] [--screen WxHxD] -- COMMAND...",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out", type=Path, help="PNG file to write")
    parser.add_argument("--wait", type=float, default=5.0, help="seconds to wait before the screenshot (default 5)")
    parser.add_argument("--screen", default=DEFAULT_SCREEN, help=f"WxHxDEPTH (default {DEFAULT_SCREEN})")
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--" not in argv:
        parser.print_usage(sys.stderr)
        print("screenshot.py: error: give the command after --, e.g. -- python main.py", file=sys.stderr)
        return 2
    cut = argv.index("--")
    args = parser.parse_args(argv[:cut])
    command = argv[cut + 1 :]
    if not command:
        parser.error("give the command after --, e.g. -- python main.py")

    try:
        with running_xvfb(args.screen) as display:
            print(f"[screenshot] Xvfb {display} ({args.screen}); running: {' '.join(command)}", flush=True)
            proc = subprocess.Popen(command, env=display_env(display), stdin=subprocess.DEVNULL, start_new_session=True)
            try:
                deadline = time.monotonic() + args.wait
                while time.monotonic() < deadline and proc.poll() is None:
                    time.sleep(0.1)
                early = proc.poll()
                out = grab_screen(display, args.out)
            finally:
                _stop(proc)
    except XvfbError as exc:
        print(f"[screenshot] ERROR: {exc}", file=sys.stderr)
        return 1
    print(f"[screenshot] wrote {out}")
    if early is not None:
        print(f"[screenshot] WARNING: the command exited (status {early}) before the screenshot", file=sys.stderr)
        return 0 if early == 0 else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
