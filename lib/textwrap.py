"""Wrapping, filling, shortening, dedenting and indenting plain text.

minipy's own version of CPython's textwrap module: wrap, fill, shorten,
dedent, indent and TextWrapper with all of its options (width,
initial_indent, subsequent_indent, expand_tabs, tabsize,
replace_whitespace, fix_sentence_endings, break_long_words,
drop_whitespace, break_on_hyphens, max_lines, placeholder).

CPython splits text into chunks with regular expressions; minipy has no re
module, so the same splitting is written out by hand below (_split_words):
runs of whitespace, words, the parts of hyphenated words ("goof-" "ball"),
and em-dashes ("--") between words. TextWrapper's class attributes
wordsep_re, wordsep_simple_re and sentence_end_re therefore do not exist,
and a subclass cannot change the splitting by replacing them (it can
override _split).
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only the ASCII whitespace counts: a no-break space (\u00a0) must not
# become a place to break.
_whitespace = '\t\n\x0b\x0c\r '


# ------------------------------------------------------------ splitting

def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a digit (regular expressions' [^\d\W]).
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _em_dash_at(text, i):
    # Two or more hyphens from i, followed by a word character.
    n = len(text)
    if text[i:i + 2] != '--':
        return 0
    j = i + 2
    while j < n and text[j] == '-':
        j += 1
    return j if j < n and _is_word_char(text[j]) else 0


def _hyphen_breaks_after(text, k):
    # text[k] is a hyphen; may a line break after it? Only inside a word of
    # letters: two letters (or letter-hyphen-letter) before it, and a letter,
    # maybe a hyphen, and a letter after it.
    before = (_letter_at(text, k - 2) and _letter_at(text, k - 1)) or \
             (_letter_at(text, k - 3) and text[k - 2] == '-' and _letter_at(text, k - 1))
    if not before:
        return False
    if not _letter_at(text, k + 1):
        return False
    return _letter_at(text, k + 2) or (k + 2 < len(text) and text[k + 2] == '-' and _letter_at(text, k + 3))


def _split_words(text):
    # The chunks of text when breaking on hyphens is allowed.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        start = i
        if text[i] in _whitespace:
            while i < n and text[i] in _whitespace:
                i += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _em_dash_at(text, i):
            i = _em_dash_at(text, i)
        else:
            # The shortest run of non-space characters that ends the word,
            # ends at a breakable hyphen, or comes right before an em-dash.
            k = i + 1
            while True:
                if k < n and text[k] == '-' and _hyphen_breaks_after(text, k):
                    k += 1
                    break
                if k == n or text[k] in _whitespace:
                    break
                if _is_word_punct(text[k - 1]) and _em_dash_at(text, k):
                    break
                k += 1
            i = k
        chunks.append(text[start:i])
    return chunks


def _split_on_spaces(text):
    # The chunks of text when hyphens are not break points: words and the
    # whitespace between them.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        start = i
        space = text[i] in _whitespace
        while i < n and (text[i] in _whitespace) == space:
            i += 1
        chunks.append(text[start:i])
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then maybe a closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps and fills text; its attributes are the options.

    width (70) is the longest a line may be; initial_indent and
    subsequent_indent ('') start the first and the other lines and count
    toward the width. expand_tabs (true) expands tabs to tabsize (8)
    columns first; replace_whitespace (true) then turns every whitespace
    character into a space. fix_sentence_endings (false) puts two spaces
    after a sentence's end. break_long_words (true) splits words longer
    than a line; break_on_hyphens (true) lets lines break after the
    hyphens of compound words. drop_whitespace (true) removes whitespace at
    the start and end of lines. max_lines (None) cuts the text after that
    many lines, ending the last with placeholder (' [...]').
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- the steps, each of which a subclass may replace

    def _munge_whitespace(self, text):
        """Expand tabs, then make every whitespace character a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into the chunks lines are made of: words (or parts of
        hyphenated words) and runs of whitespace."""
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_on_spaces(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after each sentence's end two."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put what fits of a chunk too long for any line on the current one
        (breaking after a hyphen when it can), or the whole chunk when words
        may not be broken and the line is empty."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # Otherwise the word waits for the next line, which it will have
        # to itself.

    def _wrap_chunks(self, chunks):
        """Make lines of at most width characters from the chunks (longer
        only when long words may not be broken)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        # Reversed, so the next chunk is popped from the end.
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace does not start a line, except the text's first.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            # Nor does whitespace end one.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            only_space_left = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or only_space_left and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed, and text remains: end it with the
            # placeholder, dropping chunks until it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- the public interface

    def wrap(self, text):
        """Wrap the paragraph text into a list of lines of at most width
        characters, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph text and return it as one string, its lines
        joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap the paragraph text into a list of lines of at most width
    characters; the keyword arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap the paragraph text into lines of at most width characters,
    joined by newlines; the keyword arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and cut it to fit in width characters,
    marking the cut with the placeholder (' [...]' unless given):

        >>> shorten("Hello  world!", width=12)
        'Hello world!'
        >>> shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


# ------------------------------------------------------------ indentation

def _leading_blanks(line):
    # The spaces and tabs that start line.
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove the indentation that every line of text shares.

    Lines of nothing but spaces and tabs become empty and do not count;
    a tab and spaces are different indentation, even when they line up.
    Lines end only at "\\n".
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        blanks = _leading_blanks(line)
        if blanks == line:
            lines[i] = ''
            continue
        if margin is None or blanks.startswith(margin):
            if margin is None:
                margin = blanks
        elif margin.startswith(blanks):
            margin = blanks
        else:
            common = 0
            while margin[common] == blanks[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text for which predicate(line) is
    true; by default, before every line that is not only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
