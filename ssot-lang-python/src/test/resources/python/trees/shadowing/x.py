class FromFile:
    pass
