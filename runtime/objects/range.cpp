// range: CPython 3.11's Objects/rangeobject.c. A range stores its start,
// stop, step and length as ints of any size; everything is computed from
// them on demand (indexing, slicing to a new range, O(1) membership of
// ints). The arithmetic takes a machine-integer path when all the values fit
// and uses exact GMP integers otherwise, so range(10**30) works everywhere
// except len(), which raises OverflowError as CPython's does. Its
// iterators, range_iterator and longrange_iterator, are here too.
#include "runtime/objects/range.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <limits>
#include <optional>
#include <string>

namespace minipy {

Type RangeType;
Type RangeIterType;
Type LongRangeIterType;

static constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
static constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

static Int* as_int(Object* o) { return cast<Int>(o); }

// The value of an int when it fits in int64.
static std::optional<std::int64_t> small_value(Object* o) {
    const Int* i = as_int(o);
    if (int_is_small(i)) return i->small;
    return int_to_i64(i);
}

static BigIndex mpz_of(Object* o) { return BigIndex(as_int(o)); }

static Ref<> int_from_i128(__int128 v) {
    if (v >= kMin && v <= kMax) return int_from(static_cast<std::int64_t>(v));
    // Only reached for values within 2**127; build them from two halves.
    const bool negative = v < 0;
    unsigned __int128 mag = negative ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    BigIndex result;
    mpz_set_ui(result.get(), static_cast<unsigned long>(mag >> 64));
    mpz_mul_2exp(result.get(), result.get(), 64);
    mpz_add_ui(result.get(), result.get(), static_cast<unsigned long>(mag & ~0UL));
    if (negative) mpz_neg(result.get(), result.get());
    return result.to_int();
}

// CPython's get_len_of_range for machine integers; exact in uint64.
static std::uint64_t len_of_range(std::int64_t lo, std::int64_t hi, std::int64_t step) {
    if (step > 0 && lo < hi)
        return 1 + (static_cast<std::uint64_t>(hi) - 1 - static_cast<std::uint64_t>(lo)) / static_cast<std::uint64_t>(step);
    if (step < 0 && lo > hi)
        return 1 + (static_cast<std::uint64_t>(lo) - 1 - static_cast<std::uint64_t>(hi)) /
                       (0 - static_cast<std::uint64_t>(step));
    return 0;
}

// The number of values: (hi - lo - 1) // step + 1 when non-empty.
static Ref<> compute_range_length(Object* start, Object* stop, Object* step) {
    auto s0 = small_value(start);
    auto s1 = small_value(stop);
    auto s2 = small_value(step);
    if (s0 && s1 && s2) {
        std::uint64_t n = len_of_range(*s0, *s1, *s2);
        if (n <= static_cast<std::uint64_t>(kMax)) return int_from(static_cast<std::int64_t>(n));
        return int_from_i128(static_cast<__int128>(n));
    }
    BigIndex lo = mpz_of(start), hi = mpz_of(stop), st = mpz_of(step);
    if (st.sign() < 0) {
        std::swap(lo, hi);
        mpz_neg(st.get(), st.get());
    }
    if (mpz_cmp(lo.get(), hi.get()) >= 0) return int_from(0);
    BigIndex n;
    mpz_sub(n.get(), hi.get(), lo.get());
    mpz_sub_ui(n.get(), n.get(), 1);
    mpz_fdiv_q(n.get(), n.get(), st.get());
    mpz_add_ui(n.get(), n.get(), 1);
    return n.to_int();
}

// Takes three exact ints (step non-zero).
static Ref<Range> make_range(Ref<> start, Ref<> stop, Ref<> step) {
    Ref<> length = compute_range_length(start.get(), stop.get(), step.get());
    if (!length) return nullptr;
    auto r = new_object<Range>(&RangeType);
    r->start = start.release();
    r->stop = stop.release();
    r->step = step.release();
    r->length = length.release();
    return r;
}

Ref<> range_new(std::int64_t start, std::int64_t stop, std::int64_t step) {
    return make_range(int_from(start), int_from(stop), int_from(step));
}

// operator.index(o) as an exact int (a bool becomes 0 or 1).
static Ref<> exact_index(Object* o) {
    if (is_exact_int(o)) return share(o);
    Ref<> i = number_index(o);
    if (!i || is_exact_int(i.get())) return i;
    return BigIndex(as_int(i.get())).to_int();
}

// start + i * step, for an exact int i.
static Ref<> compute_item(Range* r, Object* i) {
    auto s = small_value(r->start);
    auto st = small_value(r->step);
    auto n = small_value(i);
    if (s && st && n) return int_from_i128(static_cast<__int128>(*s) + static_cast<__int128>(*n) * *st);
    BigIndex result = mpz_of(i);
    mpz_mul(result.get(), result.get(), mpz_of(r->step).get());
    mpz_add(result.get(), result.get(), mpz_of(r->start).get());
    return result.to_int();
}

// r[i]: negative i counts from the end.
static Ref<> compute_range_item(Range* r, Object* index) {
    auto n = small_value(index);
    auto len = small_value(r->length);
    if (n && len) {
        std::int64_t i = *n < 0 ? *n + *len : *n;
        if (i < 0 || i >= *len) return raise(exc::IndexError, "range object index out of range");
        Ref<> pos = int_from(i);
        return compute_item(r, pos.get());
    }
    BigIndex i = mpz_of(index);
    BigIndex length = mpz_of(r->length);
    if (i.sign() < 0) mpz_add(i.get(), i.get(), length.get());
    if (i.sign() < 0 || mpz_cmp(i.get(), length.get()) >= 0)
        return raise(exc::IndexError, "range object index out of range");
    Ref<> pos = i.to_int();
    return compute_item(r, pos.get());
}

// r[i:j:k] is the range of the selected values.
static Ref<> compute_slice(Range* r, Slice* slice) {
    BigIndex start, stop, step;
    if (!slice_long_indices(slice, mpz_of(r->length), start, stop, step)) return nullptr;
    BigIndex substep = mpz_of(r->step);
    mpz_mul(substep.get(), substep.get(), step.get());
    Ref<> i = start.to_int();
    Ref<> j = stop.to_int();
    Ref<> substart = compute_item(r, i.get());
    Ref<> substop = compute_item(r, j.get());
    if (!substart || !substop) return nullptr;
    return make_range(std::move(substart), std::move(substop), substep.to_int());
}

// An exact int `ob` is in the range: bounds check, then the stride.
static int range_contains_long(Range* r, Object* ob) {
    BigIndex x = mpz_of(ob), start = mpz_of(r->start), stop = mpz_of(r->stop), step = mpz_of(r->step);
    if (step.sign() > 0) {
        if (mpz_cmp(start.get(), x.get()) > 0 || mpz_cmp(x.get(), stop.get()) >= 0) return 0;
    } else {
        if (mpz_cmp(x.get(), start.get()) > 0 || mpz_cmp(stop.get(), x.get()) >= 0) return 0;
    }
    mpz_sub(x.get(), x.get(), start.get());
    return mpz_divisible_p(x.get(), step.get()) != 0;
}

// The fast check when everything fits in machine integers.
static std::optional<int> range_contains_small(Range* r, Object* ob) {
    auto x = small_value(ob), start = small_value(r->start), stop = small_value(r->stop), step = small_value(r->step);
    if (!x || !start || !stop || !step) return std::nullopt;
    if (*step > 0 ? (*start > *x || *x >= *stop) : (*x > *start || *stop >= *x)) return 0;
    const __int128 diff = static_cast<__int128>(*x) - *start;
    return diff % *step == 0;
}

static bool is_int_or_bool(Object* o) { return is_exact_int(o) || is_bool(o); }

static int contains_int(Range* r, Object* ob) {
    if (auto quick = range_contains_small(r, ob)) return *quick;
    return range_contains_long(r, ob);
}

enum class SearchOp { Contains, Count, Index };

// CPython's _PySequence_IterSearch over the range: compares item == value.
static std::int64_t iter_search(Object* seq, Object* value, SearchOp op) {
    Ref<> it = get_iter(seq);
    if (!it) return -1;
    std::int64_t n = 0;
    for (std::int64_t i = 0;; ++i) {
        Ref<> item = iter_next(it.get());
        if (!item) {
            if (error_pending()) return -1;
            break;
        }
        int cmp = compare_bool(item.get(), value, CompareOp::Eq);
        if (cmp < 0) return -1;
        if (cmp > 0) {
            if (op == SearchOp::Contains) return 1;
            if (op == SearchOp::Index) return i;
            ++n;
        }
    }
    if (op == SearchOp::Index) {
        raise(exc::ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return n;
}

// ------------------------------------------------------------- range iterators

namespace {
// CPython 3.11's rangeiterobject: the value at `index` is start + index * step.
struct RangeIter : Object {
    std::int64_t index = 0;  // values given so far
    std::int64_t start = 0;
    std::int64_t step = 0;
    std::int64_t len = 0;    // values in all
};

// For ranges whose bounds or length do not fit in int64: CPython 3.11's
// longrangeiterobject, four ints (owned).
struct LongRangeIter : Object {
    Int* index = nullptr;  // values given so far
    Int* start = nullptr;
    Int* step = nullptr;
    Int* len = nullptr;    // values in all
};
}  // namespace

// Yields `len` values start, start + step, ...; the caller guarantees that
// every value fits in int64.
static Ref<> range_iter_new(std::int64_t start, std::int64_t step, std::int64_t len) {
    auto it = new_object<RangeIter>(&RangeIterType);
    it->start = start;
    it->step = step;
    it->len = len;
    return it;
}

static Ref<> range_iter_next(Object* o) {
    auto* it = cast<RangeIter>(o);
    if (it->index >= it->len) return nullptr;
    // In unsigned arithmetic, as CPython: every value fits (range_iter_new).
    const auto offset = static_cast<std::uint64_t>(it->index++) * static_cast<std::uint64_t>(it->step);
    return int_from(static_cast<std::int64_t>(static_cast<std::uint64_t>(it->start) + offset));
}

static Ref<> range_iter_length_hint(Object* self, const Args&) {
    auto* it = cast<RangeIter>(self);
    return int_from(it->len - it->index);
}

static void range_iter_destroy(Object* o) { delete_object(cast<RangeIter>(o)); }

static Ref<> long_range_iter_new(Int* start, Int* step, Int* len) {
    auto it = new_object<LongRangeIter>(&LongRangeIterType);
    it->index = int_from(0).release();
    it->start = share(start).release();
    it->step = share(step).release();
    it->len = share(len).release();
    return it;
}

// start + index * step, then index + 1.
static Ref<> long_range_iter_next(Object* o) {
    auto* it = cast<LongRangeIter>(o);
    BigIndex index = mpz_of(it->index);
    if (mpz_cmp(index.get(), mpz_of(it->len).get()) >= 0) return nullptr;
    BigIndex value = mpz_of(it->step);
    mpz_mul(value.get(), value.get(), index.get());
    mpz_add(value.get(), value.get(), mpz_of(it->start).get());
    mpz_add_ui(index.get(), index.get(), 1);
    Ref<> next_index = index.to_int();
    Ref<> result = value.to_int();
    if (!next_index || !result) return nullptr;
    steal_into(it->index, cast<Int>(std::move(next_index)));
    return result;
}

static Ref<> long_range_iter_length_hint(Object* self, const Args&) {
    auto* it = cast<LongRangeIter>(self);
    BigIndex left = mpz_of(it->len);
    mpz_sub(left.get(), left.get(), mpz_of(it->index).get());
    return left.to_int();
}

static void long_range_iter_destroy(Object* o) {
    auto* it = cast<LongRangeIter>(o);
    clear_slot(it->index);
    clear_slot(it->start);
    clear_slot(it->step);
    clear_slot(it->len);
    delete_object(it);
}

// ---------------------------------------------------------------- slots

static void range_destroy(Object* o) {
    auto* r = cast<Range>(o);
    clear_slot(r->start);
    clear_slot(r->stop);
    clear_slot(r->step);
    clear_slot(r->length);
    delete_object(r);
}

// range(0, 5) or range(0, 10, 2)
static Ref<> range_repr(Object* o) {
    auto* r = cast<Range>(o);
    std::string out = "range(" + int_to_decimal(as_int(r->start)) + ", " + int_to_decimal(as_int(r->stop));
    auto step = small_value(r->step);
    if (!step || *step != 1) out += ", " + int_to_decimal(as_int(r->step));
    out += ")";
    return str_from(out);
}

static bool int_equal(Object* a, Object* b) {
    auto x = small_value(a), y = small_value(b);
    if (x && y) return *x == *y;
    return mpz_cmp(mpz_of(a).get(), mpz_of(b).get()) == 0;
}

// Ranges are equal when they produce the same values.
static bool range_equals(Range* a, Range* b) {
    if (a == b) return true;
    if (!int_equal(a->length, b->length)) return false;
    auto len = small_value(a->length);
    if (len && *len == 0) return true;
    if (!int_equal(a->start, b->start)) return false;
    if (len && *len == 1) return true;
    return int_equal(a->step, b->step);
}

static Ref<> range_compare(Object* v, Object* w, CompareOp op) {
    if (w->type != &RangeType || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
    bool eq = range_equals(cast<Range>(v), cast<Range>(w));
    return bool_from(op == CompareOp::Eq ? eq : !eq);
}

// hash((len, start, step)), with None for what does not matter: both for an
// empty range, the step for a one-item range.
static std::int64_t range_hash(Object* o) {
    auto* r = cast<Range>(o);
    auto len = small_value(r->length);
    Ref<Tuple> t;
    if (len && *len == 0)
        t = tuple_from({r->length, None, None});
    else if (len && *len == 1)
        t = tuple_from({r->length, r->start, None});
    else
        t = tuple_from({r->length, r->start, r->step});
    return hash(t.get());
}

// len(r): OverflowError when it does not fit.
static std::int64_t range_length(Object* o) {
    std::int64_t n;
    if (!index_to_i64(cast<Range>(o)->length, n)) return -1;
    return n;
}

static int range_bool(Object* o) {
    const Int* len = as_int(cast<Range>(o)->length);
    return len->is_big() || len->small != 0;
}

static Ref<> range_getitem(Object* o, Object* key) {
    auto* r = cast<Range>(o);
    if (index_check(key)) {
        Ref<> i = exact_index(key);
        if (!i) return nullptr;
        return compute_range_item(r, i.get());
    }
    if (key->type == &SliceType) return compute_slice(r, cast<Slice>(key));
    return raisef(exc::TypeError, "range indices must be integers or slices, not {}", type_name(key));
}

static int range_contains(Object* o, Object* value) {
    if (is_int_or_bool(value)) return contains_int(cast<Range>(o), value);
    return static_cast<int>(iter_search(o, value, SearchOp::Contains));
}

// iter(r): a machine-integer iterator when every value fits (CPython's
// conditions), else one on ints of any size.
static Ref<> range_iter(Object* o) {
    auto* r = cast<Range>(o);
    auto start = small_value(r->start), stop = small_value(r->stop), step = small_value(r->step);
    if (start && stop && step) {
        const std::uint64_t ulen = len_of_range(*start, *stop, *step);
        bool fits = ulen <= static_cast<std::uint64_t>(kMax);
        if (fits && ulen) fits = *step > 0 ? *stop <= kMax - (*step - 1) : *stop >= kMin + (-1 - *step);
        if (fits) return range_iter_new(*start, *step, static_cast<std::int64_t>(ulen));
    }
    return long_range_iter_new(as_int(r->start), as_int(r->step), as_int(r->length));
}

// reversed(r): from the last value down, with the step negated.
static Ref<> range_reversed(Object* self, const Args& args) {
    if (!check_no_keywords("range.__reversed__", args) || !check_no_args("range.__reversed__", args))
        return nullptr;
    auto* r = cast<Range>(self);
    auto start = small_value(r->start), stop = small_value(r->stop), step = small_value(r->step);
    if (start && stop && step && *step != kMin) {
        // start - step must not overflow.
        const auto ustart = static_cast<std::uint64_t>(*start);
        const auto ustep = static_cast<std::uint64_t>(*step);
        bool fits = *step > 0 ? !(ustart - static_cast<std::uint64_t>(kMin) < ustep)
                              : !(static_cast<std::uint64_t>(kMax) - ustart < 0 - ustep);
        const std::uint64_t ulen = len_of_range(*start, *stop, *step);
        if (fits && ulen <= static_cast<std::uint64_t>(kMax)) {
            const std::int64_t new_stop = *start - *step;
            const auto new_start = static_cast<std::int64_t>(static_cast<std::uint64_t>(new_stop) + ulen * ustep);
            return range_iter_new(new_start, -*step, static_cast<std::int64_t>(ulen));
        }
    }
    // start + (len - 1) * step, counting down by step.
    BigIndex last = mpz_of(r->length);
    mpz_sub_ui(last.get(), last.get(), 1);
    mpz_mul(last.get(), last.get(), mpz_of(r->step).get());
    mpz_add(last.get(), last.get(), mpz_of(r->start).get());
    BigIndex neg_step = mpz_of(r->step);
    mpz_neg(neg_step.get(), neg_step.get());
    Ref<> new_start = last.to_int();
    Ref<> new_step = neg_step.to_int();
    return long_range_iter_new(as_int(new_start.get()), as_int(new_step.get()), as_int(r->length));
}

// range(stop) / range(start, stop[, step])
static Ref<> range_new_instance(Type*, const Args& args) {
    if (!check_no_keywords("range", args) || !check_arg_range("range", args, 1, 3)) return nullptr;
    if (args.size() == 1) {
        Ref<> stop = exact_index(args[0]);
        if (!stop) return nullptr;
        return make_range(int_from(0), std::move(stop), int_from(1));
    }
    Ref<> start = exact_index(args[0]);
    if (!start) return nullptr;
    Ref<> stop = exact_index(args[1]);
    if (!stop) return nullptr;
    Ref<> step;
    if (args.size() == 3) {
        step = exact_index(args[2]);
        if (!step) return nullptr;
        if (!as_int(step.get())->is_big() && as_int(step.get())->small == 0)
            return raise(exc::ValueError, "range() arg 3 must not be zero");
    } else {
        step = int_from(1);
    }
    return make_range(std::move(start), std::move(stop), std::move(step));
}

// -------------------------------------------------------------- methods

static Ref<> range_count(Object* self, const Args& args) {
    if (!check_no_keywords("range.count", args) || !check_one_arg("range.count", args)) return nullptr;
    Object* ob = args[0];
    if (is_int_or_bool(ob)) return int_from(contains_int(cast<Range>(self), ob));
    std::int64_t n = iter_search(self, ob, SearchOp::Count);
    if (n < 0) return nullptr;
    return int_from(n);
}

static Ref<> range_index(Object* self, const Args& args) {
    if (!check_no_keywords("range.index", args) || !check_one_arg("range.index", args)) return nullptr;
    auto* r = cast<Range>(self);
    Object* ob = args[0];
    if (!is_int_or_bool(ob)) {
        std::int64_t i = iter_search(self, ob, SearchOp::Index);
        if (i < 0) return nullptr;
        return int_from(i);
    }
    if (contains_int(r, ob)) {
        // (ob - start) // step
        BigIndex idx = mpz_of(ob);
        mpz_sub(idx.get(), idx.get(), mpz_of(r->start).get());
        mpz_fdiv_q(idx.get(), idx.get(), mpz_of(r->step).get());
        return idx.to_int();
    }
    std::string text;
    if (!repr_text(ob, text)) return nullptr;
    return raisef(exc::ValueError, "{} is not in range", text);
}

static Ref<> range_get_start(Object* o) { return share(cast<Range>(o)->start); }
static Ref<> range_get_stop(Object* o) { return share(cast<Range>(o)->stop); }
static Ref<> range_get_step(Object* o) { return share(cast<Range>(o)->step); }

void range_type_init() {
    // Ranges hold only ints: not tracked by the collector, as in CPython.
    type_init_builtin(RangeType, "range", &ObjectType, sizeof(Range), 0);
    RangeType.destroy = range_destroy;
    RangeType.repr = range_repr;
    RangeType.compare = range_compare;
    RangeType.hash = range_hash;
    RangeType.new_instance = range_new_instance;
    RangeType.iter = range_iter;
    RangeType.to_bool = range_bool;
    RangeType.length = range_length;
    RangeType.getitem = range_getitem;
    RangeType.contains = range_contains;
    add_methods(RangeType, {
                               {"count", range_count},
                               {"index", range_index},
                               {"__reversed__", range_reversed},
                           });
    add_getsets(RangeType, {
                               {"start", range_get_start},
                               {"stop", range_get_stop},
                               {"step", range_get_step},
                           });
    type_ready(RangeType);
}

// Range iterators hold only numbers: not tracked, as in CPython.
void range_iter_types_init() {
    init_iterator_type(RangeIterType, "range_iterator", sizeof(RangeIter), 0, range_iter_next);
    RangeIterType.destroy = range_iter_destroy;
    add_methods(RangeIterType, {{"__length_hint__", range_iter_length_hint}});
    type_ready(RangeIterType);

    init_iterator_type(LongRangeIterType, "longrange_iterator", sizeof(LongRangeIter), 0, long_range_iter_next);
    LongRangeIterType.destroy = long_range_iter_destroy;
    add_methods(LongRangeIterType, {{"__length_hint__", long_range_iter_length_hint}});
    type_ready(LongRangeIterType);
}

}  // namespace minipy
