"""The demo data set for the due sources (the same small one tests/demo builds)."""

from tests.demo.conftest import SMALL, TODAY, demo_db  # noqa: F401  (fixture re-exported)
