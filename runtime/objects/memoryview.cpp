// memoryview: construction, items by struct format, slicing into new views,
// assignment through writable views, comparison, hashing, release and the
// context manager, following CPython 3.11's Objects/memoryobject.c for one
// dimension (messages included).
#include "runtime/objects/memoryview.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/modules/array.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"

#include <gmp.h>

#include <cstring>
#include <limits>
#include <string>

namespace minipy {

Type MemoryViewType;

namespace {

Type MemoryIterType;

MemoryView* as_mv(Object* o) { return cast<MemoryView>(o); }

Ref<> released_error() { return raise(exc::ValueError, "operation forbidden on released memoryview object"); }

bool check_live(MemoryView* v) {
    if (v->released) {
        (void)released_error();
        return false;
    }
    return true;
}

// CPython's _PyManagedBufferObject: the one holder of an exporter's buffer
// that every view made from the first one shares (slices, casts,
// memoryview(view)). It owns the exporter and one export of it until the
// last of its views is released, so `sys.getrefcount(ba)` grows by one per
// memoryview(ba) call, not per slice, and `gc.get_referents(view)` is
// [managedbuffer], as in CPython.
struct ManagedBuffer : Object {
    Object* obj = nullptr;   // owned: the exporter; null once released
    std::int64_t views = 0;  // views of it not yet released
};

Type ManagedBufferType;

void mbuf_release(ManagedBuffer* m) {
    if (!m->obj) return;
    buffer_export(m->obj, -1);
    clear_slot(m->obj);
}
void mbuf_clear(Object* o) { mbuf_release(cast<ManagedBuffer>(o)); }
void mbuf_destroy(Object* o) {
    mbuf_clear(o);
    delete_object(cast<ManagedBuffer>(o));
}
void mbuf_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<ManagedBuffer>(o)->obj, visit, arg); }

Ref<ManagedBuffer> mbuf_new(Object* exporter) {
    auto m = new_object<ManagedBuffer>(&ManagedBufferType);
    set_slot(m->obj, exporter);
    buffer_export(exporter, +1);
    gc_track(m.get());
    return m;
}

Object* exporter_of(MemoryView* v) { return cast<ManagedBuffer>(v->mbuf)->obj; }

// _memory_release: the view stops using the buffer; the managed buffer lets
// the exporter go once no view uses it.
void release_view(MemoryView* v) {
    if (v->released) return;
    v->released = true;
    if (!v->mbuf) return;
    auto* m = cast<ManagedBuffer>(v->mbuf);
    if (--m->views == 0) mbuf_release(m);
}

// A new view on a managed buffer; the caller sets the geometry.
Ref<MemoryView> new_view(Object* mbuf) {
    auto v = new_object<MemoryView>(&MemoryViewType);
    set_slot(v->mbuf, mbuf);
    ++cast<ManagedBuffer>(mbuf)->views;
    gc_track(v.get());
    return v;
}

// The item size of a struct format letter the views read; 0 when unknown.
std::int64_t format_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

template <class T>
void store(char* p, T v) {
    std::memcpy(p, &v, sizeof v);
}

// unpack_single: the item at `p` as a Python object; the letters an
// array.array uses read as the array reads them.
Ref<> unpack(char format, const char* p) {
    switch (format) {
    case 'c': return bytes_from(std::string_view(p, 1));
    case '?': return bool_from(*p != 0);
    case 'n': return array_load('q', p);
    case 'N': case 'P': return array_load('Q', p);
    default: return array_load(format, p);
    }
}

bool invalid_value(char format) {
    raisef(exc::ValueError, "memoryview: invalid value for format '{}'", format);
    return false;
}
bool invalid_type(char format) {
    raisef(exc::TypeError, "memoryview: invalid type for format '{}'", format);
    return false;
}

