// Reading and writing file objects (CPython's Modules/_io/textio.c and
// bufferedio.c, for the behaviour scripts see): read, readline, readlines,
// write, writelines, iteration by lines, flush, seek/tell.
//
// Text read from the stream is translated and decoded into `pending` one
// line at a time (getline), or all at once for read(); the methods then
// take what they return from the front of `pending`.
#include "runtime/objects/file.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/codecs.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/unicode.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace minipy {

// ---------------------------------------------------------------- checks

static File* as_file(Object* o) { return cast<File>(o); }

// Whether the file is open. A closed binary file, one of CPython's buffered
// objects, may word it its own way for the operation ("read of closed
// file"); otherwise "I/O operation on closed file.".
static bool check_open(File* f, const char* binary_message = nullptr) {
    if (!f->closed) return true;
    raise(exc::ValueError, f->binary && binary_message ? binary_message : "I/O operation on closed file.");
    return false;
}

// Text files ask whether they are open, then whether they can read or
// write ("not readable"). Binary files ask the other way round and name
// the operation: UnsupportedOperation("read"), then `binary_message`.
static bool check_readable(File* f, const char* binary_message = nullptr) {
    if (f->binary) {
        if (!f->readable) return raise(&UnsupportedOperationType, "read"), false;
        return check_open(f, binary_message);
    }
    if (!check_open(f)) return false;
    if (f->readable) return true;
    raise(&UnsupportedOperationType, "not readable");
    return false;
}

static bool check_writable(File* f, const char* binary_message = nullptr) {
    if (f->binary) {
        if (!f->writable) return raise(&UnsupportedOperationType, "write"), false;
        return check_open(f, binary_message);
    }
    if (!check_open(f)) return false;
    if (f->writable) return true;
    raise(&UnsupportedOperationType, "not writable");
    return false;
}

// C streams opened for update need a flush or seek between a write and a
// read (C11 7.21.5.3); read-ahead must be given back before a write.
static void prepare_read(File* f) {
    if (!f->last_was_write) return;
    std::fflush(f->fp);
    f->last_was_write = false;
}

static void prepare_write(File* f) {
    if (!f->pending.empty()) {
        // Exact for binary files and untranslated UTF-8, approximate otherwise.
        std::fseek(f->fp, -static_cast<long>(f->pending.size()), SEEK_CUR);
        f->pending.clear();
    } else if (f->readable && !f->last_was_write) {
        std::fseek(f->fp, 0, SEEK_CUR);
    }
    f->last_was_write = true;
}

static std::nullptr_t raise_stream_error(File* f) {
    int err = errno ? errno : EIO;
    std::clearerr(f->fp);
    return raise_os_error(err, nullptr);
}

// -------------------------------------------------------------- reading

// '\r\n' and '\r' become '\n' (universal newlines).
static void translate_newlines(std::string& raw) {
    if (raw.find('\r') == std::string::npos) return;
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\r') {
            out += '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
        } else {
            out += raw[i];
        }
    }
    raw.swap(out);
}

// Appends bytes read from the stream to `pending`, as text in text mode.
static bool append_pending(File* f, std::string& raw) {
    if (f->binary) {
        f->pending += raw;
        return true;
    }
    if (f->newline == NewlineMode::Universal) translate_newlines(raw);
    if (f->utf8) {
        std::size_t error_end;
        const char* reason;
        if (unicode::utf8_validate(raw, error_end, reason) == raw.size()) {
            f->pending += raw;
            return true;
        }
    }
    Ref<Str> text = codec_decode(raw, f->utf8 ? "utf-8" : f->encoding, f->errors);
    if (!text) return false;
    f->pending += text->view();
    return true;
}

// Reads one line (up to '\n') from the stream into `pending`: 1 when
// something was read, 0 at end of file, -1 with an exception set.
static int read_chunk(File* f) {
    prepare_read(f);
    char* buf = nullptr;
    std::size_t cap = 0;
    errno = 0;
    ssize_t n = getline(&buf, &cap, f->fp);
    if (n < 0) {
        std::free(buf);
        if (std::ferror(f->fp)) return raise_stream_error(f), -1;
        std::clearerr(f->fp);  // a terminal may have more after Ctrl-D
        return 0;
    }
    std::string raw(buf, static_cast<std::size_t>(n));
    std::free(buf);
    return append_pending(f, raw) ? 1 : -1;
}

// Reads everything up to end of file into `pending`.
static bool read_all(File* f) {
    prepare_read(f);
    std::string raw;
    char buf[8192];
    for (;;) {
        errno = 0;
        std::size_t n = std::fread(buf, 1, sizeof buf, f->fp);
        raw.append(buf, n);
        if (n < sizeof buf) break;
    }
    if (std::ferror(f->fp)) return raise_stream_error(f), false;
    std::clearerr(f->fp);
    return append_pending(f, raw);
}

