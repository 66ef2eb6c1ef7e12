# os's file system calls on a scratch directory: make, list, stat, rename,
# remove, walk, scandir, and the OSError subclasses with CPython's messages.
import os

base = "/tmp/minipy_mod_os_files_%d" % os.getpid()
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
os.mkdir(os.path.join(base, "empty"))
with open(os.path.join(base, "a", "one.txt"), "w") as f:
    f.write("hello\n")
with open(os.path.join(base, "a", "b", "two.txt"), "w") as f:
    f.write("x" * 1000)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.islink(base))
one = os.path.join(base, "a", "one.txt")
print(os.path.exists(one), os.path.isfile(one), os.path.isdir(one), os.path.getsize(one))
st = os.stat(one)
print(st.st_size, st[6], oct(st.st_mode & 0o170000), isinstance(st.st_mtime, float), isinstance(st[8], int),
      int(st.st_mtime) == st[8], st.st_mtime == os.path.getmtime(one), type(st).__name__, len(st))
print(repr(st).startswith("os.stat_result(st_mode="), st.st_mtime_ns // 10 ** 9 == st[8])
print(os.path.exists(os.path.join(base, "missing")), os.path.isfile(os.path.join(base, "missing")))

for dirpath, dirnames, filenames in os.walk(base):
    dirnames.sort()
    print(os.path.relpath(dirpath, base), dirnames, sorted(filenames))
print([(d[len(base):], sorted(f)) for d, _, f in os.walk(base, topdown=False)][-1])

with os.scandir(os.path.join(base, "a")) as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(entry.name, entry.path == os.path.join(base, "a", entry.name), entry.is_file(), entry.is_dir(),
              entry.is_symlink(), repr(entry), os.fspath(entry) == entry.path)

os.rename(one, os.path.join(base, "a", "uno.txt"))
print(sorted(os.listdir(os.path.join(base, "a"))))
os.remove(os.path.join(base, "a", "uno.txt"))
os.unlink(os.path.join(base, "a", "b", "two.txt"))
print(sorted(os.listdir(os.path.join(base, "a"))), os.listdir(os.path.join(base, "a", "b")))


def attempt(label, f):
    try:
        print(label, "->", f())
    except OSError as e:
        print(label, "->", type(e).__name__, str(e).replace(base, "BASE"), e.errno,
              e.filename.replace(base, "BASE") if isinstance(e.filename, str) else e.filename,
              e.filename2.replace(base, "BASE") if isinstance(e.filename2, str) else e.filename2,
              e.strerror, isinstance(e, OSError))


missing = os.path.join(base, "missing")
attempt("remove missing", lambda: os.remove(missing))
attempt("stat missing", lambda: os.stat(missing))
attempt("listdir missing", lambda: os.listdir(missing))
attempt("rename missing", lambda: os.rename(missing, os.path.join(base, "b")))
attempt("mkdir existing", lambda: os.mkdir(base))
attempt("makedirs existing", lambda: os.makedirs(base))
attempt("rmdir non-empty", lambda: os.rmdir(os.path.join(base, "a")))
attempt("rmdir missing", lambda: os.rmdir(missing))
attempt("remove a directory", lambda: os.remove(os.path.join(base, "empty")))
attempt("getsize missing", lambda: os.path.getsize(missing))
attempt("open missing", lambda: open(missing))

os.removedirs(os.path.join(base, "a", "b", "c"))
os.rmdir(os.path.join(base, "empty"))
print(os.path.exists(base))
os.rmdir(base)
print(os.path.exists(base))
print(os.error is OSError, issubclass(FileNotFoundError, OSError))
print(os.getcwd() == os.path.abspath("."), isinstance(os.getpid(), int), os.getpid() > 0)
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.strerror(2))
print(os.path.realpath("/tmp/../tmp/./") == os.path.realpath("/tmp"), os.path.realpath("/no/such/../x"))
