"""DEPRECATED: use app.core.manager.

Kept so that old imports still work.
"""


class OldThing:
    pass
