"""Where the test data lives (importable from any test: ``pythonpath`` in pyproject has tests/)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
GOLD = ROOT / "tests" / "data" / "gold"
# (POLICYLENS_SHARED: another place for it, e.g. from a git worktree that is not beside ../shared)
SHARED = Path(os.environ.get("POLICYLENS_SHARED") or ROOT.parent / "shared")


def dev_corpus() -> Path | None:
    """The shared development corpus (``../shared/corpus/dev``), or None where it is absent."""
    p = SHARED / "corpus" / "dev"
    return p if p.is_dir() else None


# What a careful reader finds in the English originals of Mozilla's websites and subscription-services
# notices (the dev corpus has official translations: they say the same), for the parallel tests.
MOZILLA_WEBSITES = {
    "collected": {"identity", "contact", "account", "financial", "device", "usage", "cookies", "feedback", "social",
                  "profile", "user_content"},
    "shared_with": {"service_providers", "public"},
    "sells_data": "unstated",
    "retention_kinds": {"fixed_period"},
    "retention_days": {3650},
    "rights": {"access", "opt_out_marketing", "cookie_control", "rectification"},  # "you can edit your profile data"
    "red_flags": {"third_party_tracking", "non_exhaustive"},
}
MOZILLA_SUBSCRIPTIONS = {
    "collected": {"contact", "account", "financial", "device", "usage", "location", "communications", "profile",
                  "cookies", "feedback"},
    "shared_with": {"service_providers", "with_consent", "advertisers"},  # advertisers: shared with Adjust (dev-gold)
    "sells_data": "unstated",
    "retention_kinds": {"fixed_period", "account_lifetime", "deletion_stated"},
    "retention_days": {3, 7, 90},
    "rights": {"access", "erasure", "cookie_control"},  # the analytics opt-out add-on (dev-gold)
    "red_flags": {"third_party_tracking", "rights_limited"},
}
