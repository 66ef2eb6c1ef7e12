"""posixpath: path name operations on POSIX paths, which os.path names.

Provides join, split, splitext, basename, dirname, isabs, normpath,
abspath, realpath, relpath, commonprefix, commonpath, expanduser,
expandvars, exists, lexists, isfile, isdir, islink, getsize, getmtime,
getatime, getctime, samefile and the separators. Paths are str. Not yet:
bytes paths, ismount, splitdrive's use beyond returning ('', path).
"""

import posix

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    import os
    p = os.fspath(p)
    if isinstance(p, bytes):
        p = p.decode()
    return p


def isabs(s):
    return _fspath(s).startswith(sep)


def join(a, *p):
    """Joins path parts with '/'; an absolute part starts the path afresh."""
    a = _fspath(a)
    result = a
    for b in p:
        try:
            b = _fspath(b)
        except TypeError:
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not "
                            "'{}'".format(type(b).__name__)) from None
        if b.startswith(sep):
            result = b
        elif not result or result.endswith(sep):
            result += b
        else:
            result += sep + b
    return result


def split(p):
    """(head, tail): tail is everything after the last '/'."""
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext from the last dot of the last component, unless the
    component only starts with dots."""
    p = _fspath(p)
    slash = p.rfind(sep)
    dot = p.rfind(extsep)
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != extsep:
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def normpath(path):
    """Collapses redundant separators and '.' and 'a/..' parts."""
    path = _fspath(path)
    if not path:
        return curdir
    initial = 0
    if path.startswith(sep):
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp in ("", curdir):
            continue
        if comp != pardir or (not initial and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * initial + sep.join(parts)
    return result or curdir


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, as far as they exist."""
    filename = _fspath(filename)
    path, ok = _resolve("", filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st[0] & _S_IFMT == _S_IFLNK
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                posix.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    """The longest common leading part (item by item) of the paths in m."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    split_paths = [p.split(sep) for p in paths]
    try:
        (isabsolute,) = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabsolute else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    """~ and ~user at the start of path, expanded."""
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        home = os.environ.get("HOME")
        if home is None:
            return path
    else:
        name = path[1:i]
        home = None
        try:
            with open("/etc/passwd") as f:
                for line in f:
                    fields = line.rstrip("\n").split(":")
                    if len(fields) >= 6 and fields[0] == name:
                        home = fields[5]
                        break
        except OSError:
            pass
        if home is None:
            return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """$name and ${name} replaced by environment variables that are set."""
    import os
    path = _fspath(path)
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            end = path.find("}", i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            following = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_") and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            following = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:following])
        i = following
    return "".join(out)


def _mode(path, follow=True):
    try:
        return (posix.stat if follow else posix.lstat)(_fspath(path))[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def isdir(s):
    mode = _mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def islink(path):
    mode = _mode(path, False)
    return mode is not None and mode & _S_IFMT == _S_IFLNK


def getsize(filename):
    return posix.stat(_fspath(filename))[6]


def getatime(filename):
    return posix.stat(_fspath(filename))[7]


def getmtime(filename):
    return posix.stat(_fspath(filename))[8]


def getctime(filename):
    return posix.stat(_fspath(filename))[9]


def samefile(f1, f2):
    s1 = posix.stat(_fspath(f1))
    s2 = posix.stat(_fspath(f2))
    return s1[1] == s2[1] and s1[2] == s2[2]
