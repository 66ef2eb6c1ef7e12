// _io.BytesIO (CPython 3.11's Modules/_io/bytesio.c): an in-memory binary
// stream. Writing past the end pads with NUL bytes; seek() clamps a
// position before the start to 0 rather than failing (except an absolute
// negative one), as CPython's does; its closed checks say "I/O operation
// on closed file." with the full stop, where StringIO's have none.
//
// The layout and the buffer are CPython's, so sys.getsizeof is: the bytes
// live in a bytes object, longer than the stream when grown (by an eighth,
// as resize_buffer does). The initial bytes and what getvalue() and a
// whole read() return are that very object, shared until the next write
// copies it; __sizeof__ counts the buffer only while the stream is its
// sole owner.
#include "runtime/modules/io.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <limits>
#include <string>

namespace minipy {

Type BytesIOType;

namespace {

struct BytesIO : Object {
    Bytes* buf = nullptr;          // owned: the buffer; null once closed
    std::int64_t pos = 0;          // may lie past the end
    std::int64_t string_size = 0;  // the stream's length (the buffer may be longer)
    Dict* dict = nullptr;          // owned: instance attributes
    WeakRef* weakreflist = nullptr;  // weak references to the stream (weakref.hpp)
    // CPython's count of getbuffer()'s views, which forbid resizing;
    // minipy's BytesIO has no getbuffer() and leaves it 0.
    std::int64_t exports = 0;

