"""With a byte-order mark."""
import os


class Marked:
    name = "é"
