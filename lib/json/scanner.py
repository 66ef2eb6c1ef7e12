"""The JSON scanner: make_scanner(decoder) -> scan_once(string, idx).

minipy's json.scanner, after CPython 3.11's. make_scanner is the C++
scanner of _json (runtime/modules/json.cpp); py_make_scanner is the same
parser in Python, with the same results, errors and positions.
"""

__all__ = ["make_scanner"]

_WHITESPACE = " \t\n\r"


def py_make_scanner(context):
    """The function scan_once(string, idx) -> (value, end) for a decoder:
    parses one JSON value starting exactly at idx, or raises
    StopIteration(idx) when no value starts there."""
    from json.decoder import JSONDecodeError, py_scanstring

    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    strict = context.strict
    memo = context.memo
    float_type = float

    def number(s, idx, n):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        start = idx
        if s[idx] == "-":
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        ch = s[idx]
        if "1" <= ch <= "9":
            idx += 1
            while idx < n and "0" <= s[idx] <= "9":
                idx += 1
        elif ch == "0":
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == "." and "0" <= s[idx + 1] <= "9":
            is_float = True
            idx += 2
            while idx < n and "0" <= s[idx] <= "9":
                idx += 1
        if idx < n - 1 and (s[idx] == "e" or s[idx] == "E"):
            exponent_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == "-" or s[idx] == "+"):
                idx += 1
            digits_start = idx
            while idx < n and "0" <= s[idx] <= "9":
                idx += 1
            if idx > digits_start:
                is_float = True
            else:
                # "1e" is the number 1 followed by something else.
                idx = exponent_start
        text = s[start:idx]
        if is_float:
            return (float(text) if parse_float is float_type else parse_float(text)), idx
        return parse_int(text), idx

    def scan_once(s, idx):
        # Arrays and objects are parsed here rather than in functions of
        # their own, so each level of nesting costs one Python frame.
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        ch = s[idx]
        if ch == '"':
            return py_scanstring(s, idx + 1, strict)
        if ch == "[":
            values = []
            idx += 1
            while idx < n and s[idx] in _WHITESPACE:
                idx += 1
            if idx >= n:
                raise JSONDecodeError("Expecting value", s, idx)
            if s[idx] != "]":
                while True:
                    value, idx = scan_once(s, idx)
                    values.append(value)
                    while idx < n and s[idx] in _WHITESPACE:
                        idx += 1
                    if idx < n and s[idx] == "]":
                        break
                    if idx >= n or s[idx] != ",":
                        raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                    idx += 1
                    while idx < n and s[idx] in _WHITESPACE:
                        idx += 1
            return values, idx + 1
        if ch == "{":
            pairs = []
            idx += 1
            while idx < n and s[idx] in _WHITESPACE:
                idx += 1
            if idx >= n or s[idx] != "}":
                while True:
                    if idx >= n or s[idx] != '"':
                        raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
                    key, idx = py_scanstring(s, idx + 1, strict)
                    key = memo.setdefault(key, key)
                    while idx < n and s[idx] in _WHITESPACE:
                        idx += 1
                    if idx >= n or s[idx] != ":":
                        raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                    idx += 1
                    while idx < n and s[idx] in _WHITESPACE:
                        idx += 1
                    value, idx = scan_once(s, idx)
                    pairs.append((key, value))
                    while idx < n and s[idx] in _WHITESPACE:
                        idx += 1
                    if idx < n and s[idx] == "}":
                        break
                    if idx >= n or s[idx] != ",":
                        raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                    idx += 1
                    while idx < n and s[idx] in _WHITESPACE:
                        idx += 1
            idx += 1
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), idx
            result = dict(pairs)
            if object_hook is not None:
                result = object_hook(result)
            return result, idx
        if ch == "n" and s[idx:idx + 4] == "null":
            return None, idx + 4
        if ch == "t" and s[idx:idx + 4] == "true":
            return True, idx + 4
        if ch == "f" and s[idx:idx + 5] == "false":
            return False, idx + 5
        if ch == "N" and s[idx:idx + 3] == "NaN":
            return parse_constant("NaN"), idx + 3
        if ch == "I" and s[idx:idx + 8] == "Infinity":
            return parse_constant("Infinity"), idx + 8
        if ch == "-" and s[idx:idx + 9] == "-Infinity":
            return parse_constant("-Infinity"), idx + 9
        return number(s, idx, n)

    def scan(string, idx):
        try:
            return scan_once(string, idx)
        finally:
            memo.clear()

    return scan


try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

make_scanner = c_make_scanner or py_make_scanner
