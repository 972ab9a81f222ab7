class Mod:
    pass
