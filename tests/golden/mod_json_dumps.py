# json.dumps and dump: separators, indent, sort_keys, ensure_ascii, key conversion, NaN, circular references, default, and the pieces dump writes
import json, math
class E(int): pass
class F(float): pass
S = str
class L(list): pass
class D(dict): pass
values = [None, True, False, 0, -5, 10**30, 1.5, 1e100, 1e-7, -0.0, float('nan'), float('inf'), -float('inf'), 'abc', 'é\u4e2d😀\x00\x1f\x7f"\\\n\r\t\b\f/', [], {}, (), [1, [2, [3]]], {'a': {'b': []}}, E(7), F(2.5), S('s'), L([1]), D(a=1), [True, 1], {'b': 1, 'a': 2}]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False), json.dumps(v, indent=2), json.dumps(v, sort_keys=True, separators=(',', ':')))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6}), json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6}, indent=1))
print(json.dumps({'a': [1, 2, {'b': None}], 'c': {}}, indent=4))
print(json.dumps({'a': [1, 2, {'b': None}], 'c': []}, indent='\t'))
print(json.dumps([1, [2]], indent=0))
print(json.dumps([1, [2]], indent=-1))
print(json.dumps([1, {"k": 2}], indent=1, separators=(' ,', ' = ')))
for bad in [{(1, 2): 3}, {b'k': 1}, [set()], object(), b'bytes']:
    try: print(json.dumps(bad))
    except TypeError as e: print('TypeError', e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
try: json.dumps([float('nan')], allow_nan=False)
except ValueError as e: print('ValueError', e)
try: json.dumps({float('inf'): 1}, allow_nan=False)
except ValueError as e: print('ValueError', e)
l = [1]; l.append(l)
try: json.dumps(l)
except ValueError as e: print('ValueError', e)
d = {}; d['self'] = d
try: json.dumps(d)
except ValueError as e: print('ValueError', e)
try: json.dumps(d, check_circular=False)
except RecursionError as e: print('RecursionError')
print(json.dumps(set([1]), default=list), json.dumps(object(), default=lambda o: 'obj'))
class Custom(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex) if False else isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Custom), Custom().encode([{2, 1}]), list(Custom().iterencode({'a': [1, {2}]})))
try: Custom().encode(object())
except TypeError as e: print(e)
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1, 'x', None], 'b': {}})))
print(list(json.JSONEncoder().iterencode([1, [2, 3], {'a': 1.5}, 'x'])))
try: json.dumps({'b': 1, 2: 3}, sort_keys=True)
except TypeError as e: print('TypeError', e)
print(json.JSONEncoder().encode('x"'), json.JSONEncoder(ensure_ascii=False).encode('é'))
e = json.JSONEncoder(); print(e.item_separator, e.key_separator, e.indent, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); json.dump({'a': [1, 2], 'b': 'x'}, w); print(w.parts)
w = W(); json.dump([1, {'k': [True]}], w, indent=2); print(w.parts)
class R:
    def __init__(self, t): self.t = t
    def read(self): return self.t
print(json.load(R('{"x": [1, 2]}')))
print(json.dumps(E(3)), json.dumps({E(1): F(1.0)}), json.dumps(F('nan')))
print(repr(json.dumps('\u2028\u2029')), json.dumps('\u00ff', ensure_ascii=True))
print(json.dumps([1,2], separators=(',', ':')), json.dumps({'a':1}, separators=[' ; ', '=']))
print(json.dumps('\ud800'), ascii(json.dumps('\ud800', ensure_ascii=False)))
