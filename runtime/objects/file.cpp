// File objects: open(), the standard streams, and the life of a file
// (CPython's Modules/_io/_iomodule.c for open()'s checks and messages,
// fileio.c for the errors of opening). Reading and writing are in file_io.cpp.
#include "runtime/objects/file.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/codecs.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace minipy {

Type IOBaseType;
Type TextIOWrapperType;
Type BufferedReaderType;
Type BufferedWriterType;
Type BufferedRandomType;
Type UnsupportedOperationType;

static File* as_file(Object* o) { return cast<File>(o); }

// ---------------------------------------------------------------- errors

std::nullptr_t raise_os_error(int errnum, Object* filename, Object* filename2) {
    Ref<> code = int_from(errnum);
    Ref<> message = str_from(std::strerror(errnum));
    Object* argv[] = {code.get(), message.get(), filename, None, filename2};
    const std::size_t argc = filename2 ? 5u : filename ? 3u : 2u;
    Ref<> error = exception_new(os_error_subclass(errnum), Args{argv, argc, nullptr});
    if (!error) return nullptr;
    raise_chained(std::move(error));
    return nullptr;
}

// -------------------------------------------------------------- lifetime

static void close_stream(File* f) {
    if (f->buffer) {  // the binary layer shares the stream: it closes first
        File* b = as_file(f->buffer);
        b->closed = true;
        b->fp = nullptr;
    }
    if (f->closed || !f->fp) return;
    if (f->close_fp) {
        std::fclose(f->fp);
        f->fp = nullptr;
    } else {
        std::fflush(f->fp);
    }
    f->closed = true;
}

// A file that is still open when its last reference goes is closed, as
// CPython's IOBase finalizer does (without the ResourceWarning, which is
// silent by default).
// Keeps `name`, which repr and error messages read: a str, bytes or int,
// never part of a cycle.
static void file_clear(Object* o) {
    clear_slot(as_file(o)->dict);
    clear_slot(as_file(o)->buffer);
}

static void file_destroy(Object* o) {
    File* f = as_file(o);
    close_stream(f);
    file_clear(f);
    clear_slot(f->name);
    delete_object(f);
}

static void file_traverse(Object* o, VisitFn visit, void* arg) {
    File* f = as_file(o);
    visit_field(f->name, visit, arg);
    visit_instance_dict(f->dict, visit, arg);
    visit_field(f->buffer, visit, arg);
}

// <_io.TextIOWrapper name='x.txt' mode='r' encoding='UTF-8'>, <_io.BufferedReader name='x.bin'>
static Ref<> file_repr(Object* o) {
    File* f = as_file(o);
    std::string name;
    if (!repr_text(f->name ? f->name : None, name)) return nullptr;
    if (f->binary) return str_from(fmt::format("<{} name={}>", type_qualified_name(o->type), name));
    return str_from(fmt::format("<{} name={} mode='{}' encoding='{}'>", type_qualified_name(o->type), name, f->mode,
                                f->encoding));
}

// ------------------------------------------------------------ attributes

static Ref<> file_get_name(Object* o) { return share(as_file(o)->name ? as_file(o)->name : None); }
static Ref<> file_get_mode(Object* o) { return str_from(as_file(o)->mode); }
static Ref<> file_get_closed(Object* o) { return bool_from(as_file(o)->closed); }
static Ref<> text_only(Object* o, std::string_view attr) {
    return raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), attr);
}
static Ref<> file_get_encoding(Object* o) {
    if (as_file(o)->binary) return text_only(o, "encoding");
    return str_from(as_file(o)->encoding);
}
static Ref<> file_get_errors(Object* o) {
    if (as_file(o)->binary) return text_only(o, "errors");
    return str_from(as_file(o)->errors);
}
static Ref<> file_get_newlines(Object* o) {
    if (as_file(o)->binary) return text_only(o, "newlines");
    return none();
}
static Ref<> file_get_line_buffering(Object* o) {
    if (as_file(o)->binary) return text_only(o, "line_buffering");
    return bool_from(as_file(o)->line_buffering);
}

