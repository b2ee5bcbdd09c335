#!/usr/bin/env bash
# Builds the one-folder bundle dist/UnionDesk/ with PyInstaller from packaging/uniondesk.spec,
# then (unless --no-smoke) smoke-tests it with nothing of the checkout or the venv on the path
# (scripts/bundle_smoke.py): init, demo, render, export, --version, and the window offscreen.
#   bash scripts/bundle.sh [--no-smoke]
set -euo pipefail
UNIONDESK_STEP=bundle
# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
cd "$UNIONDESK_ROOT"

smoke=1
[ "${1:-}" = "--no-smoke" ] && smoke=0

bash scripts/setup.sh
find_uv || die "uv not found after setup"

say "pyinstaller packaging/uniondesk.spec"
rm -rf build/bundle dist/UnionDesk
start=$(date +%s)
"${UV[@]}" run --frozen pyinstaller --noconfirm --log-level WARN \
    --workpath build/bundle --distpath dist packaging/uniondesk.spec \
    || die "PyInstaller failed"
say "built dist/UnionDesk in $(( $(date +%s) - start )) s, $(du -sh dist/UnionDesk | cut -f1)"

if [ "$smoke" = 1 ]; then
    "${UV[@]}" run --frozen python scripts/bundle_smoke.py dist/UnionDesk || die "bundle smoke test FAILED"
    say "bundle smoke test passed"
fi
