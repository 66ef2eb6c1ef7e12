// _io.StringIO (CPython 3.11's Modules/_io/stringio.c): an in-memory text
// stream.
//
// The text is kept as code points, as CPython keeps it (UCS-4), so
// positions, seek() and truncate() count characters. Writing at a
// position past the end pads with NULs; writing in the middle overwrites.
// Newline handling follows the `newline` argument:
//  * None: what is written has '\r\n' and '\r' turned into '\n' (each write
//    on its own, so a '\r' ending one write and a '\n' starting the next
//    make two newlines, as in CPython), and lines end at '\n';
//  * '': nothing is translated, lines end at '\n', '\r' or '\r\n';
//  * '\n' (the default): nothing is translated, lines end at '\n';
//  * '\r' or '\r\n': '\n' is written as that, and lines end at it.
// With None or '' the stream records which newlines it saw (`newlines`),
// as CPython's IncrementalNewlineDecoder does.
//
// The layout is CPython's stringio, so sys.getsizeof is (CPython's counts
// neither the text nor its buffer): the code points live in a buffer from
// the heap, grown as CPython's resize_buffer grows it, one character longer
// than the text.
#include "runtime/modules/io.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minipy {

Type StringIOType;

namespace {

// The kinds of newline seen so far (CPython's SEEN_CR, SEEN_LF, SEEN_CRLF).
enum : int { kSeenCR = 1, kSeenLF = 2, kSeenCRLF = 4, kSeenAll = 7 };

// CPython 3.11's `state`: a stream whose text is its buffer. CPython's can
// also be accumulating (the text in its _PyAccu until first read); minipy's
// never is.
constexpr int kStateRealized = 1;

struct StringIO : Object {
    char32_t* buf = nullptr;       // heap block of buf_size code points, or null
    std::int64_t pos = 0;          // may lie past the end
    std::int64_t string_size = 0;  // the text's length: buf[0, string_size)
    std::size_t buf_size = 0;      // code points the block holds
    int state = kStateRealized;
    Object* accu_large = nullptr;  // CPython's _PyAccu (large, small): no use here
    Object* accu_small = nullptr;
    bool ok = false;               // __init__ has run
    bool closed = false;
    bool readuniversal = false;    // lines end at '\r', '\n' or '\r\n'
    bool readtranslate = false;    // '\r\n' and '\r' become '\n' on write
    // In the padding after CPython's four flags: what its decoder (an
    // IncrementalNewlineDecoder, when reading is universal) would do and
    // has seen, which minipy does inline.
    bool decoding = false;
    std::uint8_t seennl = 0;       // kSeen* flags, recorded when `decoding`
    Object* decoder = nullptr;     // CPython's decoder object: none here (above)
    Str* readnl = nullptr;         // owned: the newline lines end at; null: None was given
    Str* writenl = nullptr;        // owned: what '\n' is written as; null: itself
    Dict* dict = nullptr;          // owned: instance attributes
    WeakRef* weakreflist = nullptr;  // weak references to the stream (weakref.hpp)

