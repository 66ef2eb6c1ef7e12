# collections.ChainMap: layered lookups, as for scopes and settings.
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "alice"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], cm.get("missing"), cm.get("missing", 0), "color" in cm, len(cm))
print(list(cm), list(cm.items()), sorted(cm.values()), dict(cm))
cm["color"] = "blue"
print(cli, defaults, cm)
del cm["color"]
print(cm, cm.maps is cm.maps, len(cm.maps))
child = cm.new_child()
child["x"] = 1
print(child, child.parents, child.parents.parents)
print(cm.new_child({"m": 1}), cm.new_child(k=2), cm.new_child({"a": 1}, b=2))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys("ab", 0))
c2 = cm.copy()
c2["new"] = 1
print(c2, cm, c2.maps[1] is cm.maps[1])
print(cm | {"z": 0}, {"z": 0} | ChainMap({"a": 1}, {"b": 2}))
cm |= {"w": 5}
print(cm)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: cm["nope"])
show(lambda: cm.pop("user"))
show(lambda: ChainMap({}, {1: 2}).popitem())
def delete():
    del cm["user"]
show(delete)
cm["k"] = 1
print(cm.pop("w"), cm.pop("w", "gone"), cm.popitem(), cm)
cm.clear()
print(cm, isinstance(cm, dict))

r = ChainMap({})
r.maps[0]["me"] = r
print(r)

class DeepChainMap(ChainMap):
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value

d = DeepChainMap({"a": 1}, {"b": 2})
d["b"] = 20
d["c"] = 3
print(d, type(d.new_child()).__name__)
