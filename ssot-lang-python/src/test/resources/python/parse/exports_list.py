__all__ = ["Alpha", 'beta']


class Alpha:
    pass


def beta():
    pass
