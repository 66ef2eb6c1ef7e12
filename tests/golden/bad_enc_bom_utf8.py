# -*- coding: utf-8 -*-
# A BOM and a matching declaration.
print("ok")
