# A SyntaxError subclass raised by the program: printed with its location and one caret.
class ConfigSyntaxError(SyntaxError):
    pass


try:
    raise SyntaxError("bad entry", ("settings.cfg", 2, 7, "key = = value\n", 2, 9))
except SyntaxError as e:
    print(e, e.lineno, e.offset, e.end_offset)
raise ConfigSyntaxError("bad entry", ("settings.cfg", 2, 7, "key = = value\n", 2, 9))
