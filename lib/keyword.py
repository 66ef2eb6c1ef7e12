"""Python's keywords: the words the grammar reserves, and the soft ones.

minipy's own version of CPython's keyword module (Python 3.11's lists):
kwlist, softkwlist, iskeyword(s) and issoftkeyword(s). Soft keywords
(`match`, `case`, `_`) are names except where a statement gives them a
meaning; minipy parses no match statement yet, but they are listed as
Python 3.11 lists them.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from',
    'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

# Membership tests of frozensets, as in CPython: iskeyword([]) raises the
# same "unhashable type" TypeError.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
