import pkg.util
