// The named methods of array.array (CPython 3.11's Modules/arraymodule.c):
// append, extend, insert, pop, remove, index, count, reverse, tolist,
// fromlist, tobytes, frombytes, byteswap, buffer_info, tounicode,
// fromunicode, __copy__ and __deepcopy__, with CPython's messages.
#include "runtime/modules/array.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

namespace minipy {

namespace {

Array* as_array(Object* o) { return cast<Array>(o); }

// Inserts `value` before item i (clamped as list.insert clamps), converting
// it first so that a bad value leaves the array unchanged (CPython's ins1).
bool insert_at(Array* a, std::int64_t i, Object* value) {
    const std::int64_t n = a->size;
    if (i < 0) i = std::max<std::int64_t>(i + n, 0);
    if (i > n) i = n;
    alignas(8) char item[8];
    if (!array_store(a->descr->code, item, value)) return false;
    if (!array_resize(a, n + 1)) return false;
    const std::int64_t w = a->descr->itemsize;
    std::memmove(a->items + (i + 1) * w, a->items + i * w, static_cast<std::size_t>((n - i) * w));
    std::memcpy(a->items + i * w, item, static_cast<std::size_t>(w));
    return true;
}

Ref<> array_append(Object* self, const Args& args) {
    if (!check_one_arg("array.append", args)) return nullptr;
    Array* a = as_array(self);
    if (!insert_at(a, a->size, args[0])) return nullptr;
    return none();
}

// insert(i, x, /)
Ref<> array_insert(Object* self, const Args& args) {
    if (!check_no_keywords("insert", args) || !check_arg_range("insert", args, 2, 2)) return nullptr;
    std::int64_t i;
    if (!index_clamped(args[0], i)) return nullptr;
    if (!insert_at(as_array(self), i, args[1])) return nullptr;
    return none();
}

Ref<> array_extend(Object* self, const Args& args) {
    if (!check_one_arg("array.extend", args)) return nullptr;
    Array* a = as_array(self);
    Object* other = args[0];
    if (is_array(other)) {
        if (as_array(other)->descr != a->descr) return raise(exc::TypeError, "can only extend with array of same kind");
        if (!array_extend_array(a, as_array(other))) return nullptr;
        return none();
    }
    if (!array_extend_iterable(a, other)) return nullptr;
    return none();
}

// pop(i=-1, /)
Ref<> array_pop(Object* self, const Args& args) {
    if (!check_no_keywords("pop", args) || !check_arg_range("pop", args, 0, 1)) return nullptr;
    Array* a = as_array(self);
    std::int64_t i = -1;
    if (args.size() > 0 && !index_clamped(args[0], i)) return nullptr;
    if (a->size == 0) return raise(exc::IndexError, "pop from empty array");
    if (i < 0) i += a->size;
    if (i < 0 || i >= a->size) return raise(exc::IndexError, "pop index out of range");
    Ref<> item = array_get(a, i);
    if (!array_delete_range(a, i, i + 1)) return nullptr;
    return item;
}

// The first index in [start, stop) whose item equals `value`; -1 when
// none does, -2 on error.
std::int64_t find(Array* a, Object* value, std::int64_t start, std::int64_t stop) {
    for (std::int64_t i = start; i < stop && i < a->size; ++i) {
        Ref<> item = array_get(a, i);
        int k = compare_bool(item.get(), value, CompareOp::Eq);
        if (k < 0) return -2;
        if (k) return i;
    }
    return -1;
}

Ref<> array_remove(Object* self, const Args& args) {
    if (!check_one_arg("array.remove", args)) return nullptr;
    Array* a = as_array(self);
    std::int64_t i = find(a, args[0], 0, a->size);
    if (i == -2) return nullptr;
    if (i < 0) return raise(exc::ValueError, "array.remove(x): x not in array");
    if (!array_delete_range(a, i, i + 1)) return nullptr;
    return none();
}

// index(x, start=0, stop=sys.maxsize, /)
Ref<> array_index(Object* self, const Args& args) {
    if (!check_no_keywords("index", args) || !check_arg_range("index", args, 1, 3)) return nullptr;
    Array* a = as_array(self);
    std::int64_t start = 0, stop = std::numeric_limits<std::int64_t>::max();
    if (args.size() > 1 && !slice_index_not_none(args[1], start)) return nullptr;
    if (args.size() > 2 && !slice_index_not_none(args[2], stop)) return nullptr;
    if (start < 0) start = std::max<std::int64_t>(start + a->size, 0);
    if (stop < 0) stop = std::max<std::int64_t>(stop + a->size, 0);
    std::int64_t i = find(a, args[0], start, stop);
    if (i == -2) return nullptr;
    if (i < 0) return raise(exc::ValueError, "array.index(x): x not in array");
    return int_from(i);
}

Ref<> array_count(Object* self, const Args& args) {
    if (!check_one_arg("array.count", args)) return nullptr;
    Array* a = as_array(self);
    std::int64_t n = 0;
    for (std::int64_t i = 0; i < a->size; ++i) {
        Ref<> item = array_get(a, i);
        int k = compare_bool(item.get(), args[0], CompareOp::Eq);
        if (k < 0) return nullptr;
        n += k;
    }
    return int_from(n);
}

Ref<> array_reverse(Object* self, const Args& args) {
    if (!check_no_args("array.reverse", args)) return nullptr;
    Array* a = as_array(self);
    const std::int64_t w = a->descr->itemsize;
    char tmp[8];
    for (std::int64_t i = 0, j = a->size - 1; i < j; ++i, --j) {
        std::memcpy(tmp, a->items + i * w, static_cast<std::size_t>(w));
        std::memcpy(a->items + i * w, a->items + j * w, static_cast<std::size_t>(w));
        std::memcpy(a->items + j * w, tmp, static_cast<std::size_t>(w));
    }
    return none();
}

Ref<> array_tolist(Object* self, const Args& args) {
    if (!check_no_args("array.tolist", args)) return nullptr;
    Array* a = as_array(self);
    Ref<List> list = list_new(a->size);
    if (!list) return nullptr;
    for (std::int64_t i = 0; i < a->size; ++i) {
        Ref<> item = array_get(a, i);
        if (!item || !list_append(list.get(), item.get())) return nullptr;
    }
    return list;
}

// fromlist(list, /): all or nothing.
Ref<> array_fromlist(Object* self, const Args& args) {
    if (!check_one_arg("array.fromlist", args)) return nullptr;
    if (!is_list(args[0])) return raise(exc::TypeError, "arg must be list");
    Array* a = as_array(self);
    List* list = cast<List>(args[0]);
    const std::int64_t old = a->size, n = list->size;
    if (n == 0) return none();
    if (!array_resize(a, old + n)) return nullptr;
    for (std::int64_t i = 0; i < n; ++i) {
        if (i >= list->size || !array_set(a, old + i, list->items[i])) {
            (void)array_resize(a, old);  // a shrink back, which keeps the block: cannot fail
            if (!error_pending()) raise(exc::RuntimeError, "list changed size during iteration");
            return nullptr;
        }
    }
    return none();
}

Ref<> array_tobytes(Object* self, const Args& args) {
    if (!check_no_args("array.tobytes", args)) return nullptr;
    Array* a = as_array(self);
    return bytes_from(std::string_view(a->items ? a->items : "", static_cast<std::size_t>(a->size * a->descr->itemsize)));
}

Ref<> array_frombytes(Object* self, const Args& args) {
    if (!check_one_arg("array.frombytes", args)) return nullptr;
    Array* a = as_array(self);
    std::string_view data;
    char* raw;
    std::int64_t raw_size;
    if (is_bytes(args[0])) {
        data = cast<Bytes>(args[0])->view();
    } else if (array_buffer(args[0], raw, raw_size)) {
        data = std::string_view(raw, static_cast<std::size_t>(raw_size));
    } else {
        return raisef(exc::TypeError, "a bytes-like object is required, not '{}'", type_name(args[0]));
    }
    if (data.size() % static_cast<std::size_t>(a->descr->itemsize) != 0)
        return raise(exc::ValueError, "bytes length not a multiple of item size");
    if (!array_append_bytes(a, data.data(), static_cast<std::int64_t>(data.size()))) return nullptr;
    return none();
}

Ref<> array_byteswap(Object* self, const Args& args) {
    if (!check_no_args("array.byteswap", args)) return nullptr;
    Array* a = as_array(self);
    const std::int64_t w = a->descr->itemsize;
    for (std::int64_t i = 0; i < a->size; ++i) std::reverse(a->items + i * w, a->items + (i + 1) * w);
    return none();
}

Ref<> array_buffer_info(Object* self, const Args& args) {
    if (!check_no_args("array.buffer_info", args)) return nullptr;
    Array* a = as_array(self);
    Ref<> address = int_from(static_cast<std::int64_t>(reinterpret_cast<std::intptr_t>(a->items)));
    Ref<> size = int_from(a->size);
    return tuple_from({address.get(), size.get()});
}

Ref<> array_tounicode(Object* self, const Args& args) {
    if (!check_no_args("array.tounicode", args)) return nullptr;
    Array* a = as_array(self);
    if (a->descr->code != 'u') return raise(exc::ValueError, "tounicode() may only be called on unicode type arrays");
    return str_from_ucs4(reinterpret_cast<const std::uint32_t*>(a->items), static_cast<std::size_t>(a->size));
}

Ref<> array_fromunicode(Object* self, const Args& args) {
    if (!check_one_arg("array.fromunicode", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "fromunicode() argument must be str, not {}", type_name(args[0]));
    Array* a = as_array(self);
    if (a->descr->code != 'u')
        return raise(exc::ValueError, "fromunicode() may only be called on unicode type arrays");
    Str* s = cast<Str>(args[0]);
    const std::int64_t old = a->size;
    if (!array_resize(a, old + s->length)) return nullptr;
    for (std::int64_t i = 0; i < s->length; ++i) {
        const std::uint32_t cp = s->at(i);
        std::memcpy(a->items + (old + i) * 4, &cp, 4);
    }
    return none();
}

// A copy of the same type (__copy__ and __deepcopy__: the items are numbers).
Ref<> copy_of(Array* a) {
    Ref<Array> r = array_new_exact(a->type, a->descr, a->size);
    if (!r) return nullptr;
    if (a->size) std::memcpy(r->items, a->items, static_cast<std::size_t>(a->size * a->descr->itemsize));
    return r;
}

Ref<> array_copy(Object* self, const Args& args) {
    if (!check_no_args("array.__copy__", args)) return nullptr;
    return copy_of(as_array(self));
}

Ref<> array_deepcopy(Object* self, const Args& args) {
    if (!check_one_arg("array.__deepcopy__", args)) return nullptr;
    return copy_of(as_array(self));
}

}  // namespace

void array_add_methods(Type& type) {
    add_methods(type, {
                          {"append", array_append},
                          {"extend", array_extend},
                          {"insert", array_insert},
                          {"pop", array_pop},
                          {"remove", array_remove},
                          {"index", array_index},
                          {"count", array_count},
                          {"reverse", array_reverse},
                          {"tolist", array_tolist},
                          {"fromlist", array_fromlist},
                          {"tobytes", array_tobytes},
                          {"frombytes", array_frombytes},
                          {"byteswap", array_byteswap},
                          {"buffer_info", array_buffer_info},
                          {"tounicode", array_tounicode},
                          {"fromunicode", array_fromunicode},
                          {"__copy__", array_copy},
                          {"__deepcopy__", array_deepcopy},
                      });
}

}  // namespace minipy
