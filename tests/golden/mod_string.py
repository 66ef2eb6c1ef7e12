# string: constants, capwords, Template and Formatter.
import string

print(repr(string.whitespace), string.ascii_lowercase, string.ascii_uppercase)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.printable), len(string.printable))
print(string.capwords("hello   wORLD  from python"), string.capwords(" a-b c-d ", "-"), repr(string.capwords("")))
print(string.__all__)

t = string.Template("$who likes $what, ${who}'s cost is $$10")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)
try:
    t.substitute({}, who="x")
except KeyError as e:
    print("KeyError:", e)
bad = string.Template("line one\nsecond $ line\n and ${bad name}")
try:
    bad.substitute(x=1)
except ValueError as e:
    print("ValueError:", e)
print(bad.safe_substitute(), bad.is_valid(), bad.get_identifiers())
print(string.Template("$").safe_substitute(), string.Template("$1 ${2}").safe_substitute())
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("${a}b $ab $a_1 $A").safe_substitute(a="[a]", ab="[ab]", a_1="[a_1]", A="[A]"))
print(string.Template("$x$y").substitute(x=1, y=[2]), string.Template("$$$x").substitute(x="!"))
print(string.Template("${x").safe_substitute(x=1), string.Template("${}").safe_substitute())
print(string.Template.delimiter, string.Template.idpattern, string.Template.braceidpattern)


class Percent(string.Template):
    delimiter = "%"


print(Percent("%name is %{age}%% done, $x").substitute(name="Ann", age=5))


class CaseSensitive(string.Template):
    flags = 0


print(CaseSensitive("$lower $Upper").safe_substitute(lower=1, Upper=2))

f = string.Formatter()
print(f.format("{0} and {1}", "spam", "eggs"), f.format("{} {}", 1, 2), f.format("{name}!", name="hi"))
print(f.format("{0!r:>10}|{1:^7.2f}|{x[1]}|{y.real}", "s", 3.14159, x=[1, 2], y=5))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=3), f.format("{{literal}} {0}", 1))
print(list(f.parse("a{{b}}c{0!r:>{w}}d{}e{name[0].x}")))
print(list(f.parse("")), list(f.parse("plain")), list(f.parse("{}")))
print(f.get_field("0.real", [5], {}), f.get_field("a[k]", [], {"a": {"k": "v"}}), f.get_field("a[0]", [], {"a": "xyz"}))
for fmt in ["{", "}", "{0", "{0!}", "{0!x}", "{0!rr}", "{a.}", "{a[}", "{a]x}", "a{0:{1:{2}}}", "{}{0}", "{0}{}",
            "{0[}"]:
    try:
        print(repr(f.format(fmt, 1, 2, 3, a=4)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(fmt, type(e).__name__, e)


class Lenient(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        print("  used:", sorted(map(str, used_args)))

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


lf = Lenient()
print(lf.format("{a} {b} {0}", 9, a=1))
print(lf.vformat("{x!u} {y}", (), {"x": "shout"}))
