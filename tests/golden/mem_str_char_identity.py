# One-character strs: chr() and indexing give CPython's cached Latin-1
# objects; a literal is interned, and CPython 3.11 starts with some letters
# interned as objects of their own, so `is` tells them apart for those
# letters only. Constant subscripts are folded at compile time, and the
# folded constant is interned like a literal.
import sys

a, g, underscore, z, h, l, e_acute = "a", "g", "_", "z", "h", "l", "é"
word = "hello"
print("literal is chr()", a is chr(97), g is chr(103), underscore is chr(95), z is chr(122))
print("literal is an index", word[0] is h, word[2] is l, "gx"[0] is g)
print("chr() is chr()", chr(97) is chr(97), chr(233) is chr(233), e_acute is chr(233))
print("intern(chr())", sys.intern(chr(97)) is a, sys.intern(chr(103)) is g)
letters = [c for c in map(chr, range(128)) if eval(repr(c)) is not c]
print("letters interned apart:", "".join(letters))

# Folded subscripts: constants, interned when they are names.
folded_a, other_a = "ab"[0], "xa"[1]
print("folded", folded_a is a, other_a is a, (1, 2, 3)[-1], b"ab"[0], (1, (2, 3))[1])
try:
    "abc"[5]
except IndexError as e:
    print("not folded:", e)
