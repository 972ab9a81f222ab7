"""Old home of the manager."""
import warnings

warnings.warn(
    "app.legacy is deprecated; import from app.core instead",
    DeprecationWarning,
    stacklevel=2,
)


class LegacyManager:
    pass
