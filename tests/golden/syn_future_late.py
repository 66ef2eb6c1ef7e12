# A future import after other statements.
x = 1
# comment
from __future__ import annotations