    std::u32string_view text() const { return {buf, static_cast<std::size_t>(string_size)}; }
};

StringIO* as_sio(Object* o) { return cast<StringIO>(o); }

// ------------------------------------------------------------- text

// Copies the code points of a str to `out` (CPython keeps a StringIO's
// text as UCS-4 too), a loop per kind.
void copy_code_points(const Str* s, char32_t* out) {
    const auto n = static_cast<std::size_t>(s->length);
    switch (s->kind()) {
    case 1: std::copy(s->latin1(), s->latin1() + n, out); break;
    case 2: std::copy(s->ucs2(), s->ucs2() + n, out); break;
    default: std::copy(s->ucs4(), s->ucs4() + n, out); break;
    }
}

std::u32string to_utf32(const Str* s) {
    std::u32string out(static_cast<std::size_t>(s->length), U'\0');
    copy_code_points(s, out.data());
    return out;
}

Ref<> str_of(const char32_t* text, std::size_t n) {
    return str_from_ucs4(reinterpret_cast<const std::uint32_t*>(text), n);
}

// ----------------------------------------------------------- checks

bool check_initialized(StringIO* s) {
    if (s->ok) return true;
    raise(exc::ValueError, "I/O operation on uninitialized object");
    return false;
}

// The stream's own check, whose message has no full stop (_IOBase's has).
bool check_open(StringIO* s) {
    if (!check_initialized(s)) return false;
    if (!s->closed) return true;
    raise(exc::ValueError, "I/O operation on closed file");
    return false;
}

// ---------------------------------------------------------- the buffer

// CPython's resize_buffer: room for `size` code points and one more (line
// endings are looked for one past the text), as io_buffer_allocation
// sizes it. False with MemoryError (or OverflowError) set.
bool resize_buffer(StringIO* s, std::size_t size) {
    size += 1;
    if (size > static_cast<std::size_t>(kHeapMaxBlock) / sizeof(char32_t)) {
        raise(exc::OverflowError, "new buffer size too large");
        return false;
    }
    const std::size_t alloc = io_buffer_allocation(s->buf_size, size);
    if (alloc == s->buf_size) return true;
    void* block = heap_realloc(s->buf, s->buf_size * sizeof(char32_t), alloc * sizeof(char32_t));
    if (!block) {
        raise_memory_error();
        return false;
    }
    s->buf = static_cast<char32_t*>(block);
    s->buf_size = alloc;
    return true;
}

void free_buffer(StringIO* s) {
    if (s->buf) heap_free(s->buf, s->buf_size * sizeof(char32_t));
    s->buf = nullptr;
    s->buf_size = 0;
}

// Room for a text reaching `end`, NULs between the end of the text and the
// position (a write past the end): the place to write at.
char32_t* prepare_write(StringIO* s, std::size_t end) {
    if (end > static_cast<std::size_t>(s->string_size) && !resize_buffer(s, end)) return nullptr;
    if (s->pos > s->string_size)
        std::fill(s->buf + s->string_size, s->buf + s->pos, U'\0');
    if (static_cast<std::int64_t>(end) > s->string_size) s->string_size = static_cast<std::int64_t>(end);
    return s->buf + s->pos;
}

// ---------------------------------------------------------- writing

// What IncrementalNewlineDecoder(translate=...).decode(text, final=True)
// does: records the newlines seen and, when translating, makes them '\n'.
std::u32string decode_newlines(StringIO* s, std::u32string text) {
    int seen = s->seennl;
    const bool only_lf = (seen == kSeenLF || seen == 0) && text.find(U'\r') == std::u32string::npos;
    if (only_lf) {
        if (seen == 0 && text.find(U'\n') != std::u32string::npos) seen |= kSeenLF;
    } else if (!s->readtranslate) {
        for (std::size_t i = 0; i < text.size() && seen != kSeenAll; ++i) {
            if (text[i] == U'\n') {
                seen |= kSeenLF;
            } else if (text[i] == U'\r') {
                if (i + 1 < text.size() && text[i + 1] == U'\n') {
                    seen |= kSeenCRLF;
                    ++i;
                } else {
                    seen |= kSeenCR;
                }
            }
        }
    } else {
        std::u32string out;
        out.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            char32_t c = text[i];
            if (c == U'\n') {
                seen |= kSeenLF;
            } else if (c == U'\r') {
                if (i + 1 < text.size() && text[i + 1] == U'\n') {
                    seen |= kSeenCRLF;
                    ++i;
                } else {
                    seen |= kSeenCR;
                }
                c = U'\n';
            }
            out.push_back(c);
        }
        text = std::move(out);
    }
    s->seennl |= seen;
    return text;
}

// Writes `text` at the position, translating newlines as the stream asks.
bool write_text(StringIO* s, std::u32string text) {
    if (s->decoding) text = decode_newlines(s, std::move(text));
    if (s->writenl) {
        std::string_view nl = s->writenl->view();  // '\r' or '\r\n'
        std::u32string out;
        for (char32_t c : text) {
            if (c == U'\n') out.append(nl.begin(), nl.end());
            else out.push_back(c);
        }
        text = std::move(out);
    }
    const auto end = static_cast<std::size_t>(s->pos) + text.size();
    char32_t* at = prepare_write(s, end);
    if (!at) return false;
    std::copy(text.begin(), text.end(), at);
    s->pos = static_cast<std::int64_t>(end);
    return true;
}

