"""Python's regular expression syntax checked and rewritten for PCRE2.

The parser half of minipy's re (CPython's re._parser plays this part for
its own engine). It reads a pattern as Python 3.11 reads it, reports the
mistakes CPython reports with CPython's messages and positions, and
writes the same expression in the syntax PCRE2 reads the same way:

- group names are taken out (every group is numbered; lib/re keeps the
  names), so (?P=name) and (?(name)...) become numbered references;
- \\Z is PCRE2's \\z, \\B is kept from matching an empty string, \\s
  takes in \\x1c-\\x1f as str.isspace() does, \\v is a vertical tab,
  \\a \\uXXXX \\UXXXXXXXX and octal escapes are characters, \\1 is
  \\g{1} (\\N{...} is read, but minipy knows no character names yet);
- every literal in a character class is written \\x{...}, so PCRE2's
  POSIX classes and its other class syntax never apply;
- verbose mode (re.X, (?x)) is done here: whitespace and comments are
  dropped and PCRE2 never sees its own extended mode;
- the global inline flags at the start ((?i)) become compile flags;
  scoped ones for i, m, s are passed on, re.ASCII in a scope is done by
  writing \\d \\w \\s \\b as their ASCII classes.

translate(pattern, flags, error) gives (pcre2_text, flags, groups,
groupindex), flags with the global inline ones added;
both pattern and result are str (a bytes pattern is read as Latin-1).
Mistakes raise the error class handed in by lib/re.
"""

_WHITESPACE = " \t\n\r\v\f"
_OCTAL = "01234567"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_REPEAT_CHARS = "*+?{"
_INF = 1 << 32  # an unbounded width

FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_ASCII = 256

FLAG_TEMPLATE = 1
FLAG_DEBUG = 128

_INLINE_FLAGS = {
    "i": FLAG_IGNORECASE, "L": FLAG_LOCALE, "m": FLAG_MULTILINE, "s": FLAG_DOTALL,
    "x": FLAG_VERBOSE, "a": FLAG_ASCII, "t": FLAG_TEMPLATE, "u": FLAG_UNICODE,
}
_TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE
_GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE

# Simple escapes that stand for one character, outside and inside classes.
_CHAR_ESCAPES = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}

# What the class escapes mean under re.ASCII inside a scoped (?a:...)
# group, where PCRE2's own \d \w \s would still be Unicode-aware.
_ASCII_CLASS = {
    "d": "0-9", "w": "A-Za-z0-9_", "s": "\\x{20}\\x{9}-\\x{d}",
}
_ASCII_NOT_CLASS = {
    "d": "\\x{0}-\\x{2f}\\x{3a}-\\x{10ffff}",
    "w": "\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{10ffff}",
    "s": "\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{10ffff}",
}
_ASCII_WORD = "[A-Za-z0-9_]"
_ASCII_BOUNDARY = "(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))" % ((_ASCII_WORD,) * 4)
_ASCII_NOT_BOUNDARY = "(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))" % ((_ASCII_WORD,) * 4)


def _char(code):
    return "\\x{%x}" % code


