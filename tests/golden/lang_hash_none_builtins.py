# Builtin types that compare but do not hash say so with __hash__ = None in
# their own __dict__ (as CPython's type_ready does), so lookups through the
# MRO find None; the types that hash keep a slot wrapper.
for t in (list, dict, set, slice, type({}.keys()), type({}.items()), bytes, tuple, int, object,
          type({}.values()), frozenset):
    h = t.__dict__.get("__hash__", "absent")
    print(t.__name__, "None" if h is None else "absent" if h == "absent" else "wrapper", t.__hash__ is None)
for v in ([], {}, set(), {}.keys(), {}.items()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(hash({}.values()) == hash({}.values()) or True)
class L(list):
    pass
print(L.__hash__ is None, "__hash__" in dir([]))
