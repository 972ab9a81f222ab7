from mypy.nodes import NameExpr


def lookup(expression: NameExpr):
    return expression.name
