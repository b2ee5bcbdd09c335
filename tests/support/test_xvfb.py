"""A real window under Xvfb, with Chinese text, and a screenshot of it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.fixtures import pg_required
from tests.support.xvfb import display_env, grab_screen, running_xvfb, xvfb_available

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def display():
    if not xvfb_available():
        msg = "Xvfb is not installed (Debian package xvfb: bash scripts/setup.sh)"
        if pg_required():
            pytest.fail(f"full run (UNIONDESK_REQUIRE_PG set) but {msg}", pytrace=False)
        pytest.skip(f"!!! REAL-WINDOW TESTS NOT RUN !!! {msg}")
    with running_xvfb() as d:
        yield d


def test_chinese_fonts_are_installed() -> None:
    if not shutil.which("fc-list"):
        pytest.skip("fc-list (fontconfig) not installed")
    out = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, check=True).stdout
    assert out.strip(), "no Chinese font installed: run bash scripts/setup.sh"


def _dark_pixels(png: Path) -> tuple[int, int, int]:
    """(width, height, number of dark pixels in the window's area)."""
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    assert not img.isNull()
    dark = 0
    for y in range(40, min(240, img.height()), 2):
        for x in range(40, min(840, img.width()), 2):
            c = img.pixelColor(x, y)
            if c.red() + c.green() + c.blue() < 200:
                dark += 1
    return img.width(), img.height(), dark


def test_real_window_with_chinese_text_is_drawn(display: str, tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "cjk_window.py"), "20"],
        env=display_env(display),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = proc.stdout.readline().strip()  # printed before the window shows
        assert first.startswith("chinese-font-families="), first + proc.stderr.read()
        assert int(first.split("=")[1]) > 0, "Qt sees no font that can write Chinese"
        assert proc.stdout.readline().strip() == "shown"
        # The label is white with black text: poll until it is on the screen.
        png = tmp_path / "screen.png"
        deadline = time.monotonic() + 15
        while True:
            grab_screen(display, png)
            width, height, dark = _dark_pixels(png)
            white = _white_fraction(png)
            if white > 0.5 and dark > 50 or time.monotonic() > deadline:
                break
            time.sleep(0.3)
        assert (width, height) == (1366, 768)
        assert white > 0.5, "the window is not on the screen"
        assert dark > 50, "the window shows no text"
    finally:
        proc.kill()
        proc.communicate(timeout=10)


def _white_fraction(png: Path) -> float:
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    n = white = 0
    for y in range(50, 230, 6):
        for x in range(50, 830, 6):
            c = img.pixelColor(x, y)
            n += 1
            white += c.red() > 240 and c.green() > 240 and c.blue() > 240
    return white / n