// ---------------------------------------------------- close and `with`

static Ref<> file_close(Object* self, const Args& args) {
    if (!check_no_args("close", args)) return nullptr;
    close_stream(as_file(self));
    return none();
}

static Ref<> file_enter(Object* self, const Args& args) {
    if (!check_no_args("__enter__", args)) return nullptr;
    if (as_file(self)->closed) return raise(exc::ValueError, "I/O operation on closed file.");
    return share(self);
}

static Ref<> file_exit(Object* self, const Args& args) {
    close_stream(as_file(self));
    return none();
}

// ------------------------------------------------------------------ open

namespace {

struct OpenMode {
    bool reading = false, writing = false, appending = false, creating = false;
    bool updating = false, text = false, binary = false;
};

// The checks of CPython's _io_open_impl, in its order.
bool parse_mode(std::string_view mode, OpenMode& m) {
    std::string seen;
    for (char c : mode) {
        if (std::strchr("rwxabt+", c) == nullptr || c == '\0' || seen.find(c) != std::string::npos) {
            raisef(exc::ValueError, "invalid mode: '{}'", mode);
            return false;
        }
        seen += c;
        switch (c) {
            case 'r': m.reading = true; break;
            case 'w': m.writing = true; break;
            case 'a': m.appending = true; break;
            case 'x': m.creating = true; break;
            case '+': m.updating = true; break;
            case 't': m.text = true; break;
            case 'b': m.binary = true; break;
        }
    }
    if (m.text && m.binary) {
        raise(exc::ValueError, "can't have text and binary mode at once");
        return false;
    }
    if (m.reading + m.writing + m.appending + m.creating != 1) {
        raise(exc::ValueError, "must have exactly one of create/read/write/append mode");
        return false;
    }
    return true;
}

// FileIO's normalised mode ('rb', 'wb', 'ab', 'xb', plus '+').
std::string binary_mode_name(const OpenMode& m) {
    std::string out = m.creating ? "xb" : m.appending ? "ab" : m.writing ? "wb" : "rb";
    if (m.updating) out += '+';
    return out;
}

const char* stdio_mode(const OpenMode& m) {
    if (m.creating) return m.updating ? "w+xe" : "wxe";
    if (m.appending) return m.updating ? "a+e" : "ae";
    if (m.writing) return m.updating ? "w+e" : "we";
    return m.updating ? "r+e" : "re";
}

bool optional_str(Object* value, const char* param, std::string& out, bool& given) {
    given = value && value != None;
    if (!given) return true;
    if (!is_str(value)) {
        raisef(exc::TypeError, "open() argument '{}' must be str or None, not {}", param, type_name(value));
        return false;
    }
    out = std::string(cast<Str>(value)->view());
    return true;
}

bool parse_newline(std::string_view text, bool given, NewlineMode& out) {
    if (!given) out = NewlineMode::Universal;
    else if (text.empty()) out = NewlineMode::Untranslated;
    else if (text == "\n") out = NewlineMode::LF;
    else if (text == "\r") out = NewlineMode::CR;
    else if (text == "\r\n") out = NewlineMode::CRLF;
    else {
        raisef(exc::ValueError, "illegal newline value: {}", text);
        return false;
    }
    return true;
}

bool is_utf8_name(std::string_view name) {
    std::string lower;
    for (char c : name) lower += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == "utf-8" || lower == "utf8";
}

// The path of open()'s first argument: str, bytes, or os.PathLike (__fspath__).
bool path_of(Object* file, Ref<>& name, std::string& path) {
    Ref<> value = share(file);
    if (!is_str(file) && !is_bytes(file)) {
        if (type_lookup(file->type, "__fspath__")) {
            value = call_method(file, "__fspath__", {});
            if (!value) return false;
        }
        if (!is_str(value.get()) && !is_bytes(value.get())) {
            raisef(exc::TypeError, "expected str, bytes or os.PathLike object, not {}", type_name(value.get()));
            return false;
        }
    }
    path = is_str(value.get()) ? std::string(StrUtf8(cast<Str>(value.get())).view())
                               : std::string(cast<Bytes>(value.get())->view());
    if (path.find('\0') != std::string::npos) {
        raise(exc::ValueError, "embedded null byte");
        return false;
    }
    name = std::move(value);
    return true;
}

Type* type_for(const OpenMode& m) {
    if (!m.binary) return &TextIOWrapperType;
    if (m.updating) return &BufferedRandomType;
    return m.reading ? &BufferedReaderType : &BufferedWriterType;
}

}  // namespace

