"""Operators as functions: operator.add(a, b) is a + b.

minipy's operator module, after CPython 3.11's: every function and the
attrgetter, itemgetter and methodcaller types come from the C++ module
_operator (runtime/modules/operator.cpp); this file adds the names with
double underscores, each the same object as its plain twin
(operator.__add__ is operator.add), and __all__.
"""

from _operator import *

__all__ = [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
    "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat",
    "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv",
    "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter",
    "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul",
    "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
    "rshift", "setitem", "sub", "truediv", "truth", "xor",
]

# Comparisons and truth.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_

# Arithmetic and bitwise operators.
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor

# Sequences and containers.
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__call__ = call

# In-place operators.
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