    std::string_view view() const { return {buf->data(), static_cast<std::size_t>(string_size)}; }
    bool shared() const { return buf->refcount > 1; }  // CPython's SHARED_BUF
};

BytesIO* as_bio(Object* o) { return cast<BytesIO>(o); }

bool io_bytes_like(Object* o, std::string_view& out) { return simple_bytes(o, out); }

bool check_open(BytesIO* b) {
    if (b->buf) return true;
    raise(exc::ValueError, "I/O operation on closed file.");
    return false;
}

void bio_clear(Object* o) { clear_slot(as_bio(o)->dict); }

// The buffer, then the dict, as CPython's bytesio_dealloc.
void bio_destroy(Object* o) {
    BytesIO* b = as_bio(o);
    clear_slot(b->buf);
    bio_clear(b);
    delete_object(b);
}

void bio_traverse(Object* o, VisitFn visit, void* arg) { visit_instance_dict(as_bio(o)->dict, visit, arg); }

Ref<> bio_new(Type* type, const Args&) {
    auto b = new_object<BytesIO>(type);
    b->buf = bytes_from(std::string_view()).release();  // the shared b''
    gc_track(b.get());
    return b;
}

// The buffer replaced by one of `size` bytes starting with the stream's
// bytes (as many as fit): CPython's unshare_buffer, and its _PyBytes_Resize
// (which moves the bytes too).
bool replace_buffer(BytesIO* b, std::size_t size) {
    Ref<Bytes> fresh = bytes_alloc(size);
    if (!fresh) return false;
    std::memcpy(fresh->data(), b->buf->data(), std::min(size, static_cast<std::size_t>(b->string_size)));
    steal_into(b->buf, std::move(fresh));
    return true;
}

// CPython's resize_buffer (io_buffer_allocation).
bool resize_buffer(BytesIO* b, std::size_t size) {
    const auto current = static_cast<std::size_t>(b->buf->size);
    if (size > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())) {
        raise(exc::OverflowError, "new buffer size too large");
        return false;
    }
    const std::size_t alloc = io_buffer_allocation(current, size);
    return alloc == current || replace_buffer(b, alloc);
}

// The bytes written at the position, padding a gap past the end with NUL
// bytes; false with an exception set.
bool write_bytes(BytesIO* b, std::string_view data) {
    if (data.empty()) return true;
    const auto end = static_cast<std::size_t>(b->pos) + data.size();
    if (end > static_cast<std::size_t>(b->buf->size)) {
        if (!resize_buffer(b, end)) return false;
    } else if (b->shared()) {
        if (!replace_buffer(b, std::max(end, static_cast<std::size_t>(b->string_size)))) return false;
    }
    if (b->pos > b->string_size)
        std::memset(b->buf->data() + b->string_size, '\0', static_cast<std::size_t>(b->pos - b->string_size));
    std::memcpy(b->buf->data() + b->pos, data.data(), data.size());
    b->buf->hash = -1;  // hashed while shared once, perhaps
    b->pos = static_cast<std::int64_t>(end);
    if (b->string_size < b->pos) b->string_size = b->pos;
    return true;
}

// BytesIO(initial_bytes=b''): the bytes, positioned at the start.
int bio_init(Object* self, const Args& args) {
    static const ArgSpec spec{"BytesIO", {"initial_bytes"}, 0};
    Object* initial;
    if (!parse_args(args, spec, &initial)) return -1;
    BytesIO* b = as_bio(self);
    b->string_size = 0;
    b->pos = 0;
    if (initial && initial != None) {
        if (is_exact_bytes(initial)) {  // becomes the buffer, shared (and reopens a closed stream)
            set_slot(b->buf, cast<Bytes>(initial));
            b->string_size = b->buf->size;
            return 0;
        }
        if (!check_open(b)) return -1;
        std::string_view data;
        if (!io_bytes_like(initial, data) || !write_bytes(b, data)) return -1;
        b->pos = 0;
    }
    return 0;
}

Ref<> bio_write(Object* self, const Args& args) {
    if (!check_one_arg("BytesIO.write", args)) return nullptr;
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    std::string_view data;
    if (!io_bytes_like(args[0], data) || !write_bytes(b, data)) return nullptr;
    return int_from(static_cast<std::int64_t>(data.size()));
}

bool size_arg(std::string_view method, const Args& args, std::int64_t& size) {
    size = -1;
    if (!io_positional("BytesIO", method, args, 0, 1)) return false;
    return args.size() == 0 || io_optional_size(args[0], size);
}

// The next `size` bytes (all within the stream), advancing the position;
// the position may lie past the end when size is 0. The whole buffer is
// the buffer itself, shared.
Ref<> read_bytes(BytesIO* b, std::int64_t size) {
    if (size > 1 && b->pos == 0 && size == b->buf->size && b->exports == 0) {
        b->pos += size;
        return share<Object>(b->buf);
    }
    if (size == 0) return bytes_from(std::string_view());
    const auto start = static_cast<std::size_t>(b->pos);
    b->pos += size;
    return bytes_from(b->view().substr(start, static_cast<std::size_t>(size)));
}

// read(size=-1, /) and read1(size=-1, /): at most size bytes, all by default.
Ref<> read_some(Object* self, const Args& args, std::string_view method) {
    std::int64_t size;
    if (!size_arg(method, args, size)) return nullptr;
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    std::int64_t left = b->string_size - b->pos;
    if (size < 0 || size > left) size = left < 0 ? 0 : left;
    return read_bytes(b, size);
}
Ref<> bio_read(Object* self, const Args& args) { return read_some(self, args, "read"); }

// readinto(buffer, /): the next bytes copied into a writable buffer
// (bytearray, writable memoryview, array.array); how many.
Ref<> bio_readinto(Object* self, const Args& args) {
    if (!check_one_arg("BytesIO.readinto", args)) return nullptr;
    BufferView view;
    if (!writable_buffer(args[0], "readinto() ", view)) return nullptr;
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    const std::int64_t left = b->string_size - b->pos;
    const std::int64_t n = std::max<std::int64_t>(0, std::min(left, view.nbytes()));
    if (n > 0) std::memcpy(view.data, b->buf->data() + b->pos, static_cast<std::size_t>(n));
    b->pos += n;
    return int_from(n);
}
Ref<> bio_read1(Object* self, const Args& args) { return read_some(self, args, "read1"); }

// The length of the next line from the position, b'\n' included, at most
// `limit` bytes; 0 at the end.
std::int64_t scan_eol(BytesIO* b, std::int64_t limit) {
    const std::int64_t size = b->string_size;
    if (b->pos >= size) return 0;
    std::int64_t left = size - b->pos;
    if (limit < 0 || limit > left) limit = left;
    if (limit == 0) return 0;
    std::size_t nl = b->view().find('\n', static_cast<std::size_t>(b->pos));
    if (nl != std::string::npos && static_cast<std::int64_t>(nl) < b->pos + limit)
        return static_cast<std::int64_t>(nl) - b->pos + 1;
    return limit;
}

Ref<> bio_readline(Object* self, const Args& args) {
    std::int64_t size;
    if (!size_arg("readline", args, size)) return nullptr;
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    return read_bytes(b, scan_eol(b, size));
}

// readlines(size=None, /): the lines, stopping once their total reaches size.
Ref<> bio_readlines(Object* self, const Args& args) {
    if (!io_positional("BytesIO", "readlines", args, 0, 1)) return nullptr;
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    std::int64_t maxsize = -1;
    if (args.size() > 0 && args[0] != None) {
        if (!is_int(args[0]))
            return raisef(exc::TypeError, "integer argument expected, got '{}'", type_name(args[0]));
        if (!index_to_i64(args[0], maxsize)) return nullptr;
    }
    Ref<List> lines = list_new();
    std::int64_t total = 0;
    for (std::int64_t n; (n = scan_eol(b, -1)) != 0;) {
        if (!list_append(lines.get(), read_bytes(b, n).get())) return nullptr;
        total += n;
        if (maxsize > 0 && total >= maxsize) break;
    }
    return lines;
}

Ref<> bio_next(Object* self) {
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    std::int64_t n = scan_eol(b, -1);
    if (n == 0) return nullptr;
    return read_bytes(b, n);
}

Ref<> bio_iter(Object* self) { return share(self); }

Ref<> bio_getvalue(Object* self, const Args& args) {
    if (!check_no_args("BytesIO.getvalue", args)) return nullptr;
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    if (b->string_size <= 1 || b->exports > 0) return bytes_from(b->view());
    // The buffer itself, cut to the stream's length, shared from now on.
    if (b->string_size != b->buf->size && !replace_buffer(b, static_cast<std::size_t>(b->string_size))) return nullptr;
    return share<Object>(b->buf);
}

Ref<> bio_tell(Object* self, const Args& args) {
    if (!check_no_args("BytesIO.tell", args)) return nullptr;
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    return int_from(b->pos);
}

// seek(pos, whence=0, /): relative to the start, the position or the end.
Ref<> bio_seek(Object* self, const Args& args) {
    if (!io_positional("BytesIO", "seek", args, 1, 2)) return nullptr;
    std::int64_t pos;
    int whence = 0;
    if (!index_to_i64(args[0], pos) || (args.size() > 1 && !io_c_int(args[1], whence))) return nullptr;
    BytesIO* b = as_bio(self);
    if (!check_open(b)) return nullptr;
    if (pos < 0 && whence == 0) return raisef(exc::ValueError, "negative seek value {}", pos);
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    if (whence == 1 || whence == 2) {
        const std::int64_t base = whence == 1 ? b->pos : b->string_size;
        if (pos > kMax - base) return raise(exc::OverflowError, "new position too large");
        pos += base;
    } else if (whence != 0) {
        return raisef(exc::ValueError, "invalid whence ({}, should be 0, 1 or 2)", whence);
    }
    b->pos = pos < 0 ? 0 : pos;
    return int_from(b->pos);
}

// truncate(size=None, /): cuts the bytes at size (the position by
// default); the position stays.
Ref<> bio_truncate(Object* self, const Args& args) {
    if (!io_positional("BytesIO", "truncate", args, 0, 1)) return nullptr;
    BytesIO* b = as_bio(self);
    std::int64_t size = b->pos;
    if (args.size() > 0 && !io_optional_size(args[0], size)) return nullptr;
    if (!check_open(b)) return nullptr;
    if (size < 0) return raisef(exc::ValueError, "negative size value {}", size);
    if (size < b->string_size) {
        b->string_size = size;
        if (!resize_buffer(b, static_cast<std::size_t>(size))) return nullptr;
    }
    return int_from(size);
}

Ref<> bio_close(Object* self, const Args& args) {
    if (!check_no_args("BytesIO.close", args)) return nullptr;
    clear_slot(as_bio(self)->buf);
    return none();
}

Ref<> bio_flush(Object* self, const Args& args) {
    if (!check_no_args("BytesIO.flush", args)) return nullptr;
    if (!check_open(as_bio(self))) return nullptr;
    return none();
}

Ref<> bio_isatty(Object* self, const Args& args) {
    if (!check_no_args("BytesIO.isatty", args)) return nullptr;
    if (!check_open(as_bio(self))) return nullptr;
    return bool_from(false);
}

Ref<> bio_true_if_open(Object* self, const Args& args, const char* name) {
    if (!check_no_args(name, args)) return nullptr;
    if (!check_open(as_bio(self))) return nullptr;
    return bool_from(true);
}
Ref<> bio_readable(Object* self, const Args& args) { return bio_true_if_open(self, args, "BytesIO.readable"); }
Ref<> bio_writable(Object* self, const Args& args) { return bio_true_if_open(self, args, "BytesIO.writable"); }
Ref<> bio_seekable(Object* self, const Args& args) { return bio_true_if_open(self, args, "BytesIO.seekable"); }

Ref<> bio_get_closed(Object* self) { return bool_from(as_bio(self)->buf == nullptr); }

// The stream and its buffer, unless it shares the buffer.
std::size_t bio_size_of(Object* self) {
    BytesIO* b = as_bio(self);
    std::size_t size = self->type->basic_size;
    if (b->buf && !b->shared()) size += object_size(b->buf);
    return size;
}

Ref<> bio_sizeof(Object* self, const Args& args) {
    if (!check_no_args("BytesIO.__sizeof__", args)) return nullptr;
    return int_from(static_cast<std::int64_t>(bio_size_of(self)));
}

}  // namespace

