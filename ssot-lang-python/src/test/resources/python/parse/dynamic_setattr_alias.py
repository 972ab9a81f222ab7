import sys

_this = sys.modules[__name__]

for _name in ("alpha", "beta"):
    setattr(_this, _name, _name.upper())
