# Importing a library module leaves no cyclic garbage, as in CPython: a
# lesson that prints gc.collect() after `import copy` sees 0. (dataclasses
# and tracemalloc are left out: CPython's import further modules, which
# leave some, in an order that depends on what was imported before.)
import gc
import sys

names = ["abc", "bisect", "collections", "contextlib", "copy", "copyreg", "enum", "functools", "heapq",
         "io", "json", "keyword", "operator", "pprint", "re", "reprlib", "string", "struct", "textwrap",
         "types", "typing", "weakref", "traceback"]
for name in names:
    gc.collect()
    __import__(name)
    print(name, gc.collect())
import copy
print(copy.copy(len) is len, copy.deepcopy(names) == names)
f = copy.deepcopy(gc.collect)
print(f is gc.collect)
