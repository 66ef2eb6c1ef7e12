// bytearray: the object and its block (resize policy, prefix deletion by
// moving `start`), the constructor, repr, comparisons, operators, indexing
// and slice assignment, the mutating methods and the iterator, following
// CPython 3.11's Objects/bytearrayobject.c. The methods bytes shares with
// bytearray (find, split, upper, hex, decode, ...) are bytes_methods.cpp's.
#include "runtime/objects/bytearray.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/bytes_impl.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
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
#include <string>

namespace minipy {

Type ByteArrayType;

namespace {

Type ByteArrayIterType;

static_assert(sizeof(ByteArray) == 56, "CPython's PyByteArrayObject is 56 bytes");

ByteArray* as_ba(Object* o) { return cast<ByteArray>(o); }

bool can_resize(const ByteArray* a) {
    if (a->exports > 0) {
        raise(exc::BufferError, "Existing exports of data: object cannot be re-sized");
        return false;
    }
    return true;
}

// A new, empty bytearray of `type` (a subclass instance is tracked when its
// type is, as every instance of a class is).
Ref<ByteArray> new_empty(Type* type) {
    Ref<ByteArray> a = new_object<ByteArray>(type);
    a->size = 0;
    if (object_has_gc(a.get())) gc_track(a.get());
    return a;
}

}  // namespace

// ------------------------------------------------------------ the block

Ref<ByteArray> bytearray_from(std::string_view raw) {
    Ref<ByteArray> a = new_empty(&ByteArrayType);
    if (raw.empty()) return a;
    const auto alloc = static_cast<std::int64_t>(raw.size()) + 1;
    auto* block = static_cast<char*>(heap_alloc(static_cast<std::size_t>(alloc)));
    if (!block) return raise_memory_error();
    std::memcpy(block, raw.data(), raw.size());
    block[raw.size()] = 0;
    a->bytes = a->start = block;
    a->alloc = alloc;
    a->size = static_cast<std::int64_t>(raw.size());
    return a;
}

// PyByteArray_Resize of 3.11: the same arithmetic, so `alloc` matches.
bool bytearray_resize(ByteArray* a, std::int64_t n) {
    if (n == a->size) return true;
    if (!can_resize(a)) return false;
    const std::int64_t offset = a->start ? a->start - a->bytes : 0;
    std::int64_t alloc = a->alloc;
    if (n + offset + 1 <= alloc) {
        if (n < alloc / 2) {
            alloc = n + 1;  // shrinking below half: fit exactly
        } else {
            a->size = n;
            a->start[n] = 0;
            return true;
        }
    } else if (static_cast<double>(n) <= static_cast<double>(alloc) * 1.125) {
        alloc = n + (n >> 3) + (n < 9 ? 3 : 6);  // growing a little: room to grow more
    } else {
        alloc = n + 1;  // growing a lot: fit exactly
    }
    if (alloc > kHeapMaxBlock) {
        raise_memory_error();
        return false;
    }
    char* block;
    if (offset > 0) {
        // A prefix was deleted: the data moves back to the start of a new block.
        block = static_cast<char*>(heap_alloc(static_cast<std::size_t>(alloc)));
        if (!block) {
            raise_memory_error();
            return false;
        }
        std::memcpy(block, a->start, static_cast<std::size_t>(std::min(n, a->size)));
        heap_free(a->bytes, static_cast<std::size_t>(a->alloc));
    } else {
        block = static_cast<char*>(
            heap_realloc(a->bytes, static_cast<std::size_t>(a->alloc), static_cast<std::size_t>(alloc)));
        if (!block) {
            raise_memory_error();
            return false;
        }
    }
    a->bytes = a->start = block;
    a->alloc = alloc;
    a->size = n;
    block[n] = 0;
    return true;
}

namespace {

// bytearray_setslice_linear: replaces [lo, hi) with `len` bytes from `src`
// (null: deletes). Deleting at the front moves `start` rather than the data.
bool set_range(ByteArray* a, std::int64_t lo, std::int64_t hi, const char* src, std::int64_t len) {
    const std::int64_t growth = len - (hi - lo);
    if (growth < 0) {
        if (!can_resize(a)) return false;
        if (lo == 0) {
            a->start -= growth;
        } else {
            char* buf = a->data();
            std::memmove(buf + lo + len, buf + hi, static_cast<std::size_t>(a->size - hi));
        }
        // The bytes are gone already; size them so the resize sees the new length.
        const std::int64_t n = a->size + growth;
        if (!bytearray_resize(a, n)) {
            if (lo == 0) a->start += growth;
            return false;
        }
    } else if (growth > 0) {
        if (!bytearray_resize(a, a->size + growth)) return false;
        char* buf = a->data();
        std::memmove(buf + lo + len, buf + hi, static_cast<std::size_t>(a->size - lo - len));
    }
    if (len > 0) std::memcpy(a->data() + lo, src, static_cast<std::size_t>(len));
    return true;
}

// PyNumber_Check: what slice assignment refuses along with str.
bool is_number_like(const Object* o) {
    return is_int(o) || is_float(o) || o->type->to_index || o->type->to_int || o->type->to_float;
}

// Fills an empty bytearray from one argument, as bytearray.__init__ does.
bool fill_from(ByteArray* self, Object* x) {
    if (index_check(x)) {
        Ref<> index = number_index(x);
        if (!index) return false;
        auto n = int_to_i64(cast<Int>(index.get()));
        if (!n) {
            raisef(exc::OverflowError, "cannot fit '{}' into an index-sized integer", type_name(x));
            return false;
        }
        if (*n < 0) {
            raise(exc::ValueError, "negative count");
            return false;
        }
        if (*n > 0) {
            if (!bytearray_resize(self, *n)) return false;
            std::memset(self->data(), 0, static_cast<std::size_t>(*n));
        }
        return true;
    }
    if (is_bytes_like(x)) {
        std::string holder;
        std::string_view raw;
        if (bytes_like(x, holder, raw) < 0) return false;
        if (raw.empty()) return true;
        if (x == self) return true;  // bytearray.__init__(b, b): already emptied
        if (!bytearray_resize(self, static_cast<std::int64_t>(raw.size()))) return false;
        std::memcpy(self->data(), raw.data(), raw.size());
        return true;
    }
    if (x->type == &ListType || x->type == &TupleType) {
        Object* const* items = is_list(x) ? cast<List>(x)->items : cast<Tuple>(x)->items();
        const std::int64_t n = is_list(x) ? cast<List>(x)->size : cast<Tuple>(x)->size;
        if (!bytearray_resize(self, n)) return false;
        bool slow = false;
        for (std::int64_t i = 0; i < n; ++i) {
            if (items[i]->type != &IntType) {
                slow = true;  // CPython empties the array again and iterates
                break;
            }
            const int byte = bytes_byte_value(items[i]);
            if (byte < 0) return false;
            self->data()[i] = static_cast<char>(byte);
        }
        if (!slow) return true;
        if (!bytearray_resize(self, 0)) return false;
    }
    Ref<> it = get_iter(x);
    if (!it) {
        if (error_matches(exc::TypeError)) {
            clear_error();
            raisef(exc::TypeError, "cannot convert '{}' object to bytearray", type_name(x));
        }
        return false;
    }
    for (;;) {
        Ref<> item = iter_next(it.get());
        if (!item) return !error_pending();
        const int byte = bytes_byte_value(item.get());
        if (byte < 0) return false;
        if (self->size + 1 < self->alloc) {
            ++self->size;
            self->data()[self->size] = 0;
        } else if (!bytearray_resize(self, self->size + 1)) {
            return false;
        }
        self->data()[self->size - 1] = static_cast<char>(byte);
    }
}

// bytearray(): a new empty object; __init__ fills it (so a subclass's
// __init__ can call it again, which first empties the array).
Ref<> ba_new_instance(Type* type, const Args&) { return new_empty(type); }

int ba_init(Object* o, const Args& args) {
    static const ArgSpec spec{"bytearray", {"source", "encoding", "errors"}, 0};
    Object* a[3] = {};
    if (!parse_args(args, spec, a)) return -1;
    ByteArray* self = as_ba(o);
    if (self->size != 0 && !bytearray_resize(self, 0)) return -1;
    Object* x = a[0];
    Object* encoding = a[1];
    Object* errors = a[2];
    if (encoding && !is_str(encoding)) {
        raisef(exc::TypeError, "bytearray() argument 'encoding' must be str, not {}", arg_type_name(encoding));
        return -1;
    }
    if (errors && !is_str(errors)) {
        raisef(exc::TypeError, "bytearray() argument 'errors' must be str, not {}", arg_type_name(errors));
        return -1;
    }
    if (!x) {
        if (encoding || errors) {
            raise(exc::TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (is_str(x)) {
        if (!encoding) {
            raise(exc::TypeError, "string argument without an encoding");
            return -1;
        }
        Ref<> encoded = codec_encode(cast<Str>(x), cast<Str>(encoding)->view(),
                                     errors ? cast<Str>(errors)->view() : std::string_view("strict"));
        if (!encoded) return -1;
        return fill_from(self, encoded.get()) ? 0 : -1;
    }
    if (encoding || errors) {
        raise(exc::TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    return fill_from(self, x) ? 0 : -1;
}

// ---------------------------------------------------------------- the slots

void ba_destroy(Object* o) {
    ByteArray* a = as_ba(o);
    if (a->bytes) heap_free(a->bytes, static_cast<std::size_t>(a->alloc));
    delete_object(a);
}

// "bytearray(b'...')", with a subclass's own name, as CPython 3.11 prints it.
Ref<> ba_repr(Object* o) {
    std::string out(type_name(o));
    out += '(';
    out += bytes_repr(as_ba(o)->view(), true);
    out += ')';
    return str_from(out);
}

// bytearray_richcompare: against any bytes-like object, bytewise.
Ref<> ba_compare(Object* a, Object* b, CompareOp op) {
    if (!is_bytes_like(a) || !is_bytes_like(b)) return not_implemented();
    std::string hold_a, hold_b;
    std::string_view x, y;
    if (bytes_like(a, hold_a, x) <= 0 || bytes_like(b, hold_b, y) <= 0) {
        clear_error();
        return not_implemented();
    }
    if (x.size() != y.size() && (op == CompareOp::Eq || op == CompareOp::Ne)) return bool_from(op == CompareOp::Ne);
    return bool_from(three_way_holds(x.compare(y), op));
}

Ref<> ba_add(Object* a, Object* b) {
    if (!is_bytearray(a)) return not_implemented();
    if (!is_bytes_like(b)) {
        Ref<> r = bytes_try_right_operand(a, b, BinaryOp::Add, ba_add);
        if (!r || r.get() != NotImplemented) return r;
        return raisef(exc::TypeError, "can't concat {} to {}", type_name(b), type_name(a));
    }
    std::string holder;
    std::string_view y;
    if (bytes_like(b, holder, y) < 0) return nullptr;
    std::string out(as_ba(a)->view());
    out += y;
    return bytearray_from(out);
}

Ref<> ba_iadd(Object* a, Object* b) {
    if (!is_bytes_like(b)) return raisef(exc::TypeError, "can't concat {} to {}", type_name(b), type_name(a));
    std::string holder;
    std::string_view y;
    if (bytes_like(b, holder, y) < 0) return nullptr;
    if (b == a) y = holder = std::string(y);  // the resize may move the source
    ByteArray* self = as_ba(a);
    const std::int64_t n = self->size;
    if (!bytearray_resize(self, n + static_cast<std::int64_t>(y.size()))) return nullptr;
    if (!y.empty()) std::memcpy(self->data() + n, y.data(), y.size());
    return share(a);
}

std::string repeated(std::string_view s, std::int64_t n) {
    std::string out;
    out.reserve(s.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) out += s;
    return out;
}

Ref<> ba_mul(Object* a, Object* b) {
    Object* seq = is_bytearray(a) ? a : b;
    Object* count = seq == a ? b : a;
    // As bytes_mul: only a class's __rmul__ may take over.
    if (seq == a && !is_bytearray(b) && !index_check(b) && b->type->has_flag(type_flags::kHeapType)) {
        Ref<> r = bytes_try_right_operand(a, b, BinaryOp::Mul, ba_mul);
        if (!r || r.get() != NotImplemented) return r;
    }
    std::int64_t n;
    if (!sequence_repeat_count(count, n)) return nullptr;
    const std::int64_t size = as_ba(seq)->size;
    if (n > 0 && size > kHeapMaxBlock / n) return raise_memory_error();
    return bytearray_from(repeated(as_ba(seq)->view(), n));
}

Ref<> ba_imul(Object* a, Object* b) {
    std::int64_t n;
    if (!sequence_repeat_count(b, n)) return nullptr;
    ByteArray* self = as_ba(a);
    const std::int64_t size = self->size;
    if (n > 0 && size > kHeapMaxBlock / n) return raise_memory_error();
    const std::string copy = repeated(self->view(), n);
    if (!bytearray_resize(self, size * n)) return nullptr;
    if (!copy.empty()) std::memcpy(self->data(), copy.data(), copy.size());
    return share(a);
}

// bytearray % args: the bytes formatting, as a bytearray.
Ref<> ba_mod(Object* a, Object* b) {
    if (!is_bytearray(a)) return not_implemented();
    Ref<Bytes> format = bytes_from(as_ba(a)->view());
    Ref<> r = percent_format_bytes(format.get(), b);
    if (!r) return nullptr;
    return bytearray_from(cast<Bytes>(r.get())->view());
}

std::int64_t ba_length(Object* o) { return as_ba(o)->size; }

Ref<> ba_getitem(Object* o, Object* key) {
    ByteArray* a = as_ba(o);
    if (index_check(key)) {
        std::int64_t i;
        if (!index_for_subscript(key, i)) return nullptr;
        if (i < 0) i += a->size;
        if (i < 0 || i >= a->size) return raise(exc::IndexError, "bytearray index out of range");
        return share<Object>(small_int(static_cast<unsigned char>(a->data()[i])));
    }
    if (key->type == &SliceType) {
        std::int64_t start, stop, step, count;
        if (!slice_indices(cast<Slice>(key), a->size, start, stop, step, count)) return nullptr;
        if (count <= 0) return bytearray_from("");
        if (step == 1) return bytearray_from(a->view().substr(static_cast<std::size_t>(start), static_cast<std::size_t>(count)));
        std::string out;
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t i = 0, pos = start; i < count; ++i, pos += step) out += a->data()[pos];
        return bytearray_from(out);
    }
    return raisef(exc::TypeError, "bytearray indices must be integers or slices, not {}", type_name(key));
}

// Removes the items of an extended slice (step != 1), then shrinks.
bool delete_strided(ByteArray* a, std::int64_t start, std::int64_t step, std::int64_t count) {
    if (!can_resize(a)) return false;
    if (count == 0) return true;
    if (step < 0) {
        start = start + step * (count - 1);
        step = -step;
    }
    char* buf = a->data();
    std::int64_t out = start;
    for (std::int64_t in = start, taken = 0; in < a->size; ++in) {
        if (taken < count && in == start + taken * step) {
            ++taken;
            continue;
        }
        buf[out++] = buf[in];
    }
    return bytearray_resize(a, a->size - count);
}

int ba_setitem(Object* o, Object* key, Object* value) {
    ByteArray* a = as_ba(o);
    std::int64_t start, stop, step, count;
    if (index_check(key)) {
        std::int64_t i;
        if (!index_for_subscript(key, i)) return -1;
        // The value first: its __index__ may resize the array (CPython's GH-91153).
        int byte = 0;
        if (value && (byte = bytes_byte_value(value)) < 0) return -1;
        if (i < 0) i += a->size;
        if (i < 0 || i >= a->size) {
            raise(exc::IndexError, "bytearray index out of range");
            return -1;
        }
        if (value) {
            a->data()[i] = static_cast<char>(byte);
            return 0;
        }
        start = i, stop = i + 1, step = 1, count = 1;
    } else if (key->type == &SliceType) {
        if (!slice_indices(cast<Slice>(key), a->size, start, stop, step, count)) return -1;
    } else {
        raisef(exc::TypeError, "bytearray indices must be integers or slices, not {}", type_name(key));
        return -1;
    }
    std::string holder;
    std::string_view src;
    if (value) {
        if (value == o || !is_bytearray(value)) {
            if (is_number_like(value) || is_str(value)) {
                raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            // A copy first, as CPython's bytearray(values).
            Ref<> copy = call(&ByteArrayType, {value});
            if (!copy) return -1;
            return ba_setitem(o, key, copy.get());
        }
        src = as_ba(value)->view();
    }
    const auto needed = static_cast<std::int64_t>(src.size());
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (step == 1) return set_range(a, start, stop, src.data(), needed) ? 0 : -1;
    if (needed == 0) return delete_strided(a, start, step, count) ? 0 : -1;
    if (needed != count) {
        raisef(exc::ValueError, "attempt to assign bytes of size {} to extended slice of size {}", needed, count);
        return -1;
    }
    for (std::int64_t i = 0, pos = start; i < count; ++i, pos += step) a->data()[pos] = src[static_cast<std::size_t>(i)];
    return 0;
}

// `x in ba`: an int is one byte value, a bytes-like object a substring.
int ba_contains(Object* o, Object* item) {
    if (index_check(item)) {
        const int byte = bytes_byte_value(item);
        if (byte < 0) return -1;
        return as_ba(o)->view().find(static_cast<char>(byte)) != std::string_view::npos;
    }
    std::string holder;
    std::string_view needle;
    if (!require_bytes_like(item, holder, needle)) return -1;
    return as_ba(o)->view().find(needle) != std::string_view::npos;
}

// ---------------------------------------------------------------- methods

Ref<> ba_append(Object* self, const Args& args) {
    if (!check_one_arg("bytearray.append", args)) return nullptr;
    const int byte = bytes_byte_value(args[0]);
    if (byte < 0) return nullptr;
    ByteArray* a = as_ba(self);
    if (!bytearray_resize(a, a->size + 1)) return nullptr;
    a->data()[a->size - 1] = static_cast<char>(byte);
    return none();
}

Ref<> ba_extend(Object* self, const Args& args) {
    if (!check_one_arg("bytearray.extend", args)) return nullptr;
    Object* x = args[0];
    ByteArray* a = as_ba(self);
    std::string holder;
    std::string_view raw;
    if (is_bytes_like(x)) {
        if (bytes_like(x, holder, raw) < 0) return nullptr;
        if (x == self) raw = holder = std::string(raw);
    } else {
        Ref<> it = get_iter(x);
        if (!it) {
            if (error_matches(exc::TypeError)) {
                clear_error();
                raisef(exc::TypeError, "can't extend bytearray with {}", type_name(x));
            }
            return nullptr;
        }
        for (;;) {
            Ref<> item = iter_next(it.get());
            if (!item) {
                if (error_pending()) return nullptr;
                break;
            }
            const int byte = bytes_byte_value(item.get());
            if (byte < 0) return nullptr;
            holder += static_cast<char>(byte);
        }
        raw = holder;
    }
    if (!set_range(a, a->size, a->size, raw.data(), static_cast<std::int64_t>(raw.size()))) return nullptr;
    return none();
}

Ref<> ba_insert(Object* self, const Args& args) {
    if (!check_no_keywords("bytearray.insert", args) || !check_arg_range("insert", args, 2, 2)) return nullptr;
    std::int64_t where;
    if (!index_clamped(args[0], where)) return nullptr;
    const int byte = bytes_byte_value(args[1]);
    if (byte < 0) return nullptr;
    ByteArray* a = as_ba(self);
    const std::int64_t n = a->size;
    if (!bytearray_resize(a, n + 1)) return nullptr;
    if (where < 0) where = std::max<std::int64_t>(where + n, 0);
    if (where > n) where = n;
    char* buf = a->data();
    std::memmove(buf + where + 1, buf + where, static_cast<std::size_t>(n - where));
    buf[where] = static_cast<char>(byte);
    return none();
}

Ref<> ba_pop(Object* self, const Args& args) {
    if (!check_no_keywords("bytearray.pop", args) || !check_arg_range("pop", args, 0, 1)) return nullptr;
    std::int64_t index = -1;
    if (args.size() > 0 && !index_clamped(args[0], index)) return nullptr;
    ByteArray* a = as_ba(self);
    const std::int64_t n = a->size;
    if (n == 0) return raise(exc::IndexError, "pop from empty bytearray");
    if (index < 0) index += n;
    if (index < 0 || index >= n) return raise(exc::IndexError, "pop index out of range");
    if (!can_resize(a)) return nullptr;
    char* buf = a->data();
    const auto value = static_cast<unsigned char>(buf[index]);
    std::memmove(buf + index, buf + index + 1, static_cast<std::size_t>(n - index - 1));
    if (!bytearray_resize(a, n - 1)) return nullptr;
    return share<Object>(small_int(value));
}

Ref<> ba_remove(Object* self, const Args& args) {
    if (!check_one_arg("bytearray.remove", args)) return nullptr;
    const int byte = bytes_byte_value(args[0]);
    if (byte < 0) return nullptr;
    ByteArray* a = as_ba(self);
    const std::size_t at = a->view().find(static_cast<char>(byte));
    if (at == std::string_view::npos) return raise(exc::ValueError, "value not found in bytearray");
    if (!can_resize(a)) return nullptr;
    char* buf = a->data();
    const auto n = static_cast<std::size_t>(a->size);
    std::memmove(buf + at, buf + at + 1, n - at - 1);
    if (!bytearray_resize(a, a->size - 1)) return nullptr;
    return none();
}

Ref<> ba_reverse(Object* self, const Args& args) {
    if (!check_no_args("bytearray.reverse", args)) return nullptr;
    ByteArray* a = as_ba(self);
    std::reverse(a->data(), a->data() + a->size);
    return none();
}

Ref<> ba_clear(Object* self, const Args& args) {
    if (!check_no_args("bytearray.clear", args)) return nullptr;
    if (!bytearray_resize(as_ba(self), 0)) return nullptr;
    return none();
}

Ref<> ba_copy(Object* self, const Args& args) {
    if (!check_no_args("bytearray.copy", args)) return nullptr;
    return bytearray_from(as_ba(self)->view());
}

Ref<> ba_alloc(Object* self, const Args& args) {
    if (!check_no_args("bytearray.__alloc__", args)) return nullptr;
    return int_from(as_ba(self)->alloc);
}

// bytearray_sizeof: the instance's type's size (a subclass's slots count) and the block.
std::size_t ba_size_of(Object* o) { return o->type->basic_size + static_cast<std::size_t>(as_ba(o)->alloc); }

Ref<> ba_sizeof(Object* self, const Args& args) {
    if (!check_no_args("bytearray.__sizeof__", args)) return nullptr;
    return int_from(static_cast<std::int64_t>(ba_size_of(self)));
}

// _common_reduce: (type, args, state), the state from __getstate__; args
// are the bytes for protocol 3 and up, a latin-1 str and its codec before
// (what Python 2 could read); an empty array gets ().
Ref<> reduce_with(Object* self, std::int64_t proto) {
    Ref<> state = call_method(self, "__getstate__", {});
    if (!state) return nullptr;
    ByteArray* a = as_ba(self);
    Ref<> args;
    if (a->size == 0) {
        args = tuple_from({});
    } else if (proto < 3) {
        Ref<> text = codec_decode(a->view(), "latin-1", "strict");
        if (!text) return nullptr;
        Ref<> codec = str_from("latin-1");
        args = tuple_from({text.get(), codec.get()});
    } else {
        Ref<Bytes> raw = bytes_from(a->view());
        args = tuple_from({raw.get()});
    }
    return tuple_from({self->type, args.get(), state.get()});
}

Ref<> ba_reduce(Object* self, const Args& args) {
    if (!check_no_args("bytearray.__reduce__", args)) return nullptr;
    return reduce_with(self, 2);
}

Ref<> ba_reduce_ex(Object* self, const Args& args) {
    if (!check_no_keywords("bytearray.__reduce_ex__", args) || !check_arg_range("__reduce_ex__", args, 0, 1))
        return nullptr;
    std::int64_t proto = 0;
    if (args.size() > 0 && !index_to_i64(args[0], proto)) return nullptr;
    return reduce_with(self, proto);
}

// ----------------------------------------------------------------- iterator

// A SeqIter over the array (iterators.hpp) that reads it as it is at each
// step, so appends made while iterating are seen, as in CPython.
Ref<> iter_next_byte(Object* o) {
    auto* it = cast<SeqIter>(o);
    if (!it->seq) return nullptr;
    ByteArray* a = as_ba(it->seq);
    if (it->index >= a->size) {
        clear_slot(it->seq);
        return nullptr;
    }
    return share<Object>(small_int(static_cast<unsigned char>(a->data()[it->index++])));
}
Ref<> iter_length_hint(Object* self, const Args& args) {
    if (!check_no_args("__length_hint__", args)) return nullptr;
    auto* it = cast<SeqIter>(self);
    return int_from(it->seq ? std::max<std::int64_t>(as_ba(it->seq)->size - it->index, 0) : 0);
}

Ref<> ba_iter(Object* o) { return seq_iter_alloc(&ByteArrayIterType, o, 0); }

}  // namespace

// ------------------------------------------------------------------- init

void bytearray_type_init() {
    type_init_builtin(ByteArrayType, "bytearray", &ObjectType, sizeof(ByteArray), type_flags::kBaseType);
    ByteArrayType.destroy = ba_destroy;
    ByteArrayType.size_of = ba_size_of;
    ByteArrayType.repr = ba_repr;
    ByteArrayType.str = ba_repr;
    ByteArrayType.compare = ba_compare;  // with no hash: unhashable, as in CPython
    ByteArrayType.binary[static_cast<int>(BinaryOp::Add)] = ba_add;
    ByteArrayType.binary[static_cast<int>(BinaryOp::Mul)] = ba_mul;
    ByteArrayType.binary[static_cast<int>(BinaryOp::Mod)] = ba_mod;
    ByteArrayType.inplace[static_cast<int>(BinaryOp::Add)] = ba_iadd;
    ByteArrayType.inplace[static_cast<int>(BinaryOp::Mul)] = ba_imul;
    ByteArrayType.length = ba_length;
    ByteArrayType.getitem = ba_getitem;
    ByteArrayType.setitem = ba_setitem;
    ByteArrayType.contains = ba_contains;
    ByteArrayType.iter = ba_iter;
    ByteArrayType.new_instance = ba_new_instance;
    ByteArrayType.init = ba_init;
    bytes_add_methods(ByteArrayType);
    add_methods(ByteArrayType, {
                                   {"append", ba_append},
                                   {"extend", ba_extend},
                                   {"insert", ba_insert},
                                   {"pop", ba_pop},
                                   {"remove", ba_remove},
                                   {"reverse", ba_reverse},
                                   {"clear", ba_clear},
                                   {"copy", ba_copy},
                                   {"__alloc__", ba_alloc},
                                   {"__sizeof__", ba_sizeof},
                                   {"__reduce__", ba_reduce},
                                   {"__reduce_ex__", ba_reduce_ex},
                               });
    type_ready(ByteArrayType);

    init_seq_iter_type(ByteArrayIterType, "bytearray_iterator", iter_next_byte, iter_length_hint);
}

}  // namespace minipy
