"""os: the operating system interface, the part scripts use, over the
builtin module posix.

Provides name, sep, altsep, extsep, pathsep, linesep, curdir, pardir,
defpath and devnull; environ (a mapping kept in step with the process's
environment), getenv, putenv, unsetenv; getcwd, chdir, listdir, scandir (DirEntry
with name, path, is_file, is_dir, is_symlink, stat), walk, stat and lstat
(stat_result), remove/unlink, mkdir, makedirs, rmdir, removedirs, rename,
readlink, getpid, cpu_count, urandom, strerror, fspath, os.path
(posixpath) and error. Failures raise the OSError subclass of their errno
with CPython's message. Not yet: file descriptors (open, read, write,
close, pipe), processes (fork, exec*, system, kill, wait), chmod/chown,
utime, symlink/link, bytes paths, dir_fd/follow_symlinks arguments,
environb.
"""

import sys

import posix
from posix import (cpu_count, getcwd, getpid, lstat as _lstat, readlink as _readlink, rmdir as _rmdir,
                   strerror, unlink as _unlink, urandom)

import posixpath as path
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping

name = "posix"
linesep = "\n"
from posixpath import altsep, curdir, defpath, devnull, extsep, pardir, pathsep, sep

error = OSError
sys.modules["os.path"] = path

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


def fspath(p):
    """The file system path of p: a str or bytes as is, else p.__fspath__()."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
            type(p).__name__, type(result).__name__))
    return result


def _path(p):
    p = fspath(p)
    if isinstance(p, bytes):
        p = p.decode()
    return p


def listdir(path="."):
    return posix.listdir(_path(path))


def stat(path):
    return stat_result._from_posix(posix.stat(_path(path)))


def lstat(path):
    return stat_result._from_posix(_lstat(_path(path)))


def remove(path):
    _unlink(_path(path))


def unlink(path):
    _unlink(_path(path))


def rmdir(path):
    _rmdir(_path(path))


def chdir(path):
    posix.chdir(_path(path))


def mkdir(path, mode=0o777):
    posix.mkdir(_path(path), mode)


def rename(src, dst):
    posix.rename(_path(src), _path(dst))


def replace(src, dst):
    posix.rename(_path(src), _path(dst))


def readlink(path):
    return _readlink(_path(path))


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir, making the missing parent directories first."""
    name = _path(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir, then the parent directories that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class stat_result(tuple):
    """The result of stat(): ten items as a tuple (times as whole seconds),
    with the float and nanosecond times as attributes."""

    n_sequence_fields = 10
    n_fields = 13
    n_unnamed_fields = 0
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
              "st_mtime", "st_ctime")

    @classmethod
    def _from_posix(cls, raw):
        result = tuple.__new__(cls, raw[:7] + tuple(int(t) for t in raw[7:10]))
        result._times = raw[7:13]
        return result

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: self._times[3])
    st_mtime_ns = property(lambda self: self._times[4])
    st_ctime_ns = property(lambda self: self._times[5])

    def __repr__(self):
        fields = ", ".join("{}={!r}".format(n, v) for n, v in zip(self._names, self))
        return "os.stat_result({})".format(fields)


stat_result.__module__ = "os"


class DirEntry:
    """An entry of scandir(): its name, its path, and what it is."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._lstat = None

    def __repr__(self):
        return "<DirEntry {!r}>".format(self.name)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return stat(self.path)
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(posix.listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path="."):
    """An iterator of DirEntry objects for the entries of path."""
    return _ScandirIterator(_path(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and each directory
    under it; with topdown, dirnames may be pruned in place."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs = [], []
    for entry in entries:
        (dirs if entry.is_dir() else nondirs).append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class _Environ(_MutableMapping):
    """os.environ: a mapping of str to str whose changes reach the process's
    environment (putenv/unsetenv), so child lookups see them."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = self._check(key)
        value = self._check(value)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None
        posix.unsetenv(key)

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __repr__(self):
        return "environ({{{}}})".format(", ".join("{!r}: {!r}".format(k, v) for k, v in self._data.items()))

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """environ[key], or default when it is not set."""
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)
