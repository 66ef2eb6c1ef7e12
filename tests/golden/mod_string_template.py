# string.Template subclasses with their own delimiter, idpattern,
# braceidpattern and flags: what each method makes of the placeholders.
import string
def show(cls, text, *args, **kw):
    t = cls(text)
    for how in ("substitute", "safe_substitute", "get_identifiers", "is_valid"):
        try:
            f = getattr(t, how)
            r = f(*args, **kw) if how.endswith("substitute") else f()
            print(how, repr(r))
        except (KeyError, ValueError) as e:
            print(how, type(e).__name__, e.args[0] if e.args else None)
class Star(string.Template):
    idpattern = '[a-z]*'
show(Star, '$1 x $ab ${cd} ${}', {'': 0, 'ab': 1, 'cd': 2})
class Dotted(string.Template):
    idpattern = r'[_a-z][_a-z0-9.]*'
show(Dotted, '$a.b ${c.d} $x..', {'a.b': 1, 'c.d': 2, 'x..': 3})
class Spaces(string.Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9 ]*)'
show(Spaces, '${a b} $a ${ x}', {'a b': 1, 'a': 2})
class Upper(string.Template):
    flags = 0
    idpattern = r'(?i:[a-z]+)'
show(Upper, '$Ab $cD', Ab=1, cD=2)
class Strict(string.Template):
    flags = 0
show(Strict, '$Ab $ab', ab=1)
class Digits(string.Template):
    delimiter = '#'
    idpattern = r'\d{1,3}'
show(Digits, '#1 #12345 ##', {'1': 'one', '123': 'x'})
class Lazy(string.Template):
    idpattern = r'[a-z]+?'
show(Lazy, '$abc ${abc}', {'a': 1, 'abc': 2})
class Verbose(string.Template):
    idpattern = r"""
        [a-z]   # first
        \w*     # rest
    """
show(Verbose, '$ab_1 $Zed', ab_1=1, Zed=2)
class Neg(string.Template):
    idpattern = r'[^\s}]+'
show(Neg, '$a-b ${c:d}', {'a-b': 1, 'c:d': 2})
class Letter(string.Template):
    delimiter = 'X'
show(Letter, 'Xa xb', a=1, b=2)
