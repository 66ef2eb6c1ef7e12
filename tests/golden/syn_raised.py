# A SyntaxError raised by the program (not the parser): its location and carets.
def check(line):
    if "==" not in line:
        raise SyntaxError("expected '=='", ("rules.txt", 3, 5, line, 3, 8))


check("a == b")
check("a := b")
