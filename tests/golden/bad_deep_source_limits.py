# Where deep nesting in compiled source stops, between the limits: pegen's
# stack of 6000 rule calls (MemoryError; two calls per nested lambda or
# `**`) and the symbol table's three times the recursion limit, counted
# from the depth of the code that compiles (RecursionError). Sizes sit away
# from the exact thresholds, which depend on the statement around them.

import sys


def outcome(src):
    try:
        compile(src, "<deep>", "exec")
        return "compiled"
    except (MemoryError, RecursionError) as e:
        return type(e).__name__


def report(title, make, sizes):
    print(title, [(n, outcome(make(n))) for n in sizes])


report("unary minus", lambda n: "x = " + "-" * n + "1", (2000, 4000, 5900, 6100))
report("not", lambda n: "x = " + "not " * n + "1", (2000, 4000, 6100))
report("conditional", lambda n: "x = " + "1 if 1 else " * n + "1", (2000, 4000, 6100))
report("elif", lambda n: "if x: pass\n" + "elif x: pass\n" * n, (2000, 4000, 6100))
report("power", lambda n: "x = " + "2 ** " * n + "1", (1000, 2900, 3100))
report("lambda", lambda n: "x = " + "lambda: " * n + "1", (500, 2900, 3100))


# Compiling deep inside a call chain leaves the symbol table less room.
def at_depth(depth, n):
    if depth:
        return at_depth(depth - 1, n)
    return outcome("x = " + "-" * n + "1")


print("at depth 100", at_depth(100, 2600), at_depth(100, 2800))
print("at depth 500", at_depth(500, 1400), at_depth(500, 1600))


# A generator's body (one that yields inside an expression runs on a stack
# of its own) compiles as deep as any code.
def body(sources):
    got = [(yield "started")]
    for src in sources:
        try:
            yield type(eval(src, {"x": 3})).__name__
        except (MemoryError, RecursionError) as e:
            yield type(e).__name__


sources = ["-" * 2900 + "x", "not " * 2900 + "x", "lambda: " * 900 + "x", "-" * 6100 + "x"]
gen = body(sources)
print(next(gen), gen.send(None), [next(gen) for _ in sources[1:]])


def in_generator_at_depth(depth):
    if depth:
        return in_generator_at_depth(depth - 1)
    gen = body(["-" * 2000 + "x"])
    next(gen)
    return gen.send(None)


print("generator at depth 300", in_generator_at_depth(300))

# Evaluating a deeply nested expression where a generator's stack is nearly
# used up (CPython's frames take no C stack; minipy's generator runs out of
# its own before the recursion limit): a RecursionError for the levels that
# cannot, never an overflow, and a level with room gives the value.
sys.setrecursionlimit(100_000)
exec(
    "def down(n):\n    try:\n        return down(n + 1)\n    except RecursionError:\n"
    "        return " + "-" * 2900 + "n\n"
)


def down_in_generator():
    got = [(yield "started")]
    yield down(0)


gen = down_in_generator()
next(gen)
value = gen.send(None)
print("deep expression at the end of the stack", type(value).__name__, value > 0)
sys.setrecursionlimit(1000)

# Nesting that fails deep inside, where a rule for the error message
# re-reads what the first reading failed on: each level is read a bounded
# number of times, not twice the next level's (2 ** 150 attempts).
for src in [
    "(y := " * 150 + "1 +" + ")" * 150,
    "(y := " * 201 + "1" + ")" * 201,
    "(1 if " * 150 + "(" + " else 2)" * 150,
    "(1 if " * 150 + "x = 1" + " else 2)" * 150,
]:
    try:
        compile(src, "<deep>", "exec")
    except SyntaxError as e:
        print("failing deep inside:", e.msg, e.offset)
