# -*- coding: latin-1 -*-
# A BOM contradicted by the declaration.
print("never printed")
