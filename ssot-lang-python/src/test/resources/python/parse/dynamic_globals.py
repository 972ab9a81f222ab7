for _name in ("A", "B"):
    globals()[_name] = _name
