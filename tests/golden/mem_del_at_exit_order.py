# At exit the main module leaves sys.modules; its names are in a cycle (its
# functions' globals), so the collection that follows finalizes what they
# hold, in the collector's order: names bound directly first, as CPython.
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
z = R("z")
box = [R("in list")]
a = R("a")
d = {"k": R("in dict")}
t = (R("in tuple"), 1)
deep = [[R("deep")]]
_private = R("_private")
o = R("o")