Ref<> file_open(Object* file, Object* mode_arg, Object* encoding_arg, Object* errors_arg, Object* newline_arg,
                Object* closefd_arg) {
    std::string mode = "r";
    if (mode_arg) {
        if (!is_str(mode_arg))
            return raisef(exc::TypeError, "open() argument 'mode' must be str, not {}", type_name(mode_arg));
        mode = std::string(cast<Str>(mode_arg)->view());
    }
    OpenMode m;
    if (!parse_mode(mode, m)) return nullptr;
    std::string encoding, errors, newline_text;
    bool has_encoding, has_errors, has_newline;
    if (!optional_str(encoding_arg, "encoding", encoding, has_encoding) ||
        !optional_str(errors_arg, "errors", errors, has_errors) ||
        !optional_str(newline_arg, "newline", newline_text, has_newline))
        return nullptr;
    if (m.binary && has_encoding) return raise(exc::ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && has_errors) return raise(exc::ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && has_newline) return raise(exc::ValueError, "binary mode doesn't take a newline argument");
    NewlineMode newline;
    if (!parse_newline(newline_text, has_newline, newline)) return nullptr;
    if (!has_errors) errors = "strict";
    if (!m.binary && has_encoding && !is_utf8_name(encoding) && !codec_decode("", encoding, errors))
        return nullptr;  // LookupError: unknown encoding: NAME
    bool closefd = true;
    if (closefd_arg) {
        int truth = is_true(closefd_arg);
        if (truth < 0) return nullptr;
        closefd = truth != 0;
    }

    // open(fd) wraps a descriptor; anything else names a file.
    Ref<> name;
    std::FILE* fp = nullptr;
    const char* cmode = stdio_mode(m);
    if (is_int(file) && !is_bool(file)) {
        std::int64_t fd;
        if (!index_to_i64(file, fd)) return nullptr;
        if (!closefd) fd = dup(static_cast<int>(fd));  // closing our stream must not close theirs
        fp = fd >= 0 ? fdopen(static_cast<int>(fd), cmode) : nullptr;
        if (!fp) return raise_os_error(errno, nullptr);
        name = share(file);
    } else {
        if (!closefd) return raise(exc::ValueError, "Cannot use closefd=False with file name");
        std::string path;
        if (!path_of(file, name, path)) return nullptr;
        fp = std::fopen(path.c_str(), cmode);
        if (!fp) return raise_os_error(errno, name.get());
        struct stat st;
        if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
            std::fclose(fp);
            return raise_os_error(EISDIR, name.get());
        }
    }

    auto f = new_object<File>(type_for(m));
    f->fp = fp;
    f->name = name.release();
    f->binary = m.binary;
    f->mode = m.binary ? binary_mode_name(m) : mode;
    f->readable = m.reading || m.updating;
    f->writable = !m.reading || m.updating;
    f->encoding = has_encoding ? encoding : "UTF-8";
    f->utf8 = !has_encoding || is_utf8_name(encoding);
    f->errors = errors;
    f->newline = newline;
    gc_track(f.get());
    return f;
}

Ref<> file_from_stream(std::FILE* fp, std::string_view name, std::string_view mode, std::string_view errors) {
    auto f = new_object<File>(&TextIOWrapperType);
    f->fp = fp;
    f->name = str_from(name).release();
    f->mode = std::string(mode);
    f->readable = mode.find('r') != std::string_view::npos;
    f->writable = !f->readable;
    f->encoding = "utf-8";
    f->errors = std::string(errors);
    f->close_fp = false;
    // CPython line-buffers the standard streams on a terminal (and stderr always).
    f->line_buffering = f->writable && (isatty(fileno(fp)) || fp == stderr);
    gc_track(f.get());
    return f;
}

