// OSError and its subclasses: the class chosen by errno (PEP 3151), the
// fields errno/strerror/filename/filename2 and BlockingIOError's
// characters_written (CPython's Objects/exceptions.c, OSError_new and
// OSError_init, as of 3.11, without Windows' winerror).
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/exceptions_detail.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/member.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <climits>
#include <cstddef>

namespace minipy {

Type* os_error_subclass(int errnum) {
    switch (errnum) {
        case EAGAIN: case EALREADY: case EINPROGRESS: return exc::BlockingIOError;
        case ECHILD: return exc::ChildProcessError;
        case EPIPE: case ESHUTDOWN: return exc::BrokenPipeError;
        case ECONNABORTED: return exc::ConnectionAbortedError;
        case ECONNREFUSED: return exc::ConnectionRefusedError;
        case ECONNRESET: return exc::ConnectionResetError;
        case EINTR: return exc::InterruptedError;
        case ESRCH: return exc::ProcessLookupError;
        case ENOENT: return exc::FileNotFoundError;
        case EEXIST: return exc::FileExistsError;
        case EISDIR: return exc::IsADirectoryError;
        case ENOTDIR: return exc::NotADirectoryError;
        case EACCES:
        case EPERM: return exc::PermissionError;
        case ETIMEDOUT: return exc::TimeoutError;
        default: return exc::OSError;
    }
}

namespace {

OSErrorObject* as_os(Object* o) { return cast<OSErrorObject>(o); }

Ref<> os_error_new_slot(Type* type, const Args& args);
int os_error_init(Object* self, const Args& args);

// A class that defines __init__ but keeps OSError's __new__ gets its
// arguments parsed by __init__ (so that its own extra arguments do not
// upset __new__); otherwise __new__ does all the work and __init__ none
// (CPython's oserror_use_init).
bool use_init(const Type* type) { return type->init != os_error_init && type->new_instance == os_error_new_slot; }

// PyNumber_Check: what BlockingIOError takes for characters written.
bool is_number(const Object* o) { return o->type->to_index || o->type->to_int || o->type->to_float; }

// PyNumber_AsSsize_t(o, ValueError): __index__, and ValueError when the
// int does not fit.
bool as_ssize(Object* o, std::int64_t& out) {
    Ref<> index = number_index(o);
    if (!index) return false;
    auto value = int_to_i64(cast<Int>(index.get()));
    if (!value) return raisef(exc::ValueError, "cannot fit '{}' into an index-sized integer", type_name(o)), false;
    out = *value;
    return true;
}

// The arguments OSError reads: (errno, strerror[, filename[, winerror[,
// filename2]]]) when there are 2 to 5 of them; none otherwise.
struct OSErrorArgs {
    Object* myerrno = nullptr;
    Object* strerror = nullptr;
    Object* filename = nullptr;
    Object* filename2 = nullptr;
};
OSErrorArgs parse(const Args& args) {
    OSErrorArgs out;
    const std::size_t n = args.size();
    if (n < 2 || n > 5) return out;
    out.myerrno = args[0];
    out.strerror = args[1];
    if (n >= 3) out.filename = args[2];
    if (n >= 5) out.filename2 = args[4];
    return out;
}

// oserror_init: with a filename, .args keeps only (errno, strerror) (old
// code unpacks `errno, strerror = e.args`); BlockingIOError's third
// argument may be the count of characters written instead.
int os_error_fill(OSErrorObject* e, const Args& args, const OSErrorArgs& parsed) {
    std::int64_t nargs = static_cast<std::int64_t>(args.size());
    if (parsed.filename && parsed.filename != None) {
        if (e->type == exc::BlockingIOError && is_number(parsed.filename)) {
            if (!as_ssize(parsed.filename, e->written)) return -1;
        } else {
            set_slot(e->filename, parsed.filename);
            if (parsed.filename2 && parsed.filename2 != None) set_slot(e->filename2, parsed.filename2);
            if (nargs >= 2 && nargs <= 5) nargs = 2;
        }
    }
    set_slot(e->myerrno, parsed.myerrno);
    set_slot(e->strerror, parsed.strerror);
    steal_into(e->args, tuple_from_array(args.values, nargs));
    return 0;
}

// OSError.__new__: OSError(errno, strerror, ...) itself makes the subclass
// for errno (FileNotFoundError for ENOENT, ...).
Ref<> os_error_new_slot(Type* type, const Args& args) {
    OSErrorArgs parsed;
    const bool parse_here = !use_init(type);
    if (parse_here) {
        if (args.has_keywords()) return raisef(exc::TypeError, "{}() takes no keyword arguments", type->name_view());
        parsed = parse(args);
        if (type == exc::OSError && parsed.myerrno && is_int(parsed.myerrno)) {
            auto errnum = int_to_i64(cast<Int>(parsed.myerrno));
            if (errnum && *errnum >= INT_MIN && *errnum <= INT_MAX) type = os_error_subclass(static_cast<int>(*errnum));
        }
    }
    auto e = new_object<OSErrorObject>(type);
    if (!parse_here) {
        e->args = empty_tuple().release();
    } else if (os_error_fill(e.get(), args, parsed) < 0) {
        return nullptr;
    }
    gc_track(e.get());
    return e;
}

int os_error_init(Object* self, const Args& args) {
    if (!use_init(self->type)) return 0;  // __new__ did it all
    if (args.has_keywords()) return raisef(exc::TypeError, "{}() takes no keyword arguments", type_name(self)), -1;
    return os_error_fill(as_os(self), args, parse(args));
}

// "[Errno 2] No such file or directory: 'x' -> 'y'"
Ref<> os_error_str(Object* self) {
    OSErrorObject* e = as_os(self);
    if (e->filename || (e->myerrno && e->strerror)) {
        std::string num, text;
        if (!str_text(e->myerrno ? e->myerrno : None, num) || !str_text(e->strerror ? e->strerror : None, text))
            return nullptr;
        if (!e->filename) return str_from(fmt::format("[Errno {}] {}", num, text));
        std::string file;
        if (!repr_text(e->filename, file)) return nullptr;
        if (!e->filename2) return str_from(fmt::format("[Errno {}] {}: {}", num, text, file));
        std::string file2;
        if (!repr_text(e->filename2, file2)) return nullptr;
        return str_from(fmt::format("[Errno {}] {}: {} -> {}", num, text, file, file2));
    }
    return exception_str_slot(self);
}

// __reduce__(): the arguments that make the same error again, filenames
// included (.args lost them): (type, (errno, strerror, filename[, None,
// filename2])[, __dict__]).
Ref<> os_error_reduce(Object* self, const Args& args) {
    if (!check_no_args("OSError.__reduce__", args)) return nullptr;
    OSErrorObject* e = as_os(self);
    Ref<> made = exception_args(self);
    auto* t = cast<Tuple>(made.get());
    if (t->length() == 2 && e->filename) {
        if (e->filename2) made = tuple_from({(*t)[0], (*t)[1], e->filename, None, e->filename2});
        else made = tuple_from({(*t)[0], (*t)[1], e->filename});
    }
    if (e->dict) return tuple_from({self->type, made.get(), static_cast<Object*>(e->dict)});
    return tuple_from({self->type, made.get()});
}

Ref<> get_characters_written(Object* self) {
    if (as_os(self)->written == -1) return raise(exc::AttributeError, "characters_written");
    return int_from(as_os(self)->written);
}
int set_characters_written(Object* self, Object* value) {
    OSErrorObject* e = as_os(self);
    if (!value) {
        if (e->written == -1) return raise(exc::AttributeError, "characters_written"), -1;
        e->written = -1;
        return 0;
    }
    std::int64_t n;
    if (!as_ssize(value, n)) return -1;
    e->written = n;
    return 0;
}

}  // namespace

void os_error_types_init() {
    Type& t = *exc::OSError;
    OSErrorLayout::install(t);
    t.new_instance = os_error_new_slot;
    t.init = os_error_init;
    t.str = os_error_str;
    add_methods(t, {{"__reduce__", os_error_reduce}});
    add_getsets(t, {{"characters_written", get_characters_written, set_characters_written}});
}

void os_error_members_init() {
    Type& t = *exc::OSError;
    add_member(t, "errno", offsetof(OSErrorObject, myerrno), MemberKind::Object);
    add_member(t, "strerror", offsetof(OSErrorObject, strerror), MemberKind::Object);
    add_member(t, "filename", offsetof(OSErrorObject, filename), MemberKind::Object);
    add_member(t, "filename2", offsetof(OSErrorObject, filename2), MemberKind::Object);
}

}  // namespace minipy
