# collections.defaultdict: grouping and counting with a default factory.
from collections import defaultdict
import copy

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups["z"], len(groups), "q" in groups, groups.get("q"))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(lambda: "x", a=1)["b"])
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"], dict(nested["a"]))
print(isinstance(counts, dict), type(counts.copy()).__name__, counts.copy() == counts)
print(copy.copy(counts), copy.deepcopy(groups)["a"], counts | {"z": 9}, {"z": 9} | counts)
c2 = defaultdict(set)
c2 |= {"k": {1}}
print(c2, c2.setdefault("j", 0), c2.pop("k"), c2)
counts.default_factory = None
try:
    counts["never"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError:", e)
r = defaultdict(list)
r["me"] = r
print(r)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], type(t["a"]).__name__, len(t))
class Missing(defaultdict):
    def __missing__(self, key):
        return "own " + key
print(Missing(list)["k"])
print(defaultdict.__name__, defaultdict.__module__, defaultdict.__qualname__)
