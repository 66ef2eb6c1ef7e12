# The argument errors of dict's methods: the method call refuses keywords
# first, naming the method in full ("dict.get() takes no keyword
# arguments"), then the positional count is checked with the bare name
# ("get expected at least 1 argument, got 0"), as CPython 3.11 words them.
calls = [
    "{}.get()", "{}.get(1, 2, 3)", "{}.get(k=1)", "{}.get(1, default=2)", "{}.get(1, **{'x': 2})",
    "{}.get(1, **{})", "{}.get(*[1, 2])", "dict.get({})", "dict.get()", "dict.get(1, 2)",
    "{}.setdefault()", "{}.setdefault(1, 2, 3)", "{}.setdefault(1, default=2)", "{}.setdefault(k=1)",
    "{}.pop()", "{}.pop(1, 2, 3)", "{}.pop(1, default=2)", "{}.pop(k=1)", "{}.pop(1)", "{1: 2}.pop(1, 5)",
    "{}.popitem(1)", "{}.popitem(x=1)", "{}.keys(1)", "{}.items(1)", "{}.values(x=1)", "{}.clear(1)",
    "{}.copy(a=1)", "{1: 2}.get(1, 3)", "{}.get(1, 3)", "{}.setdefault(1)",
]
for c in calls:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