// One past the end of the first complete line in `pending`, or npos when
// more input is needed (at end of file, a '\r' that ends `pending` ends a
// line in untranslated mode).
static std::size_t line_end(const File* f, bool eof) {
    const std::string& p = f->pending;
    std::size_t i;
    if (f->binary) {
        i = p.find('\n');
        return i == std::string::npos ? i : i + 1;
    }
    switch (f->newline) {
        case NewlineMode::Universal:
        case NewlineMode::LF:
            i = p.find('\n');
            return i == std::string::npos ? i : i + 1;
        case NewlineMode::CR:
            i = p.find('\r');
            return i == std::string::npos ? i : i + 1;
        case NewlineMode::CRLF:
            i = p.find("\r\n");
            return i == std::string::npos ? i : i + 2;
        case NewlineMode::Untranslated:
            i = p.find_first_of("\r\n");
            if (i == std::string::npos || p[i] == '\n') return i == std::string::npos ? i : i + 1;
            if (i + 1 < p.size()) return p[i + 1] == '\n' ? i + 2 : i + 1;
            return eof ? i + 1 : std::string::npos;
    }
    return std::string::npos;
}

// Byte length of the first `count` items of `pending` (code points in text mode).
static std::size_t prefix_bytes(const File* f, std::int64_t count) {
    if (f->binary) return std::min(f->pending.size(), static_cast<std::size_t>(count));
    if (unicode::utf8_count(f->pending) <= count) return f->pending.size();
    return unicode::utf8_offset(f->pending, count);
}

// Removes and returns the first `bytes` bytes of `pending` as str or bytes.
static Ref<> take_pending(File* f, std::size_t bytes) {
    std::string_view head(f->pending.data(), bytes);
    Ref<> result = f->binary ? Ref<>(bytes_from(head)) : Ref<>(str_from(head));
    f->pending.erase(0, bytes);
    return result;
}

// The next line, at most `limit` items long (limit < 0: no limit); empty at
// end of file.
static Ref<> read_line(File* f, std::int64_t limit) {
    std::size_t end;
    for (;;) {
        end = line_end(f, false);
        if (end != std::string::npos) break;
        if (limit >= 0 && prefix_bytes(f, limit) < f->pending.size()) break;
        int got = read_chunk(f);
        if (got < 0) return nullptr;
        if (got == 0) {
            end = line_end(f, true);
            break;
        }
    }
    if (end == std::string::npos) end = f->pending.size();
    if (limit >= 0) {
        std::size_t cap = prefix_bytes(f, limit);
        if (cap < end) end = cap;
    }
    return take_pending(f, end);
}

// `size` argument of read()/readline(): None or an int; -1 when omitted.
static bool size_arg(const Args& args, const char* name, std::int64_t& out) {
    out = -1;
    if (!check_arg_range(name, args, 0, 1)) return false;
    if (args.size() == 0 || args[0] == None) return true;
    if (!is_int(args[0])) {
        raisef(exc::TypeError, "argument should be integer or None, not '{}'", type_name(args[0]));
        return false;
    }
    return index_to_i64(args[0], out);
}

static Ref<> file_read(Object* self, const Args& args) {
    File* f = as_file(self);
    std::int64_t size;
    if (!size_arg(args, "read", size) || !check_readable(f, "read of closed file")) return nullptr;
    if (size < 0) {
        if (!read_all(f)) return nullptr;
        return take_pending(f, f->pending.size());
    }
    if (f->binary && static_cast<std::size_t>(size) > f->pending.size()) {
        prepare_read(f);
        std::string raw(static_cast<std::size_t>(size) - f->pending.size(), '\0');
        errno = 0;
        std::size_t n = std::fread(raw.data(), 1, raw.size(), f->fp);
        if (n < raw.size() && std::ferror(f->fp)) return raise_stream_error(f);
        std::clearerr(f->fp);
        f->pending.append(raw.data(), n);
    }
    while (!f->binary && unicode::utf8_count(f->pending) < size) {
        int got = read_chunk(f);
        if (got < 0) return nullptr;
        if (got == 0) break;
    }
    return take_pending(f, prefix_bytes(f, size));
}

