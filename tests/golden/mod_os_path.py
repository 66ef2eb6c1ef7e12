# os.path's pure string operations, as scripts use them.
import os
import os.path

print(os.path.__name__, os.path is os.path, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep,
      os.pathsep, os.devnull, os.altsep)
cases = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b/c.txt", "a//b", "./a", "../a/..", "a/./b",
         "a/../b", "/..", "/../a", "a/b/../../..", ".hidden", "a/.hidden", "a.tar.gz", "a.", "..", "...", "a/b.c/d",
         "//a//b//", "foo/bar/", "x/...ext"]
for p in cases:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p))
joins = [("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("/", "a", "b"), ("a", "b/", "c"),
         ("a", "", "", "b"), ("/x", "y", "/z", "w")]
for parts in joins:
    print(parts, repr(os.path.join(*parts)))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local", "/usr/lib/x"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"))
print(os.path.splitdrive("/a/b"))
print(os.path.abspath("/a/./b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
home = os.environ["HOME"]
print(os.path.expanduser("~") == home, os.path.expanduser("~/docs") == home + "/docs", os.path.expanduser("a~"),
      os.path.expanduser("~root"), os.path.expanduser("~nosuchuserhere/x"))
os.environ["MINIPY_TEST_VAR"] = "value"
print(os.path.expandvars("$MINIPY_TEST_VAR/${MINIPY_TEST_VAR}/$NO_SUCH_VAR_X/${NO_SUCH}/$/x$"))


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("join(1)", lambda: os.path.join(1))
attempt("join('a', None)", lambda: os.path.join("a", None))
attempt("relpath('')", lambda: os.path.relpath(""))
attempt("commonpath([])", lambda: os.path.commonpath([]))
attempt("commonpath(mixed)", lambda: os.path.commonpath(["/a", "b"]))
attempt("fspath(3)", lambda: os.fspath(3))


class P:
    def __fspath__(self):
        return "p/q.txt"


print(os.fspath(P()), os.path.splitext(P()), os.path.join(P(), "r"))