class _Translator:
    def __init__(self, pattern, flags, is_str, error):
        self.src = pattern
        self.pos = 0
        # Where a backslash with nothing after it ends the pattern, or -1.
        self.lone_backslash = -1
        i = 0
        while i < len(pattern):
            if pattern[i] == "\\":
                if i + 1 == len(pattern):
                    self.lone_backslash = i
                i += 2
            else:
                i += 1
        self.flags = flags
        self.is_str = is_str
        self.error_class = error
        self.groups = 0
        self.groupindex = {}
        self.open_groups = set()
        self.group_widths = {}  # group number -> (min, max) width, once closed
        self.group_refs = {}  # group number -> position, for conditionals checked at the end
        self.lookbehind_groups = None  # inside a look-behind: the groups defined before it
        self.variable_lookbehind = False
        self.width = (0, 0)  # the width range of what was parsed last
        self.repeat_min = self.repeat_max = 0

    # ---------------------------------------------------------- reading

    def error(self, message, pos=None):
        if pos is None:
            return self.error_class(message)
        return self.error_class(message, self.original, pos)

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    # CPython reads the pattern one token ahead (a character, or a
    # backslash and the character after it), so a lone backslash at the
    # end is reported as soon as the token before it is read, before any
    # mistake the parser would find at that token.
    def move(self, pos):
        self.pos = pos
        if pos == self.lone_backslash:
            raise self.error("bad escape (end of pattern)", pos)

    def take(self):
        c = self.peek()
        if c:
            self.move(self.pos + 1)
        return c

    def take_token(self):
        c = self.take()
        if c == "\\":
            c += self.take()
        return c

    def skip_verbose(self):
        src = self.src
        while self.pos < len(src):
            c = src[self.pos]
            if c in _WHITESPACE:
                self.move(self.pos + 1)
            elif c == "#":
                while self.pos < len(src) and src[self.pos] != "\n":
                    self.take_token()
            else:
                break

    def take_name(self, terminator, name_start):
        if self.pos >= len(self.src):
            raise self.error("missing group name", name_start)
        end = self.src.find(terminator, self.pos)
        if end < 0:
            if self.lone_backslash >= 0:
                self.move(self.lone_backslash)
            raise self.error("missing %s, unterminated name" % terminator, name_start)
        name = self.src[self.pos:end]
        self.move(end + 1)
        if not name:
            raise self.error("missing group name", name_start)
        return name

    def check_name(self, name, name_start):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, name_start)

    # --------------------------------------------------------- the parse

    # alternation -> sequence ('|' sequence)*
    def alternation(self, verbose, ascii, branches=None, top=False):
        parts = [self.sequence(verbose, ascii, top)]
        lo, hi = self.width
        while self.peek() == "|":
            if branches is not None and len(parts) == branches:
                raise self.error("conditional backref with more than two branches", self.pos)
            self.move(self.pos + 1)
            parts.append(self.sequence(verbose, ascii))
            lo = min(lo, self.width[0])
            hi = max(hi, self.width[1])
        self.width = (lo, hi)
        return "|".join(parts)

    # sequence -> (item repeat?)*, up to '|' or ')' or the end
    def sequence(self, verbose, ascii, top=False):
        out = []
        last_kind = None  # None: nothing to repeat; 'at': an anchor; 'repeat'; 'item'
        at_start = top  # global flags are allowed only before anything else
        # The width range of the sequence and of its last item (for the
        # look-behind check, as CPython's getwidth).
        lo = hi = 0
        item = (0, 0)
        while True:
            if verbose:
                self.skip_verbose()
            start = self.pos
            c = self.peek()
            if not c or c in "|)":
                break
            c = self.take()
            if c in _REPEAT_CHARS:
                repeat = self.repeat(c, start)
                if repeat is None:  # a '{' that is not a repeat is itself
                    out.append("\\{")
                    last_kind = "item"
                    item = (1, 1)
                    lo += 1
                    hi = min(_INF, hi + 1)
                    at_start = False
                    continue
                if last_kind is None or last_kind == "at":
                    raise self.error("nothing to repeat", start)
                if last_kind == "repeat":
                    raise self.error("multiple repeat", start)
                if self.peek() in "?+":
                    repeat += self.take()
                out.append(repeat)
                last_kind = "repeat"
                lo -= item[0]
                hi -= item[1]
                item = (item[0] * self.repeat_min, min(_INF, item[1] * self.repeat_max))
                lo += item[0]
                hi = min(_INF, hi + item[1])
                continue
            if c == "(":
                text, kind = self.group(start, verbose, ascii, at_start)
                if kind == "flags":
                    verbose = bool(self.flags & FLAG_VERBOSE)
                    continue
                if kind == "skip":  # a comment: the item before it can still repeat
                    continue
                out.append(text)
                last_kind = kind
                item = self.width
            elif c == "[":
                out.append(self.char_class(start, ascii))
                last_kind = "item"
                item = (1, 1)
            elif c in "^$":
                out.append(c)
                last_kind = "at"
                item = (0, 0)
            elif c == ".":
                out.append(c)
                last_kind = "item"
                item = (1, 1)
            elif c == "\\":
                text, kind = self.escape(start, ascii)
                out.append(text)
                last_kind = kind
                item = self.width
            else:
                out.append(c if c < "\x80" else _char(ord(c)))
                last_kind = "item"
                item = (1, 1)
            lo += item[0]
            hi = min(_INF, hi + item[1])
            at_start = False
        self.width = (lo, hi)
        return "".join(out)

    # repeat -> '*' | '+' | '?' | '{' m? (',' n?)? '}'
    def repeat(self, c, start):
        if c != "{":
            self.repeat_min = 1 if c == "+" else 0
            self.repeat_max = 1 if c == "?" else _INF
            return c
        src = self.src
        i = self.pos
        j = i
        while j < len(src) and src[j] in _DIGITS:
            j += 1
        low = src[i:j]
        high = None
        if j < len(src) and src[j] == ",":
            k = j + 1
            while k < len(src) and src[k] in _DIGITS:
                k += 1
            high = src[j + 1:k]
            j = k
        if j >= len(src) or src[j] != "}" or (not low and high is None):
            return None
        self.move(j + 1)
        self.repeat_min = int(low or "0")
        self.repeat_max = _INF if high == "" else int(high if high is not None else low)
        if high is None:
            return "{%d}" % int(low)
        if low and high and int(low) > int(high):
            raise self.error("min repeat greater than max repeat", start + 1)
        return "{%d,%s}" % (int(low or "0"), str(int(high)) if high else "")

    def group(self, start, verbose, ascii, at_start):
        if self.peek() != "?":
            self.groups += 1
            number = self.groups
            return self.close_group("(", number, start, verbose, ascii), "item"
        self.move(self.pos + 1)
        c = self.take_token()
        if not c:
            raise self.error("unexpected end of pattern", self.pos)
        if c == ":":
            return self.close_group("(?:", None, start, verbose, ascii), "item"
        if c == "P":
            kind = self.take()
            if kind == "<":
                name_start = self.pos
                name = self.take_name(">", name_start)
                self.check_name(name, name_start)
                self.groups += 1
                if name in self.groupindex:
                    raise self.error("redefinition of group name %r as group %d; was group %d"
                                     % (name, self.groups, self.groupindex[name]), name_start)
                self.groupindex[name] = self.groups
                return self.close_group("(", self.groups, start, verbose, ascii), "item"
            if kind == "=":
                name_start = self.pos
                name = self.take_name(")", name_start)
                self.check_name(name, name_start)
                number = self.groupindex.get(name)
                if number is None:
                    raise self.error("unknown group name %r" % name, name_start)
                if number in self.open_groups:
                    raise self.error("cannot refer to an open group", name_start)
                self.check_lookbehind(number)
                self.width = self.group_widths[number]
                return "\\g{%d}" % number, "item"
            if not kind:
                raise self.error("unexpected end of pattern", self.pos)
            if kind == "\\":
                kind += self.take()
            raise self.error("unknown extension ?P" + kind, start + 1)
        if c == "#":
            self.width = (0, 0)
            while True:
                if self.pos >= len(self.src):
                    raise self.error("missing ), unterminated comment", start)
                if self.take_token() == ")":
                    return "", "skip"
        if c in "=!":
            text = self.close_group("(?" + c, None, start, verbose, ascii)
            self.width = (0, 0)
            return text, "item"
        if c == "<":
            d = self.take_token()
            if not d:
                raise self.error("unexpected end of pattern", self.pos)
            if d in ("=", "!"):
                outer = self.lookbehind_groups
                if outer is None:
                    self.lookbehind_groups = self.groups
                text = self.close_group("(?<" + d, None, start, verbose, ascii)
                self.lookbehind_groups = outer
                if self.width[0] != self.width[1]:
                    # CPython finds this when compiling, after the parse.
                    self.variable_lookbehind = True
                self.width = (0, 0)
                return text, "item"
            raise self.error("unknown extension ?<" + d, start + 1)
        if c == ">":
            return self.close_group("(?>", None, start, verbose, ascii), "item"
        if c == "(":
            return self.conditional(start, verbose, ascii), "item"
        if c in _INLINE_FLAGS or c == "-":
            return self.flag_group(c, start, verbose, ascii, at_start)
        raise self.error("unknown extension ?" + c, start + 1)

    # A look-behind may refer only to groups closed before it began.
    def check_lookbehind(self, number):
        if self.lookbehind_groups is None:
            return
        if number > self.groups or number in self.open_groups:
            raise self.error("cannot refer to an open group", self.pos)
        if number > self.lookbehind_groups:
            raise self.error("cannot refer to group defined in the same lookbehind subpattern", self.pos)

    # The body of a group opened at `start` and its ')'.
    def close_group(self, opener, number, start, verbose, ascii):
        if number is not None:
            self.open_groups.add(number)
        body = self.alternation(verbose, ascii)
        if self.take() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        if number is not None:
            self.open_groups.discard(number)
            self.group_widths[number] = self.width
        return opener + body + ")"

    # (?(id/name)yes|no)
    def conditional(self, start, verbose, ascii):
        name_start = self.pos
        name = self.take_name(")", name_start)
        if name.isdigit():
            number = int(name)
            if number == 0:
                raise self.error("bad group number", name_start)
            self.group_refs.setdefault(number, name_start)
        else:
            self.check_name(name, name_start)
            number = self.groupindex.get(name)
            if number is None:
                raise self.error("unknown group name %r" % name, name_start)
        self.check_lookbehind(number)
        body = self.alternation(verbose, ascii, branches=2)
        if self.take() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        if "|" not in body:  # the missing branch matches the empty string
            self.width = (0, self.width[1])
        return "(?(%d)%s)" % (number, body)

    # (?aiLmsux) at the start, or (?aiLmsux-imsx:...) anywhere; `c` is
    # the token after "(?". The checks and their order are CPython's.
    def flag_group(self, c, start, verbose, ascii, at_start):
        on = off = 0
        if c != "-":
            while True:
                bit = _INLINE_FLAGS[c]
                if self.is_str and c == "L":
                    raise self.error("bad inline flags: cannot use 'L' flag with a str pattern", self.pos)
                if not self.is_str and c == "u":
                    raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos)
                on |= bit
                if bit & _TYPE_FLAGS and on & _TYPE_FLAGS != bit:
                    raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.pos)
                c = self.take_token()
                if not c:
                    raise self.error("missing -, : or )", self.pos)
                if c in ")-:":
                    break
                if c not in _INLINE_FLAGS:
                    raise self.error("unknown flag" if c.isalpha() else "missing -, : or )", self.pos - len(c))
        if c == ")":
            if not at_start:
                raise self.error("global flags not at the start of the expression", start)
            self.flags |= on
            self.width = (0, 0)
            return "", "flags"
        if on & _GLOBAL_FLAGS:
            raise self.error("bad inline flags: cannot turn on global flag", self.pos - 1)
        if c == "-":
            c = self.take_token()
            if not c:
                raise self.error("missing flag", self.pos)
            if c not in _INLINE_FLAGS:
                raise self.error("unknown flag" if c.isalpha() else "missing flag", self.pos - len(c))
            while True:
                bit = _INLINE_FLAGS[c]
                if bit & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos)
                off |= bit
                c = self.take_token()
                if not c:
                    raise self.error("missing :", self.pos)
                if c == ":":
                    break
                if c not in _INLINE_FLAGS:
                    raise self.error("unknown flag" if c.isalpha() else "missing :", self.pos - len(c))
        if off & _GLOBAL_FLAGS:
            raise self.error("bad inline flags: cannot turn off global flag", self.pos - 1)
        if on & off:
            raise self.error("bad inline flags: flag turned on and off", self.pos - 1)
        letters = ""
        for letter, bit in (("i", FLAG_IGNORECASE), ("m", FLAG_MULTILINE), ("s", FLAG_DOTALL)):
            if on & bit:
                letters += letter
        off_letters = ""
        for letter, bit in (("i", FLAG_IGNORECASE), ("m", FLAG_MULTILINE), ("s", FLAG_DOTALL)):
            if off & bit:
                off_letters += letter
        if off_letters:
            letters += "-" + off_letters
        if on & FLAG_VERBOSE:
            verbose = True
        if off & FLAG_VERBOSE:
            verbose = False
        if on & FLAG_ASCII:
            ascii = True
        if on & FLAG_UNICODE:
            ascii = False
        return self.close_group("(?" + letters + ":", None, start, verbose, ascii), "item"

    # ---------------------------------------------------------- escapes

    # A character given by \x \u \U \N or octal digits, as its code; None
    # when `c` starts no such escape.
    def char_escape(self, c, start):
        src = self.src
        if c in _CHAR_ESCAPES:
            return _CHAR_ESCAPES[c]
        if c in "xuU" and (c == "x" or self.is_str):
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = src[self.pos:self.pos + width]
            n = 0
            while n < len(digits) and digits[n] in _HEX:
                n += 1
            self.move(self.pos + n)
            if n < width:
                raise self.error("incomplete escape \\%s%s" % (c, digits[:n]), start)
            code = int(digits, 16)
            if code > 0x10FFFF:
                raise self.error("bad escape \\%s%s" % (c, digits), start)
            return code
        if c == "N" and self.is_str:
            if self.peek() != "{":
                raise self.error("missing {", self.pos)
            name_start = self.pos + 1
            end = src.find("}", name_start)
            if end < 0 or end == name_start:
                raise self.error("missing character name" if end == name_start else "missing }", name_start)
            name = src[name_start:end]
            self.move(end + 1)
            try:
                return ord(eval('"\\N{%s}"' % name))
            except Exception:
                raise self.error("undefined character name %r" % name, start) from None
        return None

    # An escape outside a class: (pcre2_text, kind).
    def escape(self, start, ascii):
        self.width = (1, 1)
        c = self.take()
        if not c:
            raise self.error("bad escape (end of pattern)", start)
        if c in "AZbB":
            self.width = (0, 0)
            if c == "A":
                return "\\A", "at"
            if c == "Z":
                return "\\z", "at"
            if ascii and self.is_str and not (self.flags & FLAG_ASCII):
                text = _ASCII_BOUNDARY if c == "b" else _ASCII_NOT_BOUNDARY
            else:
                text = "\\" + c
            if c == "B":
                # CPython's \B never matches in an empty string; PCRE2's does.
                text = "(?!\\A\\z)" + text
            return text, "at"
        if c in "dDsSwW":
            if self.is_str and (ascii or self.flags & FLAG_ASCII):
                if c.islower():
                    return "[" + _ASCII_CLASS[c] + "]", "item"
                return "[" + _ASCII_NOT_CLASS[c.lower()] + "]", "item"
            if c in "sS" and self.is_str and not (self.flags & FLAG_ASCII):
                # str.isspace() and Python's \s count \x1c-\x1f as
                # whitespace; PCRE2's Unicode \s does not.
                return ("[\\s\\x{1c}-\\x{1f}]" if c == "s" else "[^\\s\\x{1c}-\\x{1f}]"), "item"
            return "\\" + c, "item"
        if c == "0":
            return _char(self.octal(c, start)), "item"
        if c in _DIGITS:
            src = self.src
            if self.peek() in _DIGITS and self.peek():
                if (c in _OCTAL and src[self.pos] in _OCTAL and self.pos + 1 < len(src)
                        and src[self.pos + 1] in _OCTAL):
                    return _char(self.octal(c, start)), "item"
                c += self.take()
            number = int(c)
            if number > self.groups:
                raise self.error("invalid group reference %d" % number, start + 1)
            if number in self.open_groups:
                raise self.error("cannot refer to an open group", start)
            self.check_lookbehind(number)
            self.width = self.group_widths[number]
            return "\\g{%d}" % number, "item"
        code = self.char_escape(c, start)
        if code is not None:
            return _char(code), "item"
        if c in _ASCII_LETTERS:
            raise self.error("bad escape \\" + c, start)
        return _char(ord(c)), "item"

    # An octal escape whose first digit `c` was read: up to three digits.
    def octal(self, c, start):
        digits = c
        limit = 3
        while len(digits) < limit and self.peek() in _OCTAL and self.peek():
            digits += self.take()
        code = int(digits, 8)
        if code > 0o377:
            raise self.error("octal escape value \\%s outside of range 0-0o377" % digits, start)
        return code

    # --------------------------------------------------- character classes

    # class -> '[' '^'? ']'? items ']'
    def char_class(self, start, ascii):
        out = ["["]
        if self.peek() == "^":
            self.move(self.pos + 1)
            out.append("^")
        first = True
        while True:
            item_start = self.pos
            c = self.take()
            if not c:
                raise self.error("unterminated character set", start)
            if c == "]" and not first:
                break
            first = False
            low, low_text = self.class_item(c, item_start, ascii)
            if self.peek() == "-":
                # CPython names the range by its first tokens (`\\x`, not
                # `\\x41`) and counts the position back from its end.
                low_src = self.src[item_start:item_start + 2] if c == "\\" else c
                self.move(self.pos + 1)
                high_start = self.pos
                d = self.take()
                if not d:
                    raise self.error("unterminated character set", start)
                if d == "]":
                    out.append(low_text)
                    out.append(_char(ord("-")))
                    break
                high, high_text = self.class_item(d, high_start, ascii)
                high_src = self.src[high_start:high_start + 2] if d == "\\" else d
                if low is None or high is None or high < low:
                    raise self.error("bad character range %s-%s" % (low_src, high_src),
                                     self.pos - len(low_src) - 1 - len(high_src))
                out.append(low_text + "-" + high_text)
            else:
                out.append(low_text)
        out.append("]")
        return "".join(out)

    # One class member: (code or None for a category like \d, pcre2_text).
    def class_item(self, c, start, ascii):
        if c != "\\":
            return ord(c), _char(ord(c))
        c = self.take()
        if not c:
            raise self.error("bad escape (end of pattern)", start)
        if c in "dDsSwW":
            if self.is_str and (ascii or self.flags & FLAG_ASCII):
                if c.islower():
                    return None, _ASCII_CLASS[c]
                return None, _ASCII_NOT_CLASS[c.lower()]
            if c == "s" and self.is_str and not (self.flags & FLAG_ASCII):
                return None, "\\s\\x{1c}-\\x{1f}"
            return None, "\\" + c
        if c == "b":
            return 8, _char(8)
        if c in _OCTAL:
            code = self.octal(c, start)
            return code, _char(code)
        code = self.char_escape(c, start)
        if code is not None:
            return code, _char(code)
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.error("bad escape \\" + c, start)
        return ord(c), _char(ord(c))


def translate(pattern, flags, error):
    """(pcre2_text, flags, groups, groupindex) for a str or bytes pattern."""
    is_str = isinstance(pattern, str)
    text = pattern if is_str else pattern.decode("latin-1")
    t = _Translator(text, flags, is_str, error)
    t.original = pattern
    if t.lone_backslash == 0:
        raise t.error("bad escape (end of pattern)", 0)
    verbose = bool(flags & FLAG_VERBOSE)
    out = t.alternation(verbose, False, top=True)
    if t.pos < len(text):
        # Only a ')' stops the top level before the end.
        raise t.error("unbalanced parenthesis", t.pos)
    for number, pos in t.group_refs.items():
        if number > t.groups:
            raise t.error("invalid group reference %d" % number, pos)
    if t.variable_lookbehind:
        raise t.error("look-behind requires fixed-width pattern")
    return out, t.flags, t.groups, t.groupindex
