# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options.
import textwrap

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. "
        "Explicit is better than implicit. Simple is better than complex. "
        "Complex is better than complicated. Flat is better than nested.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, 50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder=" (more)"))
print(repr(textwrap.fill("", 10)), textwrap.wrap("   ", 10), textwrap.wrap("a", 1))

hyphens = "Look, goof-ball -- use the -b option! A well-known self-referential e-mail address."
print(textwrap.TextWrapper()._split(hyphens))
print(textwrap.TextWrapper(break_on_hyphens=False)._split(hyphens))
print(textwrap.wrap(hyphens, 12))
print(textwrap.wrap(hyphens, 12, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word-here", 15))
print(textwrap.wrap("tab\tseparated\tcolumns\tof text", 20))
print(textwrap.wrap("tab\tseparated\tcolumns", 40, expand_tabs=False))
print(textwrap.wrap("tab\tseparated", 40, tabsize=4), textwrap.wrap("a\tb", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("line one\nline two\n\nline four", 40))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("This is it. It works! Does it? Yes.", 80, fix_sentence_endings=True))
print(textwrap.fill('He said "stop." Then he left.', 80, fix_sentence_endings=True))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 40))
try:
    textwrap.shorten("Hello world", width=4)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("text", 0)
except ValueError as e:
    print("ValueError:", e)

code = """
    def hello():
        print("hi")

    \t
    hello()
"""
print(repr(textwrap.dedent(code)))
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n    b\n   c")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent(" \ta\n  b")))
print(repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("   \n  x\n   ")), repr(textwrap.dedent("")))
print(repr(textwrap.indent("one\ntwo\n\nthree\n", "> ")))
print(repr(textwrap.indent("one\n  \ntwo", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "-")))

w = textwrap.TextWrapper(width=20, initial_indent="- ", subsequent_indent="  ")
for item in ["first item of the list, long enough to wrap", "second"]:
    print(w.fill(item))
print(w.width, w.expand_tabs, w.replace_whitespace, w.drop_whitespace, w.break_long_words, w.tabsize, w.max_lines,
      repr(w.placeholder), w.fix_sentence_endings, w.break_on_hyphens)
w.width = 12
print(w.wrap("attributes can change between calls"))


class Shouting(textwrap.TextWrapper):
    def _split(self, text):
        return [chunk.upper() for chunk in super()._split(text)]


print(Shouting(width=15).wrap("subclasses may override the steps"))
print(sorted(textwrap.__all__))
