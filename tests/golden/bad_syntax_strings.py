# Every error in string, bytes and f-string literals, one input each.
CASES = [
    ("mix bytes and str", "x = b'a' 'b'\n"),
    ("non-ASCII in bytes", "x = b'\u00e9'\n"),
    ("truncated \\x", "x = '\\x4'\n"),
    ("truncated \\u", "x = '\\u12'\n"),
    ("truncated \\U", "x = '\\U0001F60'\n"),
    ("\\U out of range", "x = '\\U00110000'\n"),
    ("malformed \\N", "x = '\\N'\n"),
    ("unknown \\N name", "x = '\\N{NOT A REAL NAME}'\n"),
    ("bytes truncated \\x", "x = b'\\x4'\n"),
    ("f-string single }", "f'a}b'\n"),
    ("f-string nested too deeply", "f'{x:{y:{z}}}'\n"),
    ("f-string backslash", "f'{\"\\n\".join(x)}'\n"),
    ("f-string #", "f'{x#}'\n"),
    ("f-string unmatched )", "f'{x)}'\n"),
    ("f-string mismatched paren", "f'{(x]}'\n"),
    ("f-string unterminated string", "f'{\"a}'\n"),
    ("f-string unmatched (", "f'{(x}'\n"),
    ("f-string expecting }", "f'{x'\n"),
    ("f-string empty expression", "f'{}'\n"),
    ("f-string expression before =", "f'{=}'\n"),
    ("f-string bad conversion", "f'{x!z}'\n"),
    ("f-string conversion then junk", "f'{x!rr}'\n"),
    ("f-string missing conversion", "f'{x!}'\n"),
    ("f-string spec unterminated", "f'{x:'\n"),
    ("f-string invalid expression", "f'{a b}'\n"),
    ("f-string lambda", "f'{lambda x: 1}'\n"),
    ("f-string yield outside", "f'{yield}'\n"),
    ("f-string starred", "f'{*a}'\n"),
    ("f-string nested quotes", "f'{f\"{f'{1}'}\"}'\n"),
    ("f-string 100,000 nested format specs", "f'" + "{x:" * 100000 + "}" * 100000 + "'\n"),
    ("f-string 100,000 nested parens", "f'{" + "(" * 100000 + "1" + ")" * 100000 + "}'\n"),
    ("f-string 100,000 escaped braces", "f'" + "{{" * 100000 + "'\n"),
    ("f-string 200 nested parens", "f'{" + "(" * 200 + "1" + ")" * 200 + "}'\n"),
    ("f-string 300 nested parens", "f'{" + "(" * 300 + "1" + ")" * 300 + "}'\n"),
    ("f-string in f-string spec 3 deep", "f'''{x:{f\"{y:{z}}\"}}'''\n"),
    ("triple-quoted f-string nesting", "f'''{f\"\"\"{f'{f\"{1}\"}'}\"\"\"}'''\n"),
    ("string prefix unknown", "x = k'abc'\n"),
    ("bytes with f prefix", "x = bf'abc'\n"),
    ("unicode and raw bytes", "x = ub'abc'\n"),
]
for name, src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(name, "-> compiled")
    except SyntaxError as e:
        text = e.text.rstrip("\n") if isinstance(e.text, str) else e.text
        if isinstance(text, str) and len(text) > 80:
            text = text[:40] + "..." + str(len(text))
        print(name, "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(text))
