"""A plugin for the third-party mypy, in a directory of that name: `mypy.plugin` is theirs."""
from mypy.nodes import NameExpr
from mypy.plugin import Plugin

from . import names


class ModelPlugin(Plugin):
    def name_of(self, expression: NameExpr):
        return names.lookup(expression)
