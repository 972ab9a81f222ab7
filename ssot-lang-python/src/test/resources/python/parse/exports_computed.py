from .base import __all__ as base_all

__all__ = ["Alpha"] + base_all