// Writes a str: straight into the buffer when nothing is translated.
bool write_str(StringIO* s, const Str* text) {
    if (s->decoding || s->writenl) return write_text(s, to_utf32(text));
    const auto end = static_cast<std::size_t>(s->pos) + static_cast<std::size_t>(text->length);
    char32_t* at = prepare_write(s, end);
    if (!at) return false;
    copy_code_points(text, at);
    s->pos = static_cast<std::int64_t>(end);
    return true;
}

// ---------------------------------------------------------- reading

// How many characters from `start` (at most `limit`) make the next line,
// its ending included; CPython's _PyIO_find_line_ending.
std::size_t line_length(StringIO* s, std::size_t start, std::size_t limit) {
    const std::u32string_view buf = s->text();
    const std::size_t end = start + limit;
    if (s->readtranslate) {
        std::size_t at = buf.find(U'\n', start);
        return at < end ? at - start + 1 : limit;
    }
    if (s->readuniversal) {
        for (std::size_t i = start; i < end; ++i) {
            if (buf[i] == U'\n') return i - start + 1;
            if (buf[i] == U'\r') return i + 1 < end && buf[i + 1] == U'\n' ? i - start + 2 : i - start + 1;
        }
        return limit;
    }
    const std::string_view ascii = s->readnl->view();  // '\n', '\r' or '\r\n'
    const std::u32string nl(ascii.begin(), ascii.end());
    if (limit >= nl.size()) {
        std::size_t at = buf.find(nl, start);
        if (at != std::u32string_view::npos && at + nl.size() <= end) return at - start + nl.size();
    }
    return limit;
}

Ref<> readline_text(StringIO* s, std::int64_t limit) {
    const std::int64_t size = s->string_size;
    if (s->pos >= size) return str_from("");
    if (limit < 0 || limit > size - s->pos) limit = size - s->pos;
    const auto start = static_cast<std::size_t>(s->pos);
    const std::size_t n = line_length(s, start, static_cast<std::size_t>(limit));
    s->pos += static_cast<std::int64_t>(n);
    return str_of(s->buf + start, n);
}

// ---------------------------------------------------------- lifetime

// The collector sees and clears the dict alone, as CPython 3.11's
// stringio_traverse and stringio_clear: the newline strs make no cycle.
void sio_clear(Object* o) { clear_slot(as_sio(o)->dict); }

// The buffer, readnl, writenl, then the dict, as CPython's stringio_dealloc.
void sio_destroy(Object* o) {
    StringIO* s = as_sio(o);
    free_buffer(s);
    clear_slot(s->readnl);
    clear_slot(s->writenl);
    sio_clear(s);
    delete_object(s);
}

void sio_traverse(Object* o, VisitFn visit, void* arg) { visit_instance_dict(as_sio(o)->dict, visit, arg); }

Ref<> sio_new(Type* type, const Args&) {
    auto s = new_object<StringIO>(type);
    gc_track(s.get());
    return s;
}

// StringIO(initial_value='', newline='\n')
int sio_init(Object* self, const Args& args) {
    static const ArgSpec spec{"StringIO", {"initial_value", "newline"}, 0};
    Object* a[2];
    if (!parse_args(args, spec, a)) return -1;
    Object* value = a[0];
    std::optional<std::string> newline = std::string("\n");
    if (a[1] == None) {
        newline.reset();
    } else if (a[1]) {
        if (!is_str(a[1])) return raisef(exc::TypeError, "newline must be str or None, not {}", type_name(a[1])), -1;
        newline = std::string(cast<Str>(a[1])->view());
    }
    if (newline && !newline->empty() && *newline != "\n" && *newline != "\r" && *newline != "\r\n") {
        std::string text;
        if (!repr_text(a[1], text)) return -1;
        return raisef(exc::ValueError, "illegal newline value: {}", text), -1;
    }
    if (value && value != None && !is_str(value))
        return raisef(exc::TypeError, "initial_value must be str or None, not {}", type_name(value)), -1;

    StringIO* s = as_sio(self);
    s->ok = false;
    clear_slot(s->readnl);
    clear_slot(s->writenl);
    if (newline) {
        Ref<> nl = str_from(*newline);
        if (!nl) return -1;
        s->readnl = cast<Str>(nl.release());
    }
    s->readuniversal = !newline || newline->empty();
    s->readtranslate = !newline;
    if (newline && !newline->empty() && (*newline)[0] == '\r') set_slot(s->writenl, s->readnl);
    s->decoding = s->readuniversal;
    s->seennl = 0;
    s->string_size = 0;
    s->pos = 0;
    if (!resize_buffer(s, 0)) return -1;
    if (value && value != None && !write_str(s, cast<Str>(value))) return -1;
    s->pos = 0;
    s->closed = false;
    s->ok = true;
    return 0;
}

