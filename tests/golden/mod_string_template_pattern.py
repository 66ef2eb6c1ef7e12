# string.Template's compiled pattern: the one a class gets from its
# delimiter, idpattern, braceidpattern and flags, and one a class gives itself.
import re
import string
from string import Template

print(type(Template.pattern).__name__, bool(Template.flags & re.IGNORECASE))
print(Template.pattern.match("$name").group("named"), Template.pattern.match("${x}").group("braced"))
print(Template.pattern.match("$$").group("escaped"), repr(Template.pattern.match("$ ").group("invalid")))


class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


print(Percent("%who owes %amount%%").substitute(who="tim", amount="$5"))
print(Percent.pattern is not Template.pattern)


class Dotted(Template):
    braceidpattern = r"(?a:[_a-z][_a-z0-9]*(?:\.[_a-z][_a-z0-9]*)*)"


print(Dotted("${user.name} is $user").substitute({"user.name": "ann", "user": "u1"}))
print(Dotted("${user.name}").get_identifiers())


class Custom(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>!)\]\] |
      (?P<invalid>)
    )
    """


c = Custom("Hi [[name]], [[[[ and [[")
print(type(Custom.pattern).__name__, Custom.pattern.flags & re.VERBOSE != 0)
print(c.safe_substitute(name="Bo"))
print(c.is_valid(), c.get_identifiers())
try:
    c.substitute(name="Bo")
except ValueError as e:
    print("ValueError:", e)


class CaseSensitive(Template):
    flags = 0
    idpattern = r"[A-Z]+"


print(CaseSensitive("$ABC $abc").safe_substitute(ABC=1, abc=2))
t = Template("line one\n  $ok and $ bad")
try:
    t.substitute(ok=1)
except ValueError as e:
    print("ValueError:", e)


class Odd(Template):
    pattern = r"\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|(?P<braced>)(?P<invalid>))"


try:
    Odd("$!").substitute()
except KeyError as e:
    print("KeyError:", e)
print(string.Template("$a$b").substitute(a=1, b=2))
