"""Deprecation helpers: warn when old names are used."""
import warnings

warnings.warn("this module is slow to import", RuntimeWarning)


def deprecated(thing):
    warnings.warn("gone", DeprecationWarning)
    return thing


class Current:
    pass
