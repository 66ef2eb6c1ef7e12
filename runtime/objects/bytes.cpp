// bytes: the object, its singletons, repr, operators, indexing, the
// constructor and the iterator. The methods are in bytes_methods.cpp.
//
// As in CPython, b'' is one object and so is every one-byte bytes
// (`b'abc'[:1] is b'a'`); bytes(b) of an exact bytes is b itself.
#include "runtime/objects/bytes.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes_impl.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/codecs.hpp"
#include "runtime/text/percent_format.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

namespace minipy {

Type BytesType;

namespace {

Type BytesIterType;

Bytes* empty_bytes = nullptr;      // shared for the whole program
Bytes* single_bytes[256] = {};     // likewise, created on first use

Ref<Bytes> alloc_exact(std::size_t n) { return new_var_object<Bytes>(&BytesType, n); }
// For sizes the program chooses: null with MemoryError when too big.
Ref<Bytes> try_alloc_exact(std::size_t n) { return try_new_var_object<Bytes>(&BytesType, n); }

}  // namespace

// ------------------------------------------------------------ construction

Ref<Bytes> bytes_alloc(std::size_t n) { return alloc_exact(n); }

Ref<Bytes> bytes_from(std::string_view raw) {
    if (raw.empty()) {
        if (!empty_bytes) empty_bytes = alloc_exact(0).release();
        return share(empty_bytes);
    }
    if (raw.size() == 1) {
        Bytes*& slot = single_bytes[static_cast<unsigned char>(raw[0])];
        if (!slot) {
            slot = alloc_exact(1).release();
            slot->data()[0] = raw[0];
        }
        return share(slot);
    }
    // Only the head is zero-filled: the copy writes every byte after it, and the NUL.
    const std::size_t object_size = BytesType.basic_size + BytesType.item_size * raw.size();
    Ref<Bytes> b = init_var_object<Bytes>(object_alloc_head(&BytesType, object_size, sizeof(Bytes), false),
                                          &BytesType, raw.size());
    std::memcpy(b->data(), raw.data(), raw.size());
    b->data()[raw.size()] = 0;
    return b;
}

Ref<Bytes> bytes_unchanged(Object* self) {
    if (is_exact_bytes(self)) return share(cast<Bytes>(self));
    return bytes_from(cast<Bytes>(self)->view());
}

// bytes_repr: b'...' (b"..." when only single quotes occur), \t \n \r, the
// quote and backslash escaped, other bytes outside 0x20..0x7e as \xhh.
std::string bytes_repr(std::string_view raw, bool escape_single) {
    const bool has_single = raw.find('\'') != std::string_view::npos;
    const bool has_double = raw.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "b";
    out.reserve(raw.size() + 3);
    out += quote;
    for (char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\' || (escape_single && c == '\'')) {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

// ---------------------------------------------------------------- the slots

static void bytes_destroy(Object* o) { delete_object(cast<Bytes>(o)); }

static Ref<> bytes_repr_slot(Object* o) { return str_from(bytes_repr(cast<Bytes>(o)->view())); }

static std::int64_t bytes_hash(Object* o) {
    Bytes* b = cast<Bytes>(o);
    if (b->hash == -1) b->hash = hash_text(b->view());
    return b->hash;
}

static Ref<> bytes_compare(Object* a, Object* b, CompareOp op) {
    if (!is_bytes(a) || !is_bytes(b)) return not_implemented();
    const std::string_view x = cast<Bytes>(a)->view(), y = cast<Bytes>(b)->view();
    return bool_from(three_way_holds(x.compare(y), op));
}

Ref<> bytes_try_right_operand(Object* a, Object* b, BinaryOp op, BinaryFn self_slot) {
    BinaryFn other = b->type->binary[static_cast<int>(op)];
    if (!other || other == self_slot) return not_implemented();
    return other(a, b);
}

static Ref<> bytes_add(Object* a, Object* b) {
    if (!is_bytes(a)) return not_implemented();
    // Any bytes-like right operand (bytearray, memoryview) makes a bytes, as bytes_concat.
    if (is_bytes_like(b)) {
        Bytes* x = cast<Bytes>(a);
        std::string holder;
        std::string_view y;
        if (bytes_like(b, holder, y) < 0) return nullptr;
        if (y.empty()) return bytes_unchanged(a);
        if (x->size == 0 && is_bytes(b)) return bytes_unchanged(b);
        Ref<Bytes> r = try_alloc_exact(static_cast<std::size_t>(x->size) + y.size());
        if (!r) return nullptr;
        std::memcpy(r->data(), x->data(), static_cast<std::size_t>(x->size));
        std::memcpy(r->data() + x->size, y.data(), y.size());
        return r;
    }
    Ref<> r = bytes_try_right_operand(a, b, BinaryOp::Add, bytes_add);
    if (!r || r.get() != NotImplemented) return r;
    return raisef(exc::TypeError, "can't concat {} to {}", type_name(b), type_name(a));
}

static bool is_index_like(Object* o) { return is_int(o) || o->type->to_index != nullptr; }

static Ref<> bytes_mul(Object* a, Object* b) {
    Object* seq = is_bytes(a) ? a : b;
    Object* count = seq == a ? b : a;
    // Only a class's __rmul__ can take over: a builtin right operand's slot
    // would read this bytes as its count (b'a' * 'b').
    if (seq == a && !is_bytes(b) && !is_index_like(b) && b->type->has_flag(type_flags::kHeapType)) {
        Ref<> r = bytes_try_right_operand(a, b, BinaryOp::Mul, bytes_mul);
        if (!r || r.get() != NotImplemented) return r;
    }
    if (!is_index_like(count))
        return raisef(exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(count));
    Ref<> index = number_index(count);
    if (!index) return nullptr;
    auto n = int_to_i64(cast<Int>(index.get()));
    if (!n) return raisef(exc::OverflowError, "cannot fit '{}' into an index-sized integer", type_name(count));
    Bytes* s = cast<Bytes>(seq);
    if (*n <= 0 || s->size == 0) return bytes_from("");
    if (*n == 1) return bytes_unchanged(seq);
    if (s->size > std::numeric_limits<std::int64_t>::max() / *n) return raise(exc::OverflowError, "repeated bytes are too long");
    const std::int64_t total = s->size * *n;
    if (total > (std::int64_t{1} << 40)) return raise(exc::MemoryError, "");
    Ref<Bytes> r = try_alloc_exact(static_cast<std::size_t>(total));
    if (!r) return nullptr;
    std::memcpy(r->data(), s->data(), static_cast<std::size_t>(s->size));
    std::int64_t done = s->size;
    while (done < total) {
        const std::int64_t chunk = std::min(done, total - done);
        std::memcpy(r->data() + done, r->data(), static_cast<std::size_t>(chunk));
        done += chunk;
    }
    return r;
}

static Ref<> bytes_mod(Object* a, Object* b) {
    if (!is_bytes(a)) return not_implemented();
    return percent_format_bytes(cast<Bytes>(a), b);
}

static std::int64_t bytes_length(Object* o) { return cast<Bytes>(o)->size; }

static Ref<> bytes_getitem(Object* o, Object* key) {
    Bytes* b = cast<Bytes>(o);
    if (is_index_like(key)) {
        Ref<> index = number_index(key);
        if (!index) return nullptr;
        auto i = int_to_i64(cast<Int>(index.get()));
        if (!i) return raisef(exc::IndexError, "cannot fit '{}' into an index-sized integer", type_name(key));
        const std::int64_t pos = *i < 0 ? *i + b->size : *i;
        if (pos < 0 || pos >= b->size) return raise(exc::IndexError, "index out of range");
        return share<Object>(small_int(b->at(pos)));
    }
    if (key->type == &SliceType) {
        std::int64_t start, stop, step, count;
        if (!slice_indices(cast<Slice>(key), b->size, start, stop, step, count)) return nullptr;
        if (count <= 0) return bytes_from("");
        if (step == 1) {
            if (count == b->size) return bytes_unchanged(o);
            return bytes_from(b->view().substr(static_cast<std::size_t>(start), static_cast<std::size_t>(count)));
        }
        std::string out;
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t i = 0, pos = start; i < count; ++i, pos += step) out += b->data()[pos];
        return bytes_from(out);
    }
    return raisef(exc::TypeError, "byte indices must be integers or slices, not {}", type_name(key));
}

// `x in b`: an int is one byte value, a bytes is a substring.
static int bytes_contains(Object* o, Object* item) {
    const std::string_view hay = cast<Bytes>(o)->view();
    if (is_index_like(item)) {
        int byte = bytes_byte_value(item);
        if (byte < 0) return -1;
        return hay.find(static_cast<char>(byte)) != std::string_view::npos;
    }
    std::string holder;
    std::string_view needle;
    if (!require_bytes_like(item, holder, needle)) return -1;
    return hay.find(needle) != std::string_view::npos;
}

int bytes_byte_value(Object* item) {
    Ref<> index = number_index(item);
    if (!index) return -1;
    auto v = int_to_i64(cast<Int>(index.get()));
    if (!v || *v < 0 || *v > 255) {
        raise(exc::ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return static_cast<int>(*v);
}

// ----------------------------------------------------------------- iterator

namespace {

struct BytesIter : Object {
    Bytes* bytes = nullptr;  // owned; null once exhausted
    std::int64_t index = 0;
};

void iter_clear(Object* o) { clear_slot(cast<BytesIter>(o)->bytes); }
void iter_destroy(Object* o) {
    iter_clear(o);
    delete_object(cast<BytesIter>(o));
}
void iter_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<BytesIter>(o)->bytes, visit, arg); }
Ref<> bytes_iter_self(Object* o) { return share(o); }
Ref<> bytes_iter_next(Object* o) {
    auto* it = cast<BytesIter>(o);
    if (!it->bytes) return nullptr;
    if (it->index >= it->bytes->size) {
        clear_slot(it->bytes);
        return nullptr;
    }
    return share<Object>(small_int(it->bytes->at(it->index++)));
}
Ref<> iter_length_hint(Object* self, const Args& args) {
    if (!check_no_args("__length_hint__", args)) return nullptr;
    auto* it = cast<BytesIter>(self);
    return int_from(it->bytes ? it->bytes->size - it->index : 0);
}

}  // namespace

static Ref<> bytes_iter(Object* o) {
    auto it = new_object<BytesIter>(&BytesIterType);
    set_slot(it->bytes, cast<Bytes>(o));
    gc_track(it.get());
    return it;
}

// -------------------------------------------------------------- constructor

// The bytes of an iterable of ints (each through __index__, in range(256)).
static Ref<> bytes_from_ints(Object* const* items, std::int64_t n) {
    std::string out;
    out.reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        std::int64_t v;
        if (!index_to_i64(items[i], v)) return nullptr;
        if (v < 0 || v > 255) return raise(exc::ValueError, "bytes must be in range(0, 256)");
        out += static_cast<char>(v);
    }
    return bytes_from(out);
}

