# Every error the layout pass (CPython's tokenizer) reports, one input each,
# compiled from a string so that each is one line of the expected output
# (SyntaxError.text without its trailing newline: see tests/golden/DEVIATIONS.md).
CASES = [
    ("TabError", "if 1:\n        x = 1\n\ty = 2\n"),
    ("TabError after dedent", "if 1:\n\tif 2:\n\t\tx = 1\n        y = 2\n"),
    ("too many levels of indentation", "".join(" " * i + "if 1:\n" for i in range(101)) + " " * 101 + "pass\n"),
    ("unindent does not match", "if 1:\n        x = 1\n    y = 2\n"),
    ("unexpected EOF after backslash", "x = 1 + \\\n"),
    ("backslash at end of file", "x = 1 + \\"),
    ("character after line continuation", "x = 1 \\ + 2\n"),
    ("non-printable character", "x = 1\x0b + 2\n"),
    ("invalid character", "x = 1 \u20ac 2\n"),
    ("invalid character (emoji)", "x = '\u00e9' + \U0001f600\n"),
    ("invalid decimal literal", "x = 1abc\n"),
    ("invalid hexadecimal literal", "x = 0x\n"),
    ("invalid octal digit", "x = 0o78\n"),
    ("invalid binary digit", "x = 0b102\n"),
    ("invalid binary literal", "x = 0b\n"),
    ("invalid underscore in literal", "x = 1__000\n"),
    ("trailing underscore", "x = 1_\n"),
    ("invalid float exponent", "x = 1e+\n"),
    ("invalid imaginary literal", "x = 1jx\n"),
    ("leading zeros", "x = 0123\n"),
    ("number then keyword", "x = 1if y else 2\n"),
    ("unterminated string", "x = 'abc\n"),
    ("unterminated triple-quoted string", "x = '''abc\n\ny = 2\n"),
    ("unterminated string at EOF", "x = \"abc"),
    ("too many nested parentheses", "x = " + "(" * 201 + ")" * 201 + "\n"),
    ("unmatched closing paren", "x = 1)\n"),
    ("unmatched closing brace", "}\n"),
    ("mismatched bracket", "x = (1, 2]\n"),
    ("mismatched bracket on another line", "x = (1,\n 2]\n"),
    ("never closed", "x = [1, 2\ny = 3\n"),
    ("never closed brace", "d = {\n"),
    ("unexpected indent", "x = 1\n    y = 2\n"),
    ("expected an indented block", "if x:\npass\n"),
    ("expected indented block after def", "def f():\n\nx = 1\n"),
    ("dedent to nowhere at EOF", "if 1:\n  x = 1\n y = 2\n"),
    ("form feed then indent", "if 1:\n\x0c    x = 1\n  y = 2\n"),
    ("only a backslash", "\\"),
    ("tab after spaces in continuation", "if 1:\n    x = (1,\n\t2)\n  y = 1\n"),
]
for name, src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(name, "-> compiled")
    except SyntaxError as e:
        text = e.text.rstrip("\n") if isinstance(e.text, str) else e.text
        print(name, "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(text))
