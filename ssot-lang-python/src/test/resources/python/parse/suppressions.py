"""Suppressions in both spellings."""
from app.core import Thing  # ssot: ignore[unresolved-import] moved in the next release
# ssot:ignore duplicate-type, import-cycle -- kept until the migration ends
class Thing:
    pass

marker = "# ssot: ignore[not-a-comment]"
value = "#"  # ssot: ignore[drifting-test-double]
other = 1  # noqa: E501  # ssot: ignore[factory-proliferation] -- generated
