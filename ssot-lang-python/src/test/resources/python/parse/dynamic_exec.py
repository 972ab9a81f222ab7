exec("GENERATED = 1")
