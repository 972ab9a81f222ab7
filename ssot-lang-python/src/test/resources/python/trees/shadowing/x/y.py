class FromPackage:
    pass
