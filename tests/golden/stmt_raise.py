# raise: classes and instances, from, bare re-raise, custom exceptions, attributes.
class AppError(Exception):
    pass
class DetailedError(AppError):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
for thing in [AppError, AppError("msg"), DetailedError(404, "not found"), ValueError("a", 1), KeyError("k"), Exception()]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise DetailedError(500, "server")
except AppError as e:
    print(e.code, e.detail, isinstance(e, Exception), DetailedError.__mro__)
try:
    try:
        int("x")
    except ValueError as e:
        raise AppError("conversion failed") from e
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        int("x")
    except ValueError:
        raise AppError("hidden") from None
except AppError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
def reraise():
    try:
        raise KeyError("again")
    except KeyError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("caught re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in ["raise 42", "raise object", "raise ValueError from 1", "raise int"]:
    try:
        exec(bad)
    except TypeError as e:
        print(f"{bad:26} TypeError: {e}")
e = ValueError("keep")
try:
    raise e
except ValueError as caught:
    print(caught is e)
try:
    raise ValueError("with cause") from KeyError
except ValueError as err:
    print(repr(err.__cause__))
err = RuntimeError("tb")
print(err.__traceback__, err.__cause__, err.__context__)
try:
    raise err
except RuntimeError:
    pass
print(type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
print(issubclass(AppError, Exception), issubclass(KeyError, LookupError), issubclass(StopIteration, Exception))
print(repr(ValueError()), str(ValueError()), str(KeyError("k")), str(KeyError()))