// pack_single: `value` converted into the item at `p`.
bool pack(char format, char* p, Object* value) {
    if (format == 'f' || format == 'd') {
        if (!is_float(value) && !is_int(value) && !value->type->to_float && !value->type->to_index)
            return invalid_type(format);
        double d;
        if (!to_double(value, d)) return false;
        if (format == 'f') store(p, static_cast<float>(d));
        else store(p, d);
        return true;
    }
    if (format == 'c') {
        if (!is_bytes(value)) return invalid_type(format);
        if (cast<Bytes>(value)->size != 1) return invalid_value(format);
        *p = cast<Bytes>(value)->data()[0];
        return true;
    }
    if (format == '?') {
        const int truth = is_true(value);
        if (truth < 0) return false;
        *p = static_cast<char>(truth);
        return true;
    }
    if (!index_check(value)) return invalid_type(format);
    Ref<> index = number_index(value);
    if (!index) return false;
    const Int* i = cast<Int>(index.get());
    const bool is_unsigned = format == 'B' || format == 'H' || format == 'I' || format == 'L' || format == 'Q' ||
                             format == 'N' || format == 'P';
    if (is_unsigned && format_size(format) == 8) {
        if (int_sign(i) < 0) return invalid_value(format);
        auto v = int_to_i64(i);
        if (v) {
            store(p, static_cast<std::uint64_t>(*v));
            return true;
        }
        // 2**63 .. 2**64-1: through GMP.
        Ref<> text = repr(index.get());
        if (!text) return false;
        mpz_t z;
        mpz_init_set_str(z, std::string(cast<Str>(text.get())->view()).c_str(), 10);
        const bool fits = mpz_sizeinbase(z, 2) <= 64;
        const std::uint64_t u = fits ? mpz_get_ui(z) : 0;
        mpz_clear(z);
        if (!fits) return invalid_value(format);
        store(p, u);
        return true;
    }
    auto v = int_to_i64(i);
    if (!v) return invalid_value(format);
    const std::int64_t x = *v;
    auto in = [&](std::int64_t lo, std::int64_t hi) { return x >= lo && x <= hi; };
    switch (format) {
    case 'B': if (!in(0, 255)) return invalid_value(format); store(p, static_cast<unsigned char>(x)); return true;
    case 'b': if (!in(-128, 127)) return invalid_value(format); store(p, static_cast<signed char>(x)); return true;
    case 'h': if (!in(-32768, 32767)) return invalid_value(format); store(p, static_cast<short>(x)); return true;
    case 'H': if (!in(0, 65535)) return invalid_value(format); store(p, static_cast<unsigned short>(x)); return true;
    case 'i':
        if (!in(std::numeric_limits<int>::min(), std::numeric_limits<int>::max())) return invalid_value(format);
        store(p, static_cast<int>(x));
        return true;
    case 'I':
        if (!in(0, std::numeric_limits<unsigned int>::max())) return invalid_value(format);
        store(p, static_cast<unsigned int>(x));
        return true;
    default: store(p, x); return true;  // l q n
    }
}

std::int64_t item_count(MemoryView* v) { return v->length; }

}  // namespace

Object* memoryview_exporter(Object* view) {
    MemoryView* v = as_mv(view);
    return v->released || !v->mbuf ? nullptr : exporter_of(v);
}

bool memoryview_buffer(Object* o, BufferView& out) {
    MemoryView* v = as_mv(o);
    if (!check_live(v)) return false;
    BufferView base;
    if (buffer_get(exporter_of(v), base) <= 0) return false;
    const std::int64_t base_bytes = base.nbytes();
    if (v->length > 0) {
        const std::int64_t first = v->offset;
        const std::int64_t last = v->offset + (v->length - 1) * v->step;
        if (std::min(first, last) < 0 || std::max(first, last) + v->itemsize > base_bytes) {
            // Cannot happen while exports hold the exporter's size; kept as a guard.
            raise(exc::BufferError, "memoryview: underlying buffer was resized");
            return false;
        }
    }
    out.data = base.data + v->offset;
    out.len = v->length;
    out.step = v->step;
    out.itemsize = v->itemsize;
    out.format = v->format;
    out.readonly = v->readonly;
    return true;
}

