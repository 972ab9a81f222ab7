from pkg.core import Core
