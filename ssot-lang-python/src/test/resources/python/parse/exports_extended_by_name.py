from . import base

__all__ = ["Alpha"]
__all__ += base.__all__