// ----------------------------------------------------------- methods

Ref<> sio_write(Object* self, const Args& args) {
    if (!check_one_arg("StringIO.write", args)) return nullptr;
    StringIO* s = as_sio(self);
    if (!check_initialized(s)) return nullptr;
    if (!is_str(args[0])) return raisef(exc::TypeError, "string argument expected, got '{}'", type_name(args[0]));
    if (!check_open(s)) return nullptr;
    Str* text = cast<Str>(args[0]);
    const std::int64_t n = text->length;
    if (n > 0 && !write_str(s, text)) return nullptr;
    return int_from(n);
}

// The optional size argument of read() and readline().
bool size_arg(std::string_view method, const Args& args, std::int64_t& size) {
    size = -1;
    if (!io_positional("StringIO", method, args, 0, 1)) return false;
    return args.size() == 0 || io_optional_size(args[0], size);
}

Ref<> sio_read(Object* self, const Args& args) {
    std::int64_t size;
    if (!size_arg("read", args, size)) return nullptr;
    StringIO* s = as_sio(self);
    if (!check_open(s)) return nullptr;
    std::int64_t left = s->string_size - s->pos;
    if (size < 0 || size > left) size = left < 0 ? 0 : left;
    if (size == 0) return str_from("");
    const auto start = static_cast<std::size_t>(s->pos);
    s->pos += size;
    return str_of(s->buf + start, static_cast<std::size_t>(size));
}

Ref<> sio_readline(Object* self, const Args& args) {
    std::int64_t size;
    if (!size_arg("readline", args, size)) return nullptr;
    StringIO* s = as_sio(self);
    if (!check_open(s)) return nullptr;
    return readline_text(s, size);
}

// Iteration reads lines; a subclass's own readline() is honoured.
Ref<> sio_next(Object* self) {
    StringIO* s = as_sio(self);
    if (!check_open(s)) return nullptr;
    Ref<> line;
    if (self->type == &StringIOType) {
        line = readline_text(s, -1);
    } else {
        line = call_method(self, "readline", {});
        if (line && !is_str(line.get()))
            return raisef(exc::OSError, "readline() should have returned a str object, not '{}'",
                          type_name(line.get()));
    }
    if (!line || cast<Str>(line.get())->length == 0) return nullptr;
    return line;
}

Ref<> sio_getvalue(Object* self, const Args& args) {
    if (!check_no_args("StringIO.getvalue", args)) return nullptr;
    StringIO* s = as_sio(self);
    if (!check_open(s)) return nullptr;
    return str_of(s->buf, static_cast<std::size_t>(s->string_size));
}

Ref<> sio_tell(Object* self, const Args& args) {
    if (!check_no_args("StringIO.tell", args)) return nullptr;
    StringIO* s = as_sio(self);
    if (!check_open(s)) return nullptr;
    return int_from(s->pos);
}