// readinto(buffer, /) of a binary file: read() of the buffer's size, copied
// into it (a bytearray, writable memoryview or array.array); how many bytes.
// A text file has no readinto in CPython, hence the AttributeError.
static Ref<> file_readinto(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!f->binary) return raise(exc::AttributeError, "'_io.TextIOWrapper' object has no attribute 'readinto'");
    if (!check_one_arg("BufferedReader.readinto", args)) return nullptr;
    BufferView view;
    if (!writable_buffer(args[0], "readinto() ", view)) return nullptr;
    if (f->closed) return raise(exc::ValueError, "readinto of closed file");
    Ref<> size = int_from(view.nbytes());
    Object* read_args[] = {size.get()};
    Ref<> data = file_read(self, Args{read_args, 1, nullptr});
    if (!data) return nullptr;
    // Reading runs no Python code, so the view is still the buffer's.
    const std::string_view raw = cast<Bytes>(data.get())->view();
    if (!raw.empty()) std::memcpy(view.data, raw.data(), raw.size());
    return int_from(static_cast<std::int64_t>(raw.size()));
}

static Ref<> file_readline(Object* self, const Args& args) {
    File* f = as_file(self);
    std::int64_t size;
    if (!size_arg(args, "readline", size) || !check_readable(f, "readline of closed file")) return nullptr;
    return read_line(f, size);
}

Ref<> file_readline_text(File* f) {
    if (!check_readable(f)) return nullptr;
    return read_line(f, -1);
}

static std::int64_t item_count(Object* o) { return is_str(o) ? cast<Str>(o)->length : cast<Bytes>(o)->size; }

// readlines(hint): stops once the lines read hold `hint` items or more.
static Ref<> file_readlines(Object* self, const Args& args) {
    File* f = as_file(self);
    std::int64_t hint;
    // Closed or not comes first here, for both kinds.
    if (!size_arg(args, "readlines", hint) || !check_open(f) || !check_readable(f)) return nullptr;
    Ref<List> lines = list_new();
    std::int64_t total = 0;
    for (;;) {
        Ref<> line = read_line(f, -1);
        if (!line) return nullptr;
        std::int64_t n = item_count(line.get());
        if (n == 0) break;
        if (!list_append(lines.get(), line.get())) return nullptr;
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    return lines;
}

// Iteration yields lines until one comes back empty.
static Ref<> file_iter(Object* self) {
    if (!check_open(as_file(self))) return nullptr;
    return share(self);
}

static Ref<> file_next(Object* self) {
    File* f = as_file(self);
    if (!check_readable(f, "readline of closed file")) return nullptr;
    Ref<> line = read_line(f, -1);
    if (!line || item_count(line.get()) == 0) return nullptr;
    return line;
}

// -------------------------------------------------------------- writing

FileOutputWatch file_output_watch = nullptr;

static bool write_raw(File* f, std::string_view data) {
    prepare_write(f);
    errno = 0;
    if (std::fwrite(data.data(), 1, data.size(), f->fp) < data.size()) return raise_stream_error(f), false;
    if (file_output_watch && (f->fp == stdout || f->fp == stderr)) file_output_watch(data);
    return true;
}

bool file_write_text(File* f, Str* s) {
    if (!check_writable(f)) return false;
    const StrUtf8 utf8(s);  // print() and write() leave a str's UTF-8 form unmade, as CPython's encoder
    std::string_view text = utf8.view();
    std::string translated;
    if ((f->newline == NewlineMode::CR || f->newline == NewlineMode::CRLF) &&
        text.find('\n') != std::string_view::npos) {
        const char* eol = f->newline == NewlineMode::CR ? "\r" : "\r\n";
        for (char c : text) {
            if (c == '\n') translated += eol;
            else translated += c;
        }
        text = translated;
    }
    if (f->utf8) {
        if (!write_raw(f, text)) return false;
    } else {
        Ref<Str> source = translated.empty() ? share(s) : str_from(translated);
        Ref<> encoded = codec_encode(source.get(), f->encoding, f->errors);
        if (!encoded || !write_raw(f, cast<Bytes>(encoded.get())->view())) return false;
    }
    if (f->line_buffering && text.find('\n') != std::string_view::npos) std::fflush(f->fp);
    return true;
}

// write(s): str for text files, bytes for binary ones; returns how many
// characters (bytes) were written.
static Ref<> write_one(File* f, Object* data) {
    if (f->binary) {
        std::string_view raw;
        if (!simple_bytes(data, raw)) return nullptr;
        if (!check_writable(f, "write to closed file") || !write_raw(f, raw)) return nullptr;
        return int_from(static_cast<std::int64_t>(raw.size()));
    }
    if (!is_str(data)) return raisef(exc::TypeError, "write() argument must be str, not {}", type_name(data));
    if (!file_write_text(f, cast<Str>(data))) return nullptr;
    return int_from(cast<Str>(data)->length);
}

static Ref<> file_write(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!check_one_arg(f->binary ? "write" : "TextIOWrapper.write", args)) return nullptr;
    return write_one(f, args[0]);
}

static Ref<> file_writelines(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!check_one_arg("writelines", args) || !check_open(f)) return nullptr;
    Ref<> it = get_iter(args[0]);
    if (!it) return nullptr;
    while (Ref<> line = iter_next(it.get()))
        if (!write_one(f, line.get())) return nullptr;
    if (error_pending()) return nullptr;
    return none();
}