namespace {

// ------------------------------------------------------------ construction

// memoryview(object): the whole buffer of a bytes-like object.
Ref<> mv_new_instance(Type*, const Args& args) {
    static const ArgSpec spec{"memoryview", {"object"}, 1};
    Object* a[1] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    Object* x = a[0];
    if (is_memoryview(x)) {
        MemoryView* src = as_mv(x);
        if (!check_live(src)) return nullptr;
        Ref<MemoryView> v = new_view(src->mbuf);
        v->offset = src->offset, v->length = src->length, v->step = src->step;
        v->itemsize = src->itemsize, v->format = src->format, v->readonly = src->readonly;
        v->format_at = src->format_at;
        return v;
    }
    BufferView base;
    const int got = buffer_get(x, base);
    if (got < 0) return nullptr;
    if (got == 0) return raisef(exc::TypeError, "memoryview: a bytes-like object is required, not '{}'", type_name(x));
    Ref<ManagedBuffer> mbuf = mbuf_new(x);
    Ref<MemoryView> v = new_view(mbuf.get());
    v->length = base.len;
    v->step = base.step;
    v->itemsize = base.itemsize;
    v->format = base.format;
    v->readonly = base.readonly;
    return v;
}

// ---------------------------------------------------------------- the slots

void mv_clear(Object* o) {
    release_view(as_mv(o));
    clear_slot(as_mv(o)->mbuf);
}
void mv_destroy(Object* o) {
    mv_clear(o);
    delete_object(as_mv(o));
}
void mv_traverse(Object* o, VisitFn visit, void* arg) { visit_field(as_mv(o)->mbuf, visit, arg); }

Ref<> mv_repr(Object* o) {
    return str_from(fmt::format("<{}memory at {:#x}>", as_mv(o)->released ? "released " : "",
                                reinterpret_cast<std::uintptr_t>(o)));
}

std::int64_t mv_length(Object* o) {
    if (!check_live(as_mv(o))) return -1;
    return item_count(as_mv(o));
}

Ref<> mv_getitem(Object* o, Object* key) {
    MemoryView* v = as_mv(o);
    if (!check_live(v)) return nullptr;
    if (index_check(key)) {
        std::int64_t i;
        if (!index_for_subscript(key, i)) return nullptr;
        if (i < 0) i += v->length;
        if (i < 0 || i >= v->length) return raise(exc::IndexError, "index out of bounds on dimension 1");
        BufferView b;
        if (!memoryview_buffer(o, b)) return nullptr;
        if (format_size(v->format) == 0)
            return raisef(exc::NotImplementedError, "memoryview: format {} not supported", v->format);
        return unpack(v->format, b.data + i * b.step);
    }
    if (key->type == &SliceType) {
        std::int64_t start, stop, step, count;
        if (!slice_indices(cast<Slice>(key), v->length, start, stop, step, count)) return nullptr;
        Ref<MemoryView> s = new_view(v->mbuf);
        s->offset = v->offset + start * v->step;
        s->length = count > 0 ? count : 0;
        s->step = v->step * step;
        s->itemsize = v->itemsize, s->format = v->format, s->readonly = v->readonly;
        s->format_at = v->format_at;
        return s;
    }
    if (is_tuple(key) && cast<Tuple>(key)->size == 0)
        return raise(exc::NotImplementedError, "sub-views are not implemented");
    return raise(exc::TypeError, "memoryview: invalid slice key");
}

int mv_setitem(Object* o, Object* key, Object* value) {
    MemoryView* v = as_mv(o);
    if (!check_live(v)) return -1;
    if (v->readonly) {
        raise(exc::TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        raise(exc::TypeError, "cannot delete memory");
        return -1;
    }
    if (index_check(key)) {
        std::int64_t i;
        if (!index_for_subscript(key, i)) return -1;
        if (i < 0) i += v->length;
        if (i < 0 || i >= v->length) {
            raise(exc::IndexError, "index out of bounds on dimension 1");
            return -1;
        }
        // The value is converted first, into a scratch item: converting it may run Python code.
        char item[8] = {};
        if (!pack(v->format, item, value)) return -1;
        BufferView b;
        if (!memoryview_buffer(o, b)) return -1;
        std::memcpy(b.data + i * b.step, item, static_cast<std::size_t>(v->itemsize));
        return 0;
    }
    if (key->type != &SliceType) {
        raise(exc::TypeError, "memoryview: invalid slice key");
        return -1;
    }
    std::int64_t start, stop, step, count;
    if (!slice_indices(cast<Slice>(key), v->length, start, stop, step, count)) return -1;
    BufferView src;
    const int got = buffer_get(value, src);
    if (got < 0) return -1;
    if (got == 0) {
        raisef(exc::TypeError, "a bytes-like object is required, not '{}'", type_name(value));
        return -1;
    }
    if (src.format != v->format || src.itemsize != v->itemsize || src.len != std::max<std::int64_t>(count, 0)) {
        raise(exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    // Gathered first: source and destination may overlap (the same bytearray).
    std::string items;
    for (std::int64_t i = 0; i < src.len; ++i) items.append(src.data + i * src.step, static_cast<std::size_t>(src.itemsize));
    BufferView b;
    if (!memoryview_buffer(o, b)) return -1;
    for (std::int64_t i = 0; i < src.len; ++i)
        std::memcpy(b.data + (start + i * step) * b.step, items.data() + i * src.itemsize,
                    static_cast<std::size_t>(src.itemsize));
    return 0;
}

// The items of a buffer as Python objects, for comparisons across formats.
bool unpack_all(const BufferView& b, std::vector<Ref<>>& out) {
    if (format_size(b.format) == 0) {
        raisef(exc::NotImplementedError, "memoryview: format {} not supported", b.format);
        return false;
    }
    for (std::int64_t i = 0; i < b.len; ++i) {
        Ref<> item = unpack(b.format, b.data + i * b.step);
        if (!item) return false;
        out.push_back(std::move(item));
    }
    return true;
}

// memory_richcompare: == and != only, item by item as values, so views of
// different formats with equal values are equal; a released view equals
// only itself.
Ref<> mv_compare(Object* a, Object* b, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return not_implemented();
    if (!is_memoryview(a)) std::swap(a, b);
    bool equal = false;
    if (as_mv(a)->released || (is_memoryview(b) && as_mv(b)->released)) {
        equal = a == b;
    } else {
        BufferView x, y;
        if (!memoryview_buffer(a, x)) return nullptr;
        const int got = buffer_get(b, y);
        if (got < 0) return nullptr;
        if (got == 0) return not_implemented();
        if (x.len != y.len) {
            equal = false;
        } else if (x.format == y.format && x.itemsize == y.itemsize && x.format != 'f' && x.format != 'd') {
            equal = true;
            for (std::int64_t i = 0; i < x.len && equal; ++i)
                equal = std::memcmp(x.data + i * x.step, y.data + i * y.step, static_cast<std::size_t>(x.itemsize)) == 0;
        } else {
            std::vector<Ref<>> xs, ys;
            if (!unpack_all(x, xs) || !unpack_all(y, ys)) return nullptr;
            equal = true;
            for (std::size_t i = 0; i < xs.size() && equal; ++i) {
                const int same = equals(xs[i].get(), ys[i].get());
                if (same < 0) return nullptr;
                equal = same == 1;
            }
        }
    }
    return bool_from(op == CompareOp::Eq ? equal : !equal);
}

std::string gather(const BufferView& b) {
    std::string out;
    out.reserve(static_cast<std::size_t>(b.nbytes()));
    for (std::int64_t i = 0; i < b.len; ++i) out.append(b.data + i * b.step, static_cast<std::size_t>(b.itemsize));
    return out;
}

// memory_hash: read-only byte views hash as the bytes they hold.
std::int64_t mv_hash(Object* o) {
    MemoryView* v = as_mv(o);
    if (v->hash != -1) return v->hash;
    if (!check_live(v)) return -1;
    if (!v->readonly) {
        raise(exc::ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (v->format != 'B' && v->format != 'b' && v->format != 'c') {
        raise(exc::ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    BufferView b;
    if (!memoryview_buffer(o, b)) return -1;
    v->hash = hash_text(gather(b));
    return v->hash;
}

// ------------------------------------------------------------------ methods

Ref<> mv_tobytes(Object* self, const Args& args) {
    static const ArgSpec spec{"tobytes", {"order"}, 0};
    Object* a[1] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    // One dimension: every order gives the same bytes; the argument is only checked.
    if (a[0] && a[0] != None) {
        if (!is_str(a[0]))
            return raisef(exc::TypeError, "tobytes() argument 'order' must be str or None, not {}", arg_type_name(a[0]));
        const std::string_view order = cast<Str>(a[0])->view();
        if (order != "C" && order != "F" && order != "A") return raise(exc::ValueError, "order must be 'C', 'F' or 'A'");
    }
    BufferView b;
    if (!memoryview_buffer(self, b)) return nullptr;
    return bytes_from(gather(b));
}

Ref<> mv_tolist(Object* self, const Args& args) {
    if (!check_no_args("memoryview.tolist", args)) return nullptr;
    BufferView b;
    if (!memoryview_buffer(self, b)) return nullptr;
    std::vector<Ref<>> items;
    if (!unpack_all(b, items)) return nullptr;
    Ref<List> out = list_new();
    for (Ref<>& item : items)
        if (!list_append(out.get(), item.get())) return nullptr;
    return out;
}

// hex(sep, bytes_per_sep): bytes.hex of the view's bytes.
Ref<> mv_hex(Object* self, const Args& args) {
    BufferView b;
    if (!memoryview_buffer(self, b)) return nullptr;
    Ref<Bytes> raw = bytes_from(gather(b));
    Ref<> method = getattr(raw.get(), "hex");
    if (!method) return nullptr;
    return call(method.get(), args);
}

Ref<> mv_release(Object* self, const Args& args) {
    if (!check_no_args("memoryview.release", args)) return nullptr;
    release_view(as_mv(self));
    return none();
}

Ref<> mv_enter(Object* self, const Args& args) {
    if (!check_no_args("memoryview.__enter__", args)) return nullptr;
    if (!check_live(as_mv(self))) return nullptr;
    return share(self);
}

Ref<> mv_exit(Object* self, const Args&) {
    release_view(as_mv(self));
    return none();
}

Ref<> mv_toreadonly(Object* self, const Args& args) {
    if (!check_no_args("memoryview.toreadonly", args)) return nullptr;
    MemoryView* v = as_mv(self);
    if (!check_live(v)) return nullptr;
    Ref<MemoryView> r = new_view(v->mbuf);
    r->offset = v->offset, r->length = v->length, r->step = v->step;
    r->itemsize = v->itemsize, r->format = v->format, r->readonly = true;
    r->format_at = v->format_at;
    return r;
}

// cast(format): one dimension to one dimension, through a byte format.
Ref<> mv_cast(Object* self, const Args& args) {
    static const ArgSpec spec{"cast", {"format", "shape"}, 1};
    Object* a[2] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    MemoryView* v = as_mv(self);
    if (!check_live(v)) return nullptr;
    if (!is_str(a[0])) return raisef(exc::TypeError, "cast() argument 'format' must be str, not {}", arg_type_name(a[0]));
    if (a[1]) return raise(exc::NotImplementedError, "memoryview: cast with a shape is not supported by minipy");
    std::string_view f = cast<Str>(a[0])->view();
    const bool at = f.size() == 2 && f[0] == '@';
    if (at) f.remove_prefix(1);
    const std::int64_t size = f.size() == 1 ? format_size(f[0]) : 0;
    if (size == 0)
        return raise(exc::ValueError, "memoryview: destination format must be a native single character "
                                      "format prefixed with an optional '@'");
    if (v->step != v->itemsize) return raise(exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
    auto is_byte_format = [](char c) { return c == 'B' || c == 'b' || c == 'c'; };
    if (!is_byte_format(f[0]) && !is_byte_format(v->format))
        return raise(exc::TypeError, "memoryview: cannot cast between two non-byte formats");
    const std::int64_t nbytes = v->length * v->itemsize;
    if (nbytes % size != 0) return raise(exc::TypeError, "memoryview: length is not a multiple of itemsize");
    Ref<MemoryView> r = new_view(v->mbuf);
    r->offset = v->offset, r->length = nbytes / size, r->step = size;
    r->itemsize = size, r->format = f[0], r->readonly = v->readonly;
    r->format_at = at;
    return r;
}

// ---------------------------------------------------------------- getters

template <class F>
Ref<> live_get(Object* self, F get) {
    MemoryView* v = as_mv(self);
    if (!check_live(v)) return nullptr;
    return get(v);
}

Ref<> get_obj(Object* s) { return live_get(s, [](MemoryView* v) -> Ref<> { return share(exporter_of(v)); }); }
Ref<> get_nbytes(Object* s) { return live_get(s, [](MemoryView* v) -> Ref<> { return int_from(v->length * v->itemsize); }); }
Ref<> get_readonly(Object* s) { return live_get(s, [](MemoryView* v) { return bool_from(v->readonly); }); }
Ref<> get_itemsize(Object* s) { return live_get(s, [](MemoryView* v) -> Ref<> { return int_from(v->itemsize); }); }
Ref<> get_format(Object* s) {
    return live_get(s, [](MemoryView* v) -> Ref<> {
        const char text[2] = {'@', v->format};
        return str_from(v->format_at ? std::string_view(text, 2) : std::string_view(text + 1, 1));
    });
}
Ref<> get_ndim(Object* s) { return live_get(s, [](MemoryView*) -> Ref<> { return int_from(1); }); }
Ref<> get_shape(Object* s) {
    return live_get(s, [](MemoryView* v) -> Ref<> {
        Ref<> n = int_from(v->length);
        return tuple_from({n.get()});
    });
}
Ref<> get_strides(Object* s) {
    return live_get(s, [](MemoryView* v) -> Ref<> {
        Ref<> n = int_from(v->step);
        return tuple_from({n.get()});
    });
}
Ref<> get_suboffsets(Object* s) { return live_get(s, [](MemoryView*) -> Ref<> { return tuple_from({}); }); }
Ref<> get_contiguous(Object* s) {
    return live_get(s, [](MemoryView* v) { return bool_from(v->step == v->itemsize || v->length <= 1); });
}

std::size_t mv_size_of(Object*) { return 168; }  // CPython's object for one dimension

// ----------------------------------------------------------------- iterator

// A SeqIter over the view (iterators.hpp), reading it as it is at each step.
Ref<> iter_next_item(Object* o) {
    auto* it = cast<SeqIter>(o);
    if (!it->seq) return nullptr;
    MemoryView* v = as_mv(it->seq);
    if (!check_live(v)) return nullptr;
    if (it->index >= v->length) {
        clear_slot(it->seq);
        return nullptr;
    }
    BufferView b;
    if (!memoryview_buffer(v, b)) return nullptr;
    return unpack(b.format, b.data + (it->index++) * b.step);
}

Ref<> mv_iter(Object* o) {
    MemoryView* v = as_mv(o);
    if (!check_live(v)) return nullptr;
    if (format_size(v->format) == 0)
        return raisef(exc::NotImplementedError, "memoryview: format {} not supported", v->format);
    return seq_iter_alloc(&MemoryIterType, o, 0);
}

}  // namespace

void memoryview_type_init() {
    type_init_builtin(ManagedBufferType, "managedbuffer", &ObjectType, sizeof(ManagedBuffer), type_flags::kHasGC);
    ManagedBufferType.destroy = mbuf_destroy;
    ManagedBufferType.traverse = mbuf_traverse;
    ManagedBufferType.clear = mbuf_clear;
    type_ready(ManagedBufferType);

    type_init_builtin(MemoryViewType, "memoryview", &ObjectType, sizeof(MemoryView), type_flags::kHasGC);
    MemoryViewType.weaklist_offset = offsetof(MemoryView, weakreflist);
    MemoryViewType.destroy = mv_destroy;
    MemoryViewType.traverse = mv_traverse;
    MemoryViewType.clear = mv_clear;
    MemoryViewType.size_of = mv_size_of;
    MemoryViewType.repr = mv_repr;
    MemoryViewType.hash = mv_hash;
    MemoryViewType.compare = mv_compare;
    MemoryViewType.length = mv_length;
    MemoryViewType.getitem = mv_getitem;
    MemoryViewType.setitem = mv_setitem;
    MemoryViewType.iter = mv_iter;
    MemoryViewType.new_instance = mv_new_instance;
    add_methods(MemoryViewType, {
                                    {"tobytes", mv_tobytes},
                                    {"tolist", mv_tolist},
                                    {"hex", mv_hex},
                                    {"release", mv_release},
                                    {"toreadonly", mv_toreadonly},
                                    {"cast", mv_cast},
                                    {"__enter__", mv_enter},
                                    {"__exit__", mv_exit},
                                });
    add_getsets(MemoryViewType, {
                                    {"obj", get_obj},
                                    {"nbytes", get_nbytes},
                                    {"readonly", get_readonly},
                                    {"itemsize", get_itemsize},
                                    {"format", get_format},
                                    {"ndim", get_ndim},
                                    {"shape", get_shape},
                                    {"strides", get_strides},
                                    {"suboffsets", get_suboffsets},
                                    {"contiguous", get_contiguous},
                                    {"c_contiguous", get_contiguous},
                                    {"f_contiguous", get_contiguous},
                                });
    type_ready(MemoryViewType);

    init_seq_iter_type(MemoryIterType, "memory_iterator", iter_next_item, nullptr);  // no __length_hint__, as CPython's
}

}  // namespace minipy
