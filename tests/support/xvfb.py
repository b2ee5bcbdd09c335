"""A virtual X screen (Xvfb) for tests and manual checks, and screenshots of it.

    with running_xvfb() as display:          # e.g. ":3"
        proc = subprocess.Popen([...], env=display_env(display))
        ...
        grab_screen(display, "out.png")       # whole screen, all windows

Xvfb chooses a free display number itself (-displayfd), so several can run
side by side.  The screenshot is taken by a small PySide6 helper process that
connects to the same display and grabs the root window (no xwd/ImageMagick
needed); it needs the xcb libraries that scripts/setup.sh installs.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from collections.abc import Iterator

__all__ = [
    "XvfbError",
    "Xvfb",
    "running_xvfb",
    "display_env",
    "grab_screen",
    "xvfb_available",
]

DEFAULT_SCREEN = "1366x768x24"


class XvfbError(RuntimeError):
    pass


def xvfb_available() -> bool:
    return shutil.which("Xvfb") is not None


def display_env(display: str, base: dict[str, str] | None = None) -> dict[str, str]:
    """An environment in which Qt programs open real windows on `display`."""
    env = dict(os.environ if base is None else base)
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"  # override a test run's "offscreen"
    env.pop("WAYLAND_DISPLAY", None)
    return env


class Xvfb:
    def __init__(self, screen: str = DEFAULT_SCREEN) -> None:
        self.screen = screen
        self.display: str | None = None
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15) -> str:
        exe = shutil.which("Xvfb")
        if not exe:
            raise XvfbError("Xvfb is not installed (Debian package xvfb: bash scripts/setup.sh)")
        rfd, wfd = os.pipe()
        try:
            self.proc = subprocess.Popen(
                [exe, "-displayfd", str(wfd), "-screen", "0", self.screen, "-nolisten", "tcp", "-noreset"],
                pass_fds=(wfd,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            os.close(wfd)
            wfd = -1
            buf = b""
            deadline = time.monotonic() + timeout
            while not buf.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    break
                ready, _, _ = select.select([rfd], [], [], left)
                if ready:
                    chunk = os.read(rfd, 64)
                    if not chunk:
                        break
                    buf += chunk
        finally:
            os.close(rfd)
            if wfd >= 0:
                os.close(wfd)
        num = buf.strip().decode()
        if not num.isdigit():
            err = b""
            if self.proc.poll() is None:
                self.proc.kill()
            with contextlib.suppress(Exception):
                err = self.proc.communicate(timeout=5)[1] or b""
            raise XvfbError(f"Xvfb did not start: {err.decode(errors='replace')[-2000:]}")
        self.display = f":{num}"
        return self.display

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc and self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def running_xvfb(screen: str = DEFAULT_SCREEN) -> Iterator[str]:
    """Starts Xvfb on a free display; yields the display name (":N")."""
    xvfb = Xvfb(screen)
    display = xvfb.start()
    try:
        yield display
    finally:
        xvfb.stop()


_GRAB_CODE = r"""
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([sys.argv[0]])
screen = app.primaryScreen()
pixmap = screen.grabWindow(0)
if pixmap.isNull() or not pixmap.save(sys.argv[1], "PNG"):
    sys.exit("could not grab or save the screen")
print(f"{pixmap.width()}x{pixmap.height()}")
"""


def grab_screen(display: str, out_png: str | os.PathLike[str], timeout: float = 30) -> Path:
    """Saves the whole screen of `display` (every window on it) as a PNG."""
    out = Path(out_png).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(
        [sys.executable, "-c", _GRAB_CODE, str(out)],
        env=display_env(display),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if r.returncode != 0 or not out.exists():
        raise XvfbError(f"screenshot of {display} failed (exit {r.returncode}): {r.stdout}{r.stderr}")
    return out
