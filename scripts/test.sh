#!/usr/bin/env bash
# Installs what is needed (scripts/setup.sh) and runs the whole test suite.
#   bash scripts/test.sh [PYTEST ARGS...]
# The suite includes tests against a real, throwaway PostgreSQL server; here a
# missing server is a failure, not a skip (UNIONDESK_REQUIRE_PG=1).  A run that
# collects no test at all fails too.
# The tests run on both cores (pytest-xdist): UNIONDESK_TEST_WORKERS sets how many
# worker processes (default 2; 0 runs in this process); a `-n N` among the arguments wins.
set -euo pipefail
UNIONDESK_STEP=test
# shellcheck source=scripts/_common.sh
. "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
cd "$UNIONDESK_ROOT"

bash scripts/setup.sh
find_uv || die "uv not found after setup"

export UNIONDESK_REQUIRE_PG=1
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

# The PostgreSQL server binaries must be there (setup installs them).
pg_bin="$("${UV[@]}" run --frozen python -c 'from tests.support.pgserver import find_pg_bin_dir; print(find_pg_bin_dir())')" \
    || die "PostgreSQL server binaries not found (Debian package postgresql); see the message above"
say "PostgreSQL binaries: $pg_bin"

workers="${UNIONDESK_TEST_WORKERS:-2}"
# --dist loadfile: a file's tests stay on one worker, so its module fixtures are built once.
parallel=(-n "$workers" --dist loadfile)
say "running: pytest ${parallel[*]} $*"
rc=0
"${UV[@]}" run --frozen pytest "${parallel[@]}" "$@" || rc=$?
case "$rc" in
    0) say "test suite passed" ;;
    5) die "pytest collected no tests (exit 5): the selection is empty or the suite is missing; this counts as a FAILURE" ;;
    *) say "test suite FAILED (pytest exit status $rc)" ;;
esac
exit "$rc"
