"""What runs when shop.orders is imported, in order."""
from __future__ import annotations

import os.path
import shop.billing as billing
from . import tax
from .tax import RATE as TAX_RATE
from .tax import *; from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shop.audit import Auditor

try:
    from shop.fast import speedup
except ImportError:
    speedup = None

try:
    from shop.fast import other
except ModuleNotFoundError:
    other = None


@billing.register
class Order(billing.Base):
    currency = tax.CURRENCY
    from shop import helpers

    def total(self, rounding=billing.ROUNDING):
        from shop.reports import report
        return billing.total(self)


def make(kind=os.path.sep):
    return lambda: billing.later


first, (second, *rest) = tax.split()
counter = 0
counter += 1
billing.patched = True

if __name__ == "__main__":
    from shop.cli import main
