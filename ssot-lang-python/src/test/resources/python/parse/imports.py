"""Every import form."""
from __future__ import annotations
import os
import a.b
import a.b as c, e.f
from a import b as c2, d
from ..x import y
from . import sibling
from .mod import (
    first,  # a comment between names
    second as other,
)
from m import *
from ...beyond import z