// seek(pos, whence=0, /): only absolute positions, or 0 from the current
// position or the end.
Ref<> sio_seek(Object* self, const Args& args) {
    if (!io_positional("StringIO", "seek", args, 1, 2)) return nullptr;
    std::int64_t pos;
    int whence = 0;
    if (!index_to_i64(args[0], pos) || (args.size() > 1 && !io_c_int(args[1], whence))) return nullptr;
    StringIO* s = as_sio(self);
    if (!check_open(s)) return nullptr;
    if (whence != 0 && whence != 1 && whence != 2)
        return raisef(exc::ValueError, "Invalid whence ({}, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0) return raisef(exc::ValueError, "Negative seek position {}", pos);
    if (whence != 0 && pos != 0) return raise(exc::OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 1) pos = s->pos;
    else if (whence == 2) pos = s->string_size;
    s->pos = pos;
    return int_from(pos);
}

// truncate(pos=None, /): cuts the text at pos (the position by default),
// which stays where it was.
Ref<> sio_truncate(Object* self, const Args& args) {
    if (!io_positional("StringIO", "truncate", args, 0, 1)) return nullptr;
    StringIO* s = as_sio(self);
    std::int64_t size = s->pos;
    if (args.size() > 0 && !io_optional_size(args[0], size)) return nullptr;
    if (!check_open(s)) return nullptr;
    if (size < 0) return raisef(exc::ValueError, "Negative size value {}", size);
    if (size < s->string_size) {
        if (!resize_buffer(s, static_cast<std::size_t>(size))) return nullptr;
        s->string_size = size;
    }
    return int_from(size);
}

Ref<> sio_close(Object* self, const Args& args) {
    if (!check_no_args("StringIO.close", args)) return nullptr;
    StringIO* s = as_sio(self);
    s->closed = true;
    free_buffer(s);  // the memory goes now, as in CPython
    clear_slot(s->readnl);
    clear_slot(s->writenl);
    s->decoding = false;
    return none();
}

Ref<> sio_true_if_open(Object* self, const Args& args, const char* name) {
    if (!check_no_args(name, args)) return nullptr;
    if (!check_open(as_sio(self))) return nullptr;
    return bool_from(true);
}
Ref<> sio_readable(Object* self, const Args& args) { return sio_true_if_open(self, args, "StringIO.readable"); }
Ref<> sio_writable(Object* self, const Args& args) { return sio_true_if_open(self, args, "StringIO.writable"); }
Ref<> sio_seekable(Object* self, const Args& args) { return sio_true_if_open(self, args, "StringIO.seekable"); }

Ref<> sio_get_closed(Object* self) {
    if (!check_initialized(as_sio(self))) return nullptr;
    return bool_from(as_sio(self)->closed);
}

Ref<> sio_get_line_buffering(Object* self) {
    if (!check_open(as_sio(self))) return nullptr;
    return bool_from(false);
}

// The newlines seen so far: None, one of them, or a tuple of them in the
// order '\r', '\n', '\r\n'; None when newline was given as anything but
// None or ''.
Ref<> sio_get_newlines(Object* self) {
    StringIO* s = as_sio(self);
    if (!check_open(s)) return nullptr;
    if (!s->decoding) return none();
    static const char* const kinds[] = {"\r", "\n", "\r\n"};
    std::vector<Object*> items;
    std::vector<Ref<>> keep;
    for (int bit = 0; bit < 3; ++bit) {
        if (!(s->seennl & (1 << bit))) continue;
        keep.push_back(str_from(kinds[bit]));
        items.push_back(keep.back().get());
    }
    if (items.empty()) return none();
    if (items.size() == 1) return share(items[0]);
    return tuple_from_array(items.data(), static_cast<std::int64_t>(items.size()));
}

}  // namespace

void stringio_type_init() {
    static bool done = false;
    if (done) return;
    done = true;
    Type& t = StringIOType;
    static_assert(sizeof(StringIO) == 120, "CPython's stringio's size");
    type_init_builtin(t, "_io.StringIO", &ObjectType, sizeof(StringIO),
                      type_flags::kHasGC | type_flags::kBaseType);
    t.weaklist_offset = offsetof(StringIO, weakreflist);
    t.dict_offset = offsetof(StringIO, dict);
    t.destroy = sio_destroy;
    t.traverse = sio_traverse;
    t.clear = sio_clear;
    t.new_instance = sio_new;
    t.init = sio_init;
    t.next = sio_next;
    t.getattr = generic_getattr;
    t.setattr = generic_setattr;
    io_add_iobase_methods(t, true);
    add_methods(t, {
                       {"write", sio_write},
                       {"read", sio_read},
                       {"readline", sio_readline},
                       {"getvalue", sio_getvalue},
                       {"tell", sio_tell},
                       {"seek", sio_seek},
                       {"truncate", sio_truncate},
                       {"close", sio_close},
                       {"readable", sio_readable},
                       {"writable", sio_writable},
                       {"seekable", sio_seekable},
                   });
    add_getsets(t, {
                       kInstanceDictGetSet,
                       {"closed", sio_get_closed},
                       {"line_buffering", sio_get_line_buffering},
                       {"newlines", sio_get_newlines},
                   });
    type_ready(t);
}

}  // namespace minipy
