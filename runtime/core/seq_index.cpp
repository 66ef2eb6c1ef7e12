// Index conversions with CPython's clipping and messages (see seq_index.hpp).
#include "runtime/core/seq_index.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/singletons.hpp"

#include <limits>

namespace minipy {

bool index_check(const Object* o) { return is_int(o) || o->type->to_index != nullptr; }

// The value of an int, or where it lies beyond int64 (-1 below, +1 above).
static int int_value(const Int* i, std::int64_t& out) {
    if (int_is_small(i)) {
        out = i->small;
        return 0;
    }
    if (std::optional<std::int64_t> v = int_to_i64(i)) {
        out = *v;
        return 0;
    }
    return int_sign(i) < 0 ? -1 : 1;
}

// operator.index(o) without a new reference for the common int case.
static bool index_value(Object* o, std::int64_t& out, int& overflow) {
    if (is_int(o)) {
        overflow = int_value(cast<Int>(o), out);
        return true;
    }
    Ref<> v = number_index(o);
    if (!v) return false;
    overflow = int_value(cast<Int>(v.get()), out);
    return true;
}

bool index_clamped(Object* o, std::int64_t& out) {
    int overflow = 0;
    if (!index_value(o, out, overflow)) return false;
    if (overflow < 0) out = std::numeric_limits<std::int64_t>::min();
    if (overflow > 0) out = std::numeric_limits<std::int64_t>::max();
    return true;
}

// PyNumber_AsSsize_t(o, error): an index too large for int64 raises `error`.
static bool index_or_raise(Object* o, std::int64_t& out, Type* error) {
    int overflow = 0;
    if (!index_value(o, out, overflow)) return false;
    if (overflow != 0) {
        raisef(error, "cannot fit '{}' into an index-sized integer", type_name(o));
        return false;
    }
    return true;
}

bool index_for_subscript(Object* o, std::int64_t& out) { return index_or_raise(o, out, exc::IndexError); }

bool repeat_count(Object* count, std::int64_t& n) { return index_or_raise(count, n, exc::OverflowError); }

bool sequence_repeat_count(Object* count, std::int64_t& n) {
    if (!index_check(count)) {
        raisef(exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(count));
        return false;
    }
    if (!repeat_count(count, n)) return false;
    if (n < 0) n = 0;
    return true;
}

bool slice_index(Object* v, std::int64_t& out) {
    if (v == None) return true;
    if (!index_check(v)) {
        raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return index_clamped(v, out);
}

bool slice_index_not_none(Object* v, std::int64_t& out) {
    if (!index_check(v)) {
        raise(exc::TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return index_clamped(v, out);
}

}  // namespace minipy
