# Exception notes (PEP 678, new in 3.11): add_note, __notes__, and how tracebacks print them.
try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("extra context")
    print(e.__notes__)
try:
    ValueError().add_note(42)
except TypeError as e:
    print(type(e).__name__, e)


def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except OSError as exc:
        exc.add_note(f"while loading {path!r}")
        exc.add_note("check the configuration\nand try again")
        raise


load("settings.toml")
