# At exit sys.stdout is put back to sys.__stdout__ before finalizers run.
import sys, io
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, file=sys.stdout)
buf = io.StringIO()
sys.stdout = buf
keep = R("keep")
r2 = R("r2")
