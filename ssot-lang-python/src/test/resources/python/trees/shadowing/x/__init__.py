from .y import FromPackage
