// The posix module: the system calls lib/os.py is built on (CPython's
// Modules/posixmodule.c, the part scripts use). Paths are str; a failing
// call raises the OSError subclass its errno maps to, with CPython's message
// ("[Errno 2] No such file or directory: 'x'").
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/file.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>

extern char** environ;

namespace minipy {

namespace {

// The path argument `o` as text: a str (CPython also takes bytes and
// path-like objects; minipy's os passes str through os.fspath first).
bool path_text(std::string_view function, Object* o, std::string& out) {
    if (!is_str(o)) {
        raisef(exc::TypeError, "{}: path should be string, bytes or os.PathLike, not {}", function, type_name(o));
        return false;
    }
    out = std::string(cast<Str>(o)->view());
    return true;
}

// Binds the arguments of a one-path call: NAME(path).
bool one_path(std::string_view name, const Args& args, std::string& path) {
    if (!check_no_keywords(name, args) || !check_arg_range(name, args, 1, 1)) return false;
    return path_text(name, args[0], path);
}

Ref<> posix_getcwd(Object*, const Args& args) {
    if (!check_no_args("getcwd", args)) return nullptr;
    char buffer[PATH_MAX];
    if (!::getcwd(buffer, sizeof buffer)) return raise_os_error(errno, nullptr);
    return str_from(buffer);
}

// listdir(path): the names in a directory, in the order readdir gives them.
Ref<> posix_listdir(Object*, const Args& args) {
    if (!check_no_keywords("listdir", args) || !check_arg_range("listdir", args, 1, 1)) return nullptr;
    std::string path;
    if (!path_text("listdir", args[0], path)) return nullptr;
    DIR* dir = ::opendir(path.c_str());
    if (!dir) return raise_os_error(errno, args[0]);
    Ref<List> names = list_new(0);
    while (dirent* entry = ::readdir(dir)) {
        std::string_view name = entry->d_name;
        if (name == "." || name == "..") continue;
        Ref<> text = str_from(name);
        if (!text || !list_append(names.get(), text.get())) {
            ::closedir(dir);
            return nullptr;
        }
    }
    ::closedir(dir);
    return names;
}

// stat(path) / lstat(path): (mode, ino, dev, nlink, uid, gid, size, atime,
// mtime, ctime as floats, then the three times in nanoseconds), which
// os.stat_result arranges.
Ref<> stat_tuple(std::string_view name, const Args& args, bool follow) {
    std::string path;
    if (!one_path(name, args, path)) return nullptr;
    struct stat st;
    if ((follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st)) != 0) return raise_os_error(errno, args[0]);
    auto ns = [](const timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec; };
    auto seconds = [](const timespec& t) { return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9; };
    Ref<> items[] = {
        int_from(st.st_mode), int_from(static_cast<std::int64_t>(st.st_ino)), int_from(static_cast<std::int64_t>(st.st_dev)),
        int_from(static_cast<std::int64_t>(st.st_nlink)), int_from(st.st_uid), int_from(st.st_gid),
        int_from(st.st_size), float_from(seconds(st.st_atim)), float_from(seconds(st.st_mtim)),
        float_from(seconds(st.st_ctim)), int_from(ns(st.st_atim)), int_from(ns(st.st_mtim)), int_from(ns(st.st_ctim)),
    };
    return tuple_from({items[0].get(), items[1].get(), items[2].get(), items[3].get(), items[4].get(), items[5].get(),
                       items[6].get(), items[7].get(), items[8].get(), items[9].get(), items[10].get(),
                       items[11].get(), items[12].get()});
}
Ref<> posix_stat(Object*, const Args& args) { return stat_tuple("stat", args, true); }
Ref<> posix_lstat(Object*, const Args& args) { return stat_tuple("lstat", args, false); }

Ref<> posix_unlink(Object*, const Args& args) {
    std::string path;
    if (!one_path("unlink", args, path)) return nullptr;
    if (::unlink(path.c_str()) != 0) return raise_os_error(errno, args[0]);
    return none();
}

Ref<> posix_rmdir(Object*, const Args& args) {
    std::string path;
    if (!one_path("rmdir", args, path)) return nullptr;
    if (::rmdir(path.c_str()) != 0) return raise_os_error(errno, args[0]);
    return none();
}

// chdir(path): the process's working directory, which getcwd then reports.
Ref<> posix_chdir(Object*, const Args& args) {
    std::string path;
    if (!one_path("chdir", args, path)) return nullptr;
    if (::chdir(path.c_str()) != 0) return raise_os_error(errno, args[0]);
    return none();
}

// mkdir(path, mode)
Ref<> posix_mkdir(Object*, const Args& args) {
    if (!check_no_keywords("mkdir", args) || !check_arg_range("mkdir", args, 2, 2)) return nullptr;
    std::string path;
    std::int64_t mode;
    if (!path_text("mkdir", args[0], path) || !index_to_i64(args[1], mode)) return nullptr;
    if (::mkdir(path.c_str(), static_cast<mode_t>(mode)) != 0) return raise_os_error(errno, args[0]);
    return none();
}

// rename(src, dst): the error names both paths.
Ref<> posix_rename(Object*, const Args& args) {
    if (!check_no_keywords("rename", args) || !check_arg_range("rename", args, 2, 2)) return nullptr;
    std::string src, dst;
    if (!path_text("rename", args[0], src) || !path_text("rename", args[1], dst)) return nullptr;
    if (::rename(src.c_str(), dst.c_str()) != 0) return raise_os_error(errno, args[0], args[1]);
    return none();
}

// readlink(path): where a symbolic link points.
Ref<> posix_readlink(Object*, const Args& args) {
    std::string path;
    if (!one_path("readlink", args, path)) return nullptr;
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink(path.c_str(), buffer, sizeof buffer);
    if (n < 0) return raise_os_error(errno, args[0]);
    return str_from(std::string_view(buffer, static_cast<std::size_t>(n)));
}

Ref<> posix_getpid(Object*, const Args& args) {
    if (!check_no_args("getpid", args)) return nullptr;
    return int_from(::getpid());
}

Ref<> posix_cpu_count(Object*, const Args& args) {
    if (!check_no_args("cpu_count", args)) return nullptr;
    const long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return none();
    return int_from(n);
}

// urandom(size): bytes from the kernel's generator.
Ref<> posix_urandom(Object*, const Args& args) {
    if (!check_no_keywords("urandom", args) || !check_arg_range("urandom", args, 1, 1)) return nullptr;
    std::int64_t size;
    if (!index_to_i64(args[0], size)) return nullptr;
    if (size < 0) return raise(exc::ValueError, "negative argument not allowed");
    Ref<Bytes> out = bytes_alloc(static_cast<std::size_t>(size));
    std::int64_t done = 0;
    while (done < size) {
        const ssize_t n = ::getrandom(out->data() + done, static_cast<std::size_t>(size - done), 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return raise_os_error(errno, nullptr);
        }
        done += n;
    }
    return out;
}

// strerror(code)
Ref<> posix_strerror(Object*, const Args& args) {
    if (!check_no_keywords("strerror", args) || !check_arg_range("strerror", args, 1, 1)) return nullptr;
    std::int64_t code;
    if (!index_to_i64(args[0], code)) return nullptr;
    return str_from(std::strerror(static_cast<int>(code)));
}

// putenv(key, value) / unsetenv(key): the process's environment, which
// os.environ keeps in step with its mapping.
Ref<> posix_putenv(Object*, const Args& args) {
    if (!check_no_keywords("putenv", args) || !check_arg_range("putenv", args, 2, 2)) return nullptr;
    std::string key, value;
    if (!path_text("putenv", args[0], key) || !path_text("putenv", args[1], value)) return nullptr;
    if (key.find('=') != std::string::npos) return raise(exc::ValueError, "illegal environment variable name");
    if (key.find('\0') != std::string::npos || value.find('\0') != std::string::npos)
        return raise(exc::ValueError, "embedded null byte");
    if (::setenv(key.c_str(), value.c_str(), 1) != 0) return raise_os_error(errno, nullptr);
    return none();
}

Ref<> posix_unsetenv(Object*, const Args& args) {
    if (!check_no_keywords("unsetenv", args) || !check_arg_range("unsetenv", args, 1, 1)) return nullptr;
    std::string key;
    if (!path_text("unsetenv", args[0], key)) return nullptr;
    if (key.find('=') != std::string::npos) return raise(exc::ValueError, "illegal environment variable name");
    if (::unsetenv(key.c_str()) != 0) return raise_os_error(errno, nullptr);
    return none();
}

// The environment at start-up, as a dict of str to str.
Ref<> environ_dict() {
    Ref<Dict> d = dict_new();
    for (char** entry = environ; entry && *entry; ++entry) {
        std::string_view text = *entry;
        const std::size_t eq = text.find('=', 1);
        if (eq == std::string_view::npos) continue;
        Ref<> key = str_from(text.substr(0, eq));
        Ref<> value = str_from(text.substr(eq + 1));
        if (!key || !value || dict_set(d.get(), key.get(), value.get()) < 0) return nullptr;
    }
    return d;
}

}  // namespace

Ref<Module> make_posix_module() {
    Ref<Module> m = module_new("posix", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
                                      {"chdir", posix_chdir},
                                      {"getcwd", posix_getcwd},
                                      {"listdir", posix_listdir},
                                      {"stat", posix_stat},
                                      {"lstat", posix_lstat},
                                      {"unlink", posix_unlink},
                                      {"rmdir", posix_rmdir},
                                      {"mkdir", posix_mkdir},
                                      {"rename", posix_rename},
                                      {"readlink", posix_readlink},
                                      {"getpid", posix_getpid},
                                      {"cpu_count", posix_cpu_count},
                                      {"urandom", posix_urandom},
                                      {"strerror", posix_strerror},
                                      {"putenv", posix_putenv},
                                      {"unsetenv", posix_unsetenv},
                                  });
    Ref<> env = environ_dict();
    if (!env) return nullptr;
    module_add(m.get(), "environ", env.get());
    return m;
}

}  // namespace minipy
