"""Completion of Python names and attributes, for the REPL's Tab key.

minipy's own version of CPython's rlcompleter: Completer(namespace=None)
with complete(text, state), which gives the state-th completion of text:
keywords (with the space or colon that follows them), names of the
namespace (__main__'s by default) and of builtins, and for "NAME.NAME.x"
the attributes of that object, as dir() lists them plus its class's
(names starting with "_" only once "_" is typed, "__" once "__" is). A
callable gets "(" after its name. minipy's REPL calls it when Tab is
pressed; a word of only whitespace gets a tab instead, as in CPython.

Not yet: the ")" CPython adds after "(" when the callable takes no
arguments (it asks inspect.signature, which minipy lacks); setting it up
through a readline module.
"""

import builtins
import keyword
import re

__all__ = ["Completer"]

# Keywords completed with no space after them: they end a statement or
# stand alone as values.
_BARE_KEYWORDS = {'False', 'None', 'True', 'break', 'continue', 'pass', 'else', '_'}
# Keywords whose statement header ends at once.
_COLON_KEYWORDS = {'finally', 'try'}
_DOTTED = re.compile(r"(\w+(\.\w+)*)\.(\w*)")


def _with_postfix(value, word):
    return word + "(" if callable(value) else word


def _class_members(cls):
    names = set(dir(cls))
    for base in getattr(cls, '__bases__', ()):
        names |= _class_members(base)
    return names


class Completer:
    """Completes names from a namespace dict (default: __main__'s, read at
    each completion) and builtins."""

    def __init__(self, namespace=None):
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        self._own_namespace = namespace
        self.matches = []

    def _namespace(self):
        if self._own_namespace is not None:
            return self._own_namespace
        import __main__
        return __main__.__dict__

    def complete(self, text, state):
        """The state-th completion of text, or None past the last."""
        if not text.strip():
            return '\t' if state == 0 else None
        if state == 0:
            self.matches = self.attr_matches(text) if "." in text else self.global_matches(text)
        if state < len(self.matches):
            return self.matches[state]
        return None

    def global_matches(self, text):
        """Keywords, then the namespace's names, then builtins', that start with text."""
        matches = []
        seen = {"__builtins__"}
        for word in keyword.kwlist + keyword.softkwlist:
            if word.startswith(text):
                seen.add(word)
                if word in _COLON_KEYWORDS:
                    word += ':'
                elif word not in _BARE_KEYWORDS:
                    word += ' '
                matches.append(word)
        for names in (self._namespace(), builtins.__dict__):
            for word, value in names.items():
                if word.startswith(text) and word not in seen:
                    seen.add(word)
                    matches.append(_with_postfix(value, word))
        return matches

    def attr_matches(self, text):
        """For "EXPR.prefix" (EXPR a dotted name): EXPR's attributes that
        start with prefix, each as "EXPR.name"."""
        found = _DOTTED.match(text)
        if not found:
            return []
        expr, attr = found.group(1, 3)
        try:
            target = eval(expr, self._namespace())
        except Exception:
            return []
        words = set(dir(target))
        words.discard("__builtins__")
        if hasattr(target, '__class__'):
            words.add('__class__')
            words |= _class_members(target.__class__)
        hidden = '_' if attr == '' else '__' if attr == '_' else None
        while True:
            matches = []
            for word in words:
                if not word.startswith(attr) or (hidden and word.startswith(hidden)):
                    continue
                match = "%s.%s" % (expr, word)
                if isinstance(getattr(type(target), word, None), property):
                    matches.append(match)  # reading it would run the property
                    continue
                try:
                    value = getattr(target, word)
                except Exception:
                    matches.append(match)
                else:
                    matches.append(_with_postfix(value, match))
            if matches or not hidden:
                break
            hidden = '__' if hidden == '_' else None
        matches.sort()
        return matches
