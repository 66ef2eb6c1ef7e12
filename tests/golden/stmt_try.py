# try / except / else / finally in every combination, and the flow through them.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["missing"]
        if kind == "type":
            1 + "x"
    except ValueError as e:
        log.append(f"ValueError({e})")
    except (KeyError, IndexError) as e:
        log.append(f"lookup {type(e).__name__} {e}")
    except Exception:
        log.append("generic")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for kind in ["none", "value", "key", "type"]:
    print(kind, run(kind))
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))
try:
    try:
        raise TypeError("original")
    except TypeError:
        raise ValueError("from handler")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    raise IndexError
except LookupError as e:
    print("caught by base class", type(e).__name__, repr(e), e.args)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
def gen_finally():
    try:
        return "value"
    finally:
        print("cleanup")
print(gen_finally())
e = "not touched"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
print("e" in dir())
try:
    try:
        raise ValueError(1)
    except TypeError:
        print("wrong handler")
except ValueError as err:
    print("propagated past non-matching handler", err)
for exc_type in [ZeroDivisionError, ArithmeticError, Exception, BaseException]:
    try:
        1 / 0
    except exc_type as err:
        print("caught", type(err).__name__, "with", exc_type.__name__)
try:
    raise SystemExit(3)
except SystemExit as ex:
    print("SystemExit caught", ex.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not an Exception")
except BaseException as ex:
    print("BaseException catches", type(ex).__name__)
def nested_finally():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
nested_finally()
try:
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("replaces")
except Exception as ex:
    print(repr(ex), repr(ex.__context__))
def finally_swallows():
    for _ in range(1):
        try:
            raise ValueError("swallowed")
        finally:
            break
    return "no exception"
print(finally_swallows())
try:
    bare = 1
    try:
        raise OSError("io")
    except:
        print("bare except")
        raise
except OSError as ex:
    print("re-raised", ex)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as ex:
    print(type(ex).__name__, ex)
import sys
try:
    raise ValueError("info")
except ValueError:
    info = sys.exc_info()
    print(info[0].__name__, info[1], type(info[2]).__name__)
print(sys.exc_info())
print(sys.exception())
def handled_in_caller():
    return repr(sys.exception())
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise IndexError("inner")
    except IndexError:
        print(handled_in_caller())
    print(handled_in_caller())
    try:
        pass
    finally:
        print("finally inside handler:", handled_in_caller())
try:
    raise TypeError("in finally")
except TypeError:
    pass
finally:
    print("after handled exception:", handled_in_caller())
