_generated = {"Alpha": 1}
globals().update(_generated)
