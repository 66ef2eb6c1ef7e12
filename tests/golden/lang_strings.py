# String literals: quotes, triple quotes, escapes, raw strings, joining.
print('single', "double", 'it\'s', "say \"hi\"", "it's", 'say "hi"')
print("""triple
double""")
print('''triple
single with 'quotes' and "quotes"''')
print("tab:\t|newline:\n|backslash:\\|bell-free")
print("\x41\x42 \101\102 \u00e9 \U0001F600")
print(repr("\0\a\b\f\v\r"))
print(r"raw \n \t \\ stays", R"C:\path\to")
print(len("\n"), len(r"\n"))
print("implicit" " " 'joining', "a" r"\b" "c")
s = ("multi"
     "line"
     " join")
print(s)
print("""line one \
continues""")
print(repr('mix "double" and \'single\''))
print(repr("only 'single'"), repr('only "double"'))
print("" == '', len(""), bool(""), bool(" "))
print("abc"[0], "abc"[-1], "abc"[1:], "abc" * 2, "ab" + "cd")
print("é".encode(), len("é"), len("😀"))
print(b"bytes", rb"\x00", b"\x41\x00")
print(f"{1 + 1} {'x'!r} {3.14159:.2f} {'pad':>6}|")
print("%s and %d and %.1f" % ("str", 42, 2.55))
print("{} {name}".format(1, name="two"))
