from .good import Good


class AlsoGood(Good):
    pass
