# pprint lays out collections' containers as CPython's does.
import pprint
from collections import *
d = {i: list(range(i)) for i in range(8)}
pprint.pprint(OrderedDict(d))
pprint.pprint(Counter("abracadabra" * 10 + "xyzuvw"), width=30)
pprint.pprint(defaultdict(list, d))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(ChainMap(d, {"a": list(range(30))}))
pprint.pprint(UserDict(d))
pprint.pprint(UserList(list(range(40))))
pprint.pprint(UserString("ab " * 40))
pprint.pprint(OrderedDict())
pprint.pprint([Counter(), deque(), defaultdict(int)])
pprint.pprint(namedtuple("P", "x y")(list(range(30)), 2))
