# A module with __getattr__ and __dir__ (PEP 562), imported by
# lang_module_getattr; run alone it prints nothing.
real = 1
def __getattr__(name):
    if name == "lazy":
        return "made lazily"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["lazy", "real"]