// f.buffer of a text file: a BufferedReader, BufferedWriter or
// BufferedRandom over the same stream, with the binary form of its mode
// ('w' gives 'wb', 'r+' gives 'rb+').
static Ref<> file_get_buffer(Object* o) {
    File* f = as_file(o);
    if (f->buffer) return share(f->buffer);
    Type* type = f->readable && f->writable ? &BufferedRandomType
                 : f->readable             ? &BufferedReaderType
                                           : &BufferedWriterType;
    auto b = new_object<File>(type);
    b->fp = f->closed ? nullptr : f->fp;
    b->name = share(f->name ? f->name : None).release();
    for (char c : f->mode)
        if (c == 'r' || c == 'w' || c == 'a' || c == 'x') b->mode += c;
    b->mode += 'b';
    if (f->mode.find('+') != std::string::npos) b->mode += '+';
    b->binary = true;
    b->readable = f->readable;
    b->writable = f->writable;
    b->closed = f->closed;
    b->close_fp = false;  // the text file's stream: closed with it
    gc_track(b.get());
    f->buffer = share<Object>(b.get()).release();
    return b;
}

// ----------------------------------------------------------------- types

static void init_file_type(Type& type, const char* name) {
    type_init_builtin(type, name, &IOBaseType, sizeof(File),
                      type_flags::kHasGC | type_flags::kBaseType);
    type_ready(type);
}

void file_types_init() {
    static bool done = false;
    if (done) return;
    done = true;

    type_init_builtin(IOBaseType, "_io._IOBase", &ObjectType, sizeof(File),
                      type_flags::kHasGC | type_flags::kBaseType);
    IOBaseType.dict_offset = offsetof(File, dict);
    IOBaseType.weaklist_offset = offsetof(File, weakreflist);
    IOBaseType.destroy = file_destroy;
    IOBaseType.traverse = file_traverse;
    IOBaseType.clear = file_clear;
    IOBaseType.repr = file_repr;
    IOBaseType.getattr = generic_getattr;
    IOBaseType.setattr = generic_setattr;
    add_getsets(IOBaseType, {
                                {"name", file_get_name},
                                {"mode", file_get_mode},
                                {"closed", file_get_closed},
                                {"encoding", file_get_encoding},
                                {"errors", file_get_errors},
                                {"newlines", file_get_newlines},
                                {"line_buffering", file_get_line_buffering},
                                kInstanceDictGetSet,
                            });
    add_methods(IOBaseType, {
                                {"close", file_close},
                                {"__enter__", file_enter},
                                {"__exit__", file_exit},
                            });
    file_io_methods_init(IOBaseType);
    type_ready(IOBaseType);
    add_getsets(TextIOWrapperType, {{"buffer", file_get_buffer}});
    init_file_type(TextIOWrapperType, "_io.TextIOWrapper");
    init_file_type(BufferedReaderType, "_io.BufferedReader");
    init_file_type(BufferedWriterType, "_io.BufferedWriter");
    init_file_type(BufferedRandomType, "_io.BufferedRandom");

    // io.UnsupportedOperation derives from both OSError and ValueError. Our
    // builtin types have one solid base, so the second base is spliced into
    // the bases and MRO before the type is readied.
    type_init_builtin(UnsupportedOperationType, "io.UnsupportedOperation", exc::OSError,
                      exc::OSError->basic_size, exc::OSError->flags);
    UnsupportedOperationType.dict_offset = exc::OSError->dict_offset;
    UnsupportedOperationType.bases = tuple_from({exc::OSError, exc::ValueError}).release();
    UnsupportedOperationType.mro = tuple_from({&UnsupportedOperationType, exc::OSError, exc::ValueError,
                                               exc::Exception, exc::BaseException, &ObjectType})
                                       .release();
    type_ready(UnsupportedOperationType);
}

}  // namespace minipy
