# print and input through replaced sys.stdout/sys.stdin objects, sys.stdout = None, a missing sys.stdout
import sys
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append('<flush>')
cap = Cap()
sys.stdout = cap
print('a', 1, flush=True)
print()
sys.stdout = sys.__stdout__
print(cap.parts)
class In:
    def __init__(self): self.lines = ['x\n', 'y']
    def readline(self): return self.lines.pop(0) if self.lines else ''
sys.stdin = In()
sys.stdout = cap
r = input('p> ')
sys.stdout = sys.__stdout__
print(r, cap.parts[-3:])
sys.stdin = In()
print(input(), input())
try:
    input()
except EOFError as e:
    print('EOF', e)
sys.stdout = None
print('invisible')
sys.stdout = sys.__stdout__
print('visible')
del sys.stdout
try:
    print('x')
except RuntimeError as e:
    sys.stderr.write('RuntimeError %s\n' % e)
