"""A package: its relative imports start from the package itself."""
from . import imports
from .mod import first
from .. import config
from ..util.text import slug
