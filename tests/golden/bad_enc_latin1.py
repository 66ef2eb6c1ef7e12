# -*- coding: latin-1 -*-
# Latin-1 source: the bytes are decoded by the declaration.
été = "café"
print(été, len(été), ascii(été))
