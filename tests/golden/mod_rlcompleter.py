# rlcompleter.Completer, what the REPL's Tab key asks: keywords with what
# follows them, names of the namespace and builtins (callables with "("),
# and the attributes of a dotted name.
import rlcompleter


class Point:
    def __init__(self, x):
        self.x = x
        self.y = 2

    def scale(self, factor):
        return self.x * factor

    @property
    def size(self):
        raise RuntimeError("a property is not read while completing")


pt = Point(1)
completer = rlcompleter.Completer({"pt": pt, "Point": Point, "total": 0})


def completions(text):
    found = []
    while (match := completer.complete(text, len(found))) is not None:
        found.append(match)
    return found


print(completions("pri"), completions("wh"), completions("tr"), completions("Tr"))
print(completions("pt."), completions("pt.s"), completions("pt.x.re"))
print(completions("pt.__cl"), completions("Poi"), completions("tot"), completions("nothing_here"))
print(completions("missing.attr"), completions("1.x"), completions("pt._")[:2])
print(completions("No")[:2], completions("is"), completions("lambd"))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print("TypeError:", e)
