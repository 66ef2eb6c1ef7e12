# builtins on user classes: __round__, __divmod__/__rdivmod__, __index__, __len__, __hash__, __format__, __dir__, comparisons, __getattr__, properties raising
def tryit(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)
class N:
    def __init__(self, v): self.v = v
    def __round__(self, nd=None): return ('round', nd)
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __index__(self): return 42
    def __len__(self): return 3
    def __hash__(self): return 99
    def __format__(self, spec): return 'fmt:' + spec
    def __dir__(self): return ['z', 'a']
    def __repr__(self): return 'N(%r)' % self.v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __abs__(self): return 'abs!'
n = N(1)
tryit(lambda: round(n)); tryit(lambda: round(n, 2))
tryit(lambda: divmod(n, 1)); tryit(lambda: divmod(1, n))
tryit(lambda: hex(n)); tryit(lambda: chr(N(65)))
tryit(lambda: len(n)); tryit(lambda: hash(n)); tryit(lambda: format(n, 'x')); tryit(lambda: dir(n))
tryit(lambda: max(N(1), N(3), N(2))); tryit(lambda: min([N(5), N(4)])); tryit(lambda: sorted([N(2), N(1)]))
tryit(lambda: abs(n))
class G:
    def __getattr__(self, name): return 'dyn_' + name
    @property
    def bad(self): raise ValueError('boom')
    @property
    def missing(self): raise AttributeError('nope')
g = G()
tryit(lambda: getattr(g, 'x')); tryit(lambda: hasattr(g, 'anything')); tryit(lambda: hasattr(g, 'bad')); tryit(lambda: getattr(g, 'missing', 'dflt'))
tryit(lambda: sorted(vars(N))[:4]); tryit(lambda: type(vars(N)).__name__)
class Sized:
    def __len__(self): return -1
tryit(lambda: len(Sized()))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
tryit(lambda: sum(It())); tryit(lambda: list(iter(It()))); tryit(lambda: any(It())); tryit(lambda: next(It()))
counter = iter([1, 2, 3, 0, 5].__iter__().__next__, 0)
tryit(lambda: list(counter))
tryit(lambda: print(n, end='\n', sep=''))
class BadStr:
    def __str__(self): return 5
tryit(lambda: print(BadStr()))
tryit(lambda: callable(N)); tryit(lambda: callable(n))
tryit(lambda: pow(N(1), 2))
tryit(lambda: sum([N(1)]))
tryit(lambda: ord(N(1)))
