__all__ = ("Alpha",)
__all__ += ["Beta"]
__all__.extend(("Gamma", "Delta"))
__all__.append("Epsilon")
