from x import FromPackage
from x import FromFile
from x import y
