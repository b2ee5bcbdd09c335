"""Smoke test of the built bundle, run by scripts/bundle.sh (and CI after the test suite).

    uv run python scripts/bundle_smoke.py dist/UnionDesk

The bundle is copied to a temporary folder and run there with a clean environment
(nothing of the checkout or the venv on the path). It must: print its version; create a
database (init) and fill it (demo); write the cases register (read back here with
openpyxl); print a 受理通知书 whose fonts are embedded (read back with pypdf); open the
main window offscreen for 10 s without a warning. Exit 1 on the first failure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from bench.bundle_run import clean_env, copy_bundle, run, time_to_window, warnings_in
from desktop.version import __version__

WINDOW_SECONDS = 10.0


class SmokeFailure(Exception):
    pass


def check(condition: bool, what: str, detail: str = "") -> None:
    if not condition:
        raise SmokeFailure(f"{what}\n{detail}".rstrip())
    print(f"[smoke] ok: {what}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="uniondesk-smoke-") as tmp:
        try:
            smoke(args.bundle.resolve(), Path(tmp))
        except SmokeFailure as failure:
            print(f"[smoke] FAILED: {failure}", file=sys.stderr)
            return 1
    return 0


def smoke(bundle: Path, tmp: Path) -> None:
    exe = copy_bundle(bundle, tmp / "installed")
    env, cwd = clean_env(tmp / "home"), tmp
    db = f"sqlite:///{tmp / 'smoke.db'}"

    def ok(*arguments: str, what: str, timeout: float = 600):
        result = run([str(exe), "--db", db, *arguments], env, cwd, timeout=timeout)
        check(result.code == 0, f"{what} (exit {result.code}, {result.seconds:.1f} s)", result.stderr + result.stdout)
        return result

    version = run([str(exe), "--version"], env, cwd)
    check(version.code == 0 and __version__ in version.stdout, f"--version says {__version__}", version.stdout)
    ok("init", what="init")
    ok("demo", "--cases", "40", "--letters", "10", "--claims", "40", "--seed", "3", what="demo")
    case_number = exported_case(ok, tmp)
    rendered_acceptance(ok, tmp, case_number)
    window(exe, env, cwd, db)


def exported_case(ok, tmp: Path) -> str:
    out = tmp / "cases.xlsx"
    ok("export", "cases", "--out", str(out), what="export cases")
    sheet = load_workbook(out, read_only=True).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header_at = next(i for i, r in enumerate(rows) if "案件编号" in r)
    header = rows[header_at]
    number, accepted_on = header.index("案件编号"), header.index("受理日期")
    data = [r for r in rows[header_at + 1:] if len(r) > accepted_on and "〔" in str(r[number] or "")]
    accepted = [r for r in data if r[accepted_on] is not None]
    check(len(accepted) > 0, f"cases register read back: {len(data)} rows, {len(accepted)} accepted")
    return str(accepted[0][number])


def rendered_acceptance(ok, tmp: Path, case_number: str) -> None:
    out = tmp / "acceptance.pdf"
    ok("render", "acceptance", case_number, "--out", str(out), what=f"render acceptance {case_number}")
    reader = PdfReader(out)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    check("受理通知书" in text.replace(" ", "") or "受理" in text, "the PDF reads back as a 受理通知书", text[:200])
    fonts = embedded_fonts(reader)
    check(len(fonts) > 0 and all(embedded for embedded in fonts.values()),
          f"every font of the PDF is embedded: {sorted(fonts)}")


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descendant = descendant.get_object()
                descriptor = descendant.get("/FontDescriptor")
                name = str(descendant.get("/BaseFont"))
                if descriptor is None:  # the 14 standard fonts are never used for Chinese text
                    found[name] = False
                    continue
                descriptor = descriptor.get_object()
                found[name] = any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3"))
    return found


def window(exe: Path, env, cwd: Path, db: str) -> None:
    shown_after, result = time_to_window([str(exe)], env, cwd, db, stay=WINDOW_SECONDS)
    check(result.code == 0, f"window opened in {shown_after:.1f} s and closed after {WINDOW_SECONDS:.0f} s",
          result.stderr)
    noise = warnings_in(result.stderr)
    check(not noise, "the window printed no warning", "\n".join(noise))


if __name__ == "__main__":
    sys.exit(main())
