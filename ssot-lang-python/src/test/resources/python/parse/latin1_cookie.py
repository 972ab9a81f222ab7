# -*- coding: latin-1 -*-
"""Café helpers."""


class Café:
    greeting = "déjà vu"


class After:
    pass