void bytesio_type_init() {
    static bool done = false;
    if (done) return;
    done = true;
    Type& t = BytesIOType;
    static_assert(sizeof(BytesIO) == 64, "CPython's bytesio's size");
    type_init_builtin(t, "_io.BytesIO", &ObjectType, sizeof(BytesIO),
                      type_flags::kHasGC | type_flags::kBaseType);
    t.weaklist_offset = offsetof(BytesIO, weakreflist);
    t.dict_offset = offsetof(BytesIO, dict);
    t.destroy = bio_destroy;
    t.traverse = bio_traverse;
    t.clear = bio_clear;
    t.new_instance = bio_new;
    t.init = bio_init;
    t.iter = bio_iter;
    t.next = bio_next;
    t.getattr = generic_getattr;
    t.setattr = generic_setattr;
    t.size_of = bio_size_of;
    io_add_iobase_methods(t, false);
    add_methods(t, {
                       {"write", bio_write},
                       {"read", bio_read},
                       {"readinto", bio_readinto},
                       {"read1", bio_read1},
                       {"readline", bio_readline},
                       {"readlines", bio_readlines},
                       {"getvalue", bio_getvalue},
                       {"tell", bio_tell},
                       {"seek", bio_seek},
                       {"truncate", bio_truncate},
                       {"close", bio_close},
                       {"flush", bio_flush},
                       {"isatty", bio_isatty},
                       {"readable", bio_readable},
                       {"writable", bio_writable},
                       {"seekable", bio_seekable},
                       {"__sizeof__", bio_sizeof},
                   });
    add_getsets(t, {kInstanceDictGetSet, {"closed", bio_get_closed}});
    type_ready(t);
}

}  // namespace minipy
