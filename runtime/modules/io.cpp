// The _io module (CPython 3.11's Modules/_io/_iomodule.c): open (builtins'
// own), the file types of runtime/objects/file.hpp, StringIO (stringio.cpp),
// BytesIO (bytesio.cpp), UnsupportedOperation and DEFAULT_BUFFER_SIZE; and
// the part of _io._IOBase (Modules/_io/iobase.c) the in-memory streams
// inherit from it in CPython. lib/io.py adds the abstract base classes.
#include "runtime/modules/io.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/file.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <climits>
#include <string>

namespace minipy {

// ------------------------------------------------------ argument helpers

bool io_optional_size(Object* value, std::int64_t& out) {
    if (value == None) return true;
    if (!index_check(value)) {
        raisef(exc::TypeError, "argument should be integer or None, not '{}'", type_name(value));
        return false;
    }
    return index_to_i64(value, out);
}

bool io_c_int(Object* value, int& out) {
    std::int64_t v;
    if (!index_to_i64(value, v)) {
        if (!error_matches(exc::OverflowError)) return false;
        clear_error();
        v = INT64_MAX;
    }
    if (v > INT_MAX || v < INT_MIN) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    out = static_cast<int>(v);
    return true;
}

bool io_positional(std::string_view type_name, std::string_view method, const Args& args, std::size_t min,
                   std::size_t max) {
    if (args.has_keywords()) {
        raisef(exc::TypeError, "{}.{}() takes no keyword arguments", type_name, method);
        return false;
    }
    return check_arg_range(method, args, min, max);
}

// ------------------------------------------------- what _IOBase provides

bool io_check_closed(Object* self) {
    Ref<> closed = getattr_optional(self, intern("closed"));
    if (!closed) return !error_pending();
    int truth = is_true(closed.get());
    if (truth < 0) return false;
    if (truth) {
        raise(exc::ValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

Ref<> io_iter(Object* self) {
    if (!io_check_closed(self)) return nullptr;
    return share(self);
}

namespace {

Ref<> iobase_enter(Object* self, const Args& args) {
    if (!check_no_args("_IOBase.__enter__", args)) return nullptr;
    return io_iter(self);
}

// __exit__(*args): close the stream whatever happened.
Ref<> iobase_exit(Object* self, const Args&) { return call_method(self, "close", {}); }

Ref<> iobase_isatty(Object* self, const Args& args) {
    if (!check_no_args("_IOBase.isatty", args)) return nullptr;
    if (!io_check_closed(self)) return nullptr;
    return bool_from(false);
}

std::nullptr_t unsupported(const char* what) { return raise(&UnsupportedOperationType, what); }

Ref<> iobase_fileno(Object*, const Args& args) {
    if (!check_no_args("_IOBase.fileno", args)) return nullptr;
    return unsupported("fileno");
}

Ref<> iobase_detach(Object*, const Args& args) {
    if (!check_no_args("detach", args)) return nullptr;
    return unsupported("detach");
}

// readlines(hint=-1, /): every line, or lines until their total length
// reaches hint, read by iterating over the stream.
Ref<> iobase_readlines(Object* self, const Args& args) {
    if (!io_positional("_IOBase", "readlines", args, 0, 1)) return nullptr;
    std::int64_t hint = -1;
    if (args.size() > 0 && !io_optional_size(args[0], hint)) return nullptr;
    Ref<List> result = list_new();
    Ref<> it = get_iter(self);
    if (!it) return nullptr;
    std::int64_t total = 0;
    for (;;) {
        Ref<> line = iter_next(it.get());
        if (!line) {
            if (error_pending()) return nullptr;
            break;
        }
        if (!list_append(result.get(), line.get())) return nullptr;
        if (hint <= 0) continue;
        std::int64_t n = length(line.get());
        if (n < 0) return nullptr;
        if (n > hint - total) break;
        total += n;
    }
    return result;
}

// writelines(lines, /): self.write(line) for each.
Ref<> iobase_writelines(Object* self, const Args& args) {
    if (!check_one_arg("_IOBase.writelines", args)) return nullptr;
    if (!io_check_closed(self)) return nullptr;
    Ref<> it = get_iter(args[0]);
    if (!it) return nullptr;
    for (;;) {
        Ref<> line = iter_next(it.get());
        if (!line) return error_pending() ? nullptr : none();
        if (!call_method(self, "write", {line.get()})) return nullptr;
    }
}

// _IOBase.flush looks at a flag that only _IOBase.close sets, so a
// StringIO's flush() never fails, closed or not.
Ref<> iobase_flush(Object*, const Args& args) {
    if (!check_no_args("_IOBase.flush", args)) return nullptr;
    return none();
}

// _TextIOBase's encoding and errors: an in-memory text stream has none.
Ref<> textiobase_none(Object*) { return none(); }

}  // namespace

// _IOBase's finalizer: a stream that dies unclosed is closed, with
// `_finalizing` set for close() to see; its errors are dropped, as a
// release build of CPython drops them. An exact StringIO or BytesIO has
// nothing to flush, so only subclasses (which may override close) pay.
void io_finalize(Object* self) {
    if (self->type == &StringIOType || self->type == &BytesIOType) return;
    Ref<> closed = getattr_optional(self, intern("closed"));
    int truth = closed ? is_true(closed.get()) : -1;
    if (truth != 0) {
        clear_error();
        return;
    }
    if (setattr(self, "_finalizing", True) < 0) clear_error();
    if (!call_method(self, "close", {})) clear_error();
}

void io_add_iobase_methods(Type& type, bool text) {
    type.finalize = io_finalize;
    add_methods(type, {
                          {"__enter__", iobase_enter},
                          {"__exit__", iobase_exit},
                          {"fileno", iobase_fileno},
                          {"detach", iobase_detach},
                          {"writelines", iobase_writelines},
                      });
    if (!text) return;
    type.iter = io_iter;
    add_methods(type, {{"isatty", iobase_isatty}, {"readlines", iobase_readlines}, {"flush", iobase_flush}});
    add_getsets(type, {{"encoding", textiobase_none}, {"errors", textiobase_none}});
}

Ref<Module> make_io_module() {
    file_types_init();
    stringio_type_init();
    bytesio_type_init();
    Ref<Module> m = module_new("_io", ModuleOrigin::BuiltIn);
    Module* mod = m.get();
    // io.open is builtins.open itself, as in CPython.
    Ref<> builtins = import_module_named("builtins");
    if (!builtins) return nullptr;
    Ref<> open = getattr(builtins.get(), "open");
    if (!open) return nullptr;
    module_add(mod, "open", open.get());
    module_add(mod, "DEFAULT_BUFFER_SIZE", int_from(8192).get());
    module_add(mod, "UnsupportedOperation", &UnsupportedOperationType);
    module_add(mod, "StringIO", &StringIOType);
    module_add(mod, "BytesIO", &BytesIOType);
    module_add(mod, "_IOBase", &IOBaseType);
    module_add(mod, "TextIOWrapper", &TextIOWrapperType);
    module_add(mod, "BufferedReader", &BufferedReaderType);
    module_add(mod, "BufferedWriter", &BufferedWriterType);
    module_add(mod, "BufferedRandom", &BufferedRandomType);
    return m;
}

}  // namespace minipy
