# Objects kept by other modules die after the main module's names, when
# those modules go at exit.
import json, textwrap
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, sys.argv, type(json))
import sys
x = R("x")
json.keep = R("kept by json")
textwrap.keep = R("kept by textwrap")
