# keyword: the reserved words of Python 3.11 and the soft keywords.
import keyword

print(keyword.kwlist)
print(len(keyword.kwlist), keyword.softkwlist)
for word in ["if", "True", "none", "match", "case", "_", "print", "async", "await", "nonlocal", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)

# A script checking identifiers the way code generators do.
names = ["class_", "class", "lambda", "x1", "def"]
print([n + "_" if keyword.iskeyword(n) else n for n in names])
