import pkg.sub.mod
