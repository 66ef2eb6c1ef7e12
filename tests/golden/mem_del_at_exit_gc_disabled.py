# With the collector disabled, what is alive at exit dies as the main
# module's names are cleared: _-names first, then in order, each at once.
import gc
gc.disable()
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
z = R("z")
box = [R("in list")]
a = R("a")
_p = R("_p")