// bytes_new_impl: bytes(), bytes(n), bytes(str, encoding[, errors]),
// bytes(bytes-like), bytes(iterable of ints), bytes(obj with __bytes__).
static Ref<> bytes_construct(const Args& args) {
    static const ArgSpec spec{"bytes", {"source", "encoding", "errors"}, 0};
    Object* a[3] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    Object* x = a[0];
    Object* encoding = a[1];
    Object* errors = a[2];
    if (!x) {
        if (encoding || errors)
            return raise(exc::TypeError,
                         encoding ? "encoding without a string argument" : "errors without a string argument");
        return bytes_from("");
    }
    if (encoding) {
        if (!is_str(x)) return raise(exc::TypeError, "encoding without a string argument");
        if (!is_str(encoding))
            return raisef(exc::TypeError, "bytes() argument 'encoding' must be str, not {}", arg_type_name(encoding));
        if (errors && !is_str(errors))
            return raisef(exc::TypeError, "bytes() argument 'errors' must be str, not {}", arg_type_name(errors));
        return codec_encode(cast<Str>(x), cast<Str>(encoding)->view(),
                            errors ? cast<Str>(errors)->view() : std::string_view("strict"));
    }
    if (errors) {
        return raise(exc::TypeError,
                     is_str(x) ? "string argument without an encoding" : "errors without a string argument");
    }
    if (is_str(x)) return raise(exc::TypeError, "string argument without an encoding");
    if (Object* method = type_lookup(x->type, "__bytes__")) {
        Ref<> r = call(method, {x});
        if (!r) return nullptr;
        if (!is_bytes(r.get()))
            return raisef(exc::TypeError, "__bytes__ returned non-bytes (type {})", type_name(r.get()));
        return r;
    }
    if (is_index_like(x)) {
        Ref<> index = number_index(x);
        if (!index) return nullptr;
        auto n = int_to_i64(cast<Int>(index.get()));
        if (!n) return raisef(exc::OverflowError, "cannot fit '{}' into an index-sized integer", type_name(x));
        if (*n < 0) return raise(exc::ValueError, "negative count");
        if (*n == 0) return bytes_from("");
        return try_alloc_exact(static_cast<std::size_t>(*n));
    }
    if (is_bytes(x)) return bytes_unchanged(x);
    if (is_bytes_like(x)) {
        std::string holder;
        std::string_view raw;
        if (bytes_like(x, holder, raw) < 0) return nullptr;
        return bytes_from(raw);
    }
    if (is_list(x)) return bytes_from_ints(cast<List>(x)->items, cast<List>(x)->size);
    if (is_tuple(x)) return bytes_from_ints(cast<Tuple>(x)->items(), cast<Tuple>(x)->size);
    Ref<> it = get_iter(x);
    if (!it) {
        if (error_matches(exc::TypeError)) {
            clear_error();
            raisef(exc::TypeError, "cannot convert '{}' object to bytes", type_name(x));
        }
        return nullptr;
    }
    Ref<List> items = list_from_iterable(it.get());
    if (!items) return nullptr;
    return bytes_from_ints(items->items, items->size);
}