bool file_flush(File* f) {
    if (!check_open(f, f->writable ? "flush of closed file" : nullptr)) return false;
    errno = 0;
    // A failed write is not retried: glibc drops the data, as CPython's
    // BufferedWriter does, so the next flush has nothing left to fail on.
    if (f->fp && std::fflush(f->fp) != 0) return raise_stream_error(f), false;
    return true;
}

static Ref<> file_flush_method(Object* self, const Args& args) {
    if (!check_no_args("flush", args) || !file_flush(as_file(self))) return nullptr;
    return none();
}

// ----------------------------------------------------------- positioning

static Ref<> file_seek(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!check_arg_range("seek", args, 1, 2) || !check_open(f, "seek of closed file")) return nullptr;
    std::int64_t offset, whence = 0;
    if (!index_to_i64(args[0], offset)) return nullptr;
    if (args.size() > 1 && !index_to_i64(args[1], whence)) return nullptr;
    if (whence < 0 || whence > 2) return raisef(exc::ValueError, "invalid whence ({}, should be 0, 1 or 2)", whence);
    if (whence == 1 && !f->pending.empty()) offset -= static_cast<std::int64_t>(f->pending.size());
    f->pending.clear();
    std::fflush(f->fp);
    f->last_was_write = false;
    errno = 0;
    if (std::fseek(f->fp, static_cast<long>(offset), static_cast<int>(whence)) != 0) return raise_stream_error(f);
    return int_from(std::ftell(f->fp));
}

static Ref<> file_tell(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!check_no_args("tell", args) || !check_open(f, "I/O operation on closed file")) return nullptr;
    long pos = std::ftell(f->fp);
    if (pos < 0) return raise_stream_error(f);
    return int_from(pos - static_cast<std::int64_t>(f->pending.size()));
}

static Ref<> file_truncate(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!check_arg_range("truncate", args, 0, 1)) return nullptr;
    // Whether the file is open comes first here, for both kinds; then
    // UnsupportedOperation("truncate").
    if (!check_open(f, "truncate of closed file")) return nullptr;
    if (!f->writable) return raise(&UnsupportedOperationType, "truncate");
    std::fflush(f->fp);
    std::int64_t size = std::ftell(f->fp) - static_cast<std::int64_t>(f->pending.size());
    if (args.size() == 1 && args[0] != None && !index_to_i64(args[0], size)) return nullptr;
    if (ftruncate(fileno(f->fp), size) != 0) return raise_os_error(errno, nullptr);
    return int_from(size);
}

// --------------------------------------------------------------- queries

static Ref<> file_fileno(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!check_no_args("fileno", args)) return nullptr;
    if (f->closed) return raise(exc::ValueError, "I/O operation on closed file");
    return int_from(fileno(f->fp));
}

static Ref<> file_isatty(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!check_no_args("isatty", args)) return nullptr;
    if (f->closed) return raise(exc::ValueError, "I/O operation on closed file");
    return bool_from(isatty(fileno(f->fp)));
}

// A closed file that can read (write) says so with an error; one that
// cannot answers False, as CPython's, whose check is the raw file's.
static Ref<> file_readable(Object* self, const Args& args) {
    if (!check_no_args("readable", args)) return nullptr;
    File* f = as_file(self);
    if (f->readable && f->closed) return raise(exc::ValueError, "I/O operation on closed file");
    return bool_from(f->readable);
}

static Ref<> file_writable(Object* self, const Args& args) {
    if (!check_no_args("writable", args)) return nullptr;
    File* f = as_file(self);
    if (f->writable && f->closed) return raise(exc::ValueError, "I/O operation on closed file");
    return bool_from(f->writable);
}

static Ref<> file_seekable(Object* self, const Args& args) {
    File* f = as_file(self);
    if (!check_no_args("seekable", args)) return nullptr;
    if (f->closed) return raise(exc::ValueError, "I/O operation on closed file");
    return bool_from(std::ftell(f->fp) >= 0);
}

void file_io_methods_init(Type& base) {
    base.iter = file_iter;
    base.next = file_next;
    add_methods(base, {
                          {"read", file_read},
                          {"readinto", file_readinto},
                          {"readline", file_readline},
                          {"readlines", file_readlines},
                          {"write", file_write},
                          {"writelines", file_writelines},
                          {"flush", file_flush_method},
                          {"seek", file_seek},
                          {"tell", file_tell},
                          {"truncate", file_truncate},
                          {"fileno", file_fileno},
                          {"isatty", file_isatty},
                          {"readable", file_readable},
                          {"writable", file_writable},
                          {"seekable", file_seekable},
                      });
}

}  // namespace minipy
