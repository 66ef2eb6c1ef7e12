# Three chained exceptions, mixing implicit context and explicit cause; from None hides one.
def level3():
    raise KeyError("k")


def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("converted") from e


def level1():
    try:
        level2()
    except ValueError:
        try:
            raise OSError("hidden")
        except OSError:
            raise RuntimeError("final") from None


try:
    level1()
except RuntimeError as e:
    print("suppressed:", e.__suppress_context__, repr(e.__context__))
try:
    level2()
except ValueError:
    [][0]