static Ref<> bytes_new_instance(Type* type, const Args& args) {
    Ref<> result = bytes_construct(args);
    if (!result || type == &BytesType) return result;
    const Bytes* b = cast<Bytes>(result.get());
    // An instance of a class derived from bytes: a copy, tracked as every
    // instance of a class is (its dict, if any, follows the data: instance.hpp).
    Ref<Bytes> sub = new_var_object<Bytes>(type, static_cast<std::size_t>(b->size));
    std::memcpy(sub->data(), b->data(), static_cast<std::size_t>(b->size));
    gc_track(sub.get());
    return sub;
}

// ------------------------------------------------------------------- init

void bytes_type_init() {
    type_init_builtin(BytesType, "bytes", &ObjectType, sizeof(Bytes) + 1, type_flags::kBaseType);
    BytesType.item_size = 1;  // the NUL after the data is part of basic_size
    BytesType.destroy = bytes_destroy;
    BytesType.repr = bytes_repr_slot;
    BytesType.str = bytes_repr_slot;
    BytesType.hash = bytes_hash;
    BytesType.compare = bytes_compare;
    BytesType.binary[static_cast<int>(BinaryOp::Add)] = bytes_add;
    BytesType.binary[static_cast<int>(BinaryOp::Mul)] = bytes_mul;
    BytesType.binary[static_cast<int>(BinaryOp::Mod)] = bytes_mod;
    BytesType.length = bytes_length;
    BytesType.getitem = bytes_getitem;
    BytesType.contains = bytes_contains;
    BytesType.iter = bytes_iter;
    BytesType.new_instance = bytes_new_instance;
    bytes_add_methods(BytesType);
    type_ready(BytesType);

    type_init_builtin(BytesIterType, "bytes_iterator", &ObjectType, sizeof(BytesIter), type_flags::kHasGC);
    BytesIterType.destroy = iter_destroy;
    BytesIterType.traverse = iter_traverse;
    BytesIterType.clear = iter_clear;
    BytesIterType.iter = bytes_iter_self;
    BytesIterType.next = bytes_iter_next;
    add_methods(BytesIterType, {{"__length_hint__", iter_length_hint}});
    type_ready(BytesIterType);
}

}  // namespace minipy
