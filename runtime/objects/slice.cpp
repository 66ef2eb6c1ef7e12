// slice: the object `a[i:j:k]` passes to __getitem__ (CPython 3.11's
// Objects/sliceobject.c). Slices are compared as (start, stop, step)
// tuples and, in 3.11, are unhashable.
#include "runtime/objects/slice.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <limits>
#include <string>

namespace minipy {

Type SliceType;

static constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
static constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Ref<Slice> slice_new(Object* start, Object* stop, Object* step) {
    auto s = new_object<Slice>(&SliceType);
    s->start = share(start ? start : None).release();
    s->stop = share(stop ? stop : None).release();
    s->step = share(step ? step : None).release();
    gc_track(s.get());
    return s;
}

// PySlice_Unpack (clipping to int64) then PySlice_AdjustIndices.
bool slice_indices(Slice* s, std::int64_t length, std::int64_t& start, std::int64_t& stop, std::int64_t& step,
                   std::int64_t& count) {
    step = 1;
    if (s->step != None) {
        if (!slice_index(s->step, step)) return false;
        if (step == 0) {
            raise(exc::ValueError, "slice step cannot be zero");
            return false;
        }
        // -step must be representable.
        if (step < -kMax) step = -kMax;
    }
    start = step < 0 ? kMax : 0;
    if (!slice_index(s->start, start)) return false;
    stop = step < 0 ? kMin : kMax;
    if (!slice_index(s->stop, stop)) return false;

    if (start < 0) {
        start += length;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    count = 0;
    if (step < 0) {
        if (stop < start) count = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        count = (stop - start - 1) / step + 1;
    }
    return true;
}

// operator.index(v) as an exact integer; the slice-specific TypeError otherwise.
static bool evaluate_slice_index(Object* v, BigIndex& out) {
    if (!index_check(v)) {
        raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Ref<> i = is_int(v) ? share(v) : number_index(v);
    if (!i) return false;
    int_to_mpz(cast<Int>(i.get()), out.get());
    return true;
}

// _PySlice_GetLongIndices: the same clipping as slice_indices, exactly.
bool slice_long_indices(Slice* s, const BigIndex& length, BigIndex& start, BigIndex& stop, BigIndex& step) {
    bool negative = false;
    mpz_set_si(step.get(), 1);
    if (s->step != None) {
        if (!evaluate_slice_index(s->step, step)) return false;
        if (step.sign() == 0) {
            raise(exc::ValueError, "slice step cannot be zero");
            return false;
        }
        negative = step.sign() < 0;
    }
    // Bounds: [-1, length - 1] going down, [0, length] going up.
    BigIndex lower(negative ? -1 : 0);
    BigIndex upper(length);
    if (negative) mpz_sub_ui(upper.get(), upper.get(), 1);

    auto clip = [&](Object* bound, BigIndex& out, const BigIndex& none_value) {
        if (bound == None) {
            out = none_value;
            return true;
        }
        if (!evaluate_slice_index(bound, out)) return false;
        if (out.sign() < 0) {
            mpz_add(out.get(), out.get(), length.get());
            if (mpz_cmp(out.get(), lower.get()) < 0) out = lower;
        } else if (mpz_cmp(out.get(), upper.get()) > 0) {
            out = upper;
        }
        return true;
    };
    return clip(s->start, start, negative ? upper : lower) && clip(s->stop, stop, negative ? lower : upper);
}

// step, start, stop: CPython's slice_dealloc order (__del__ output shows it).
static void slice_clear(Object* o) {
    auto* s = cast<Slice>(o);
    clear_slot(s->step);
    clear_slot(s->start);
    clear_slot(s->stop);
}

static void slice_destroy(Object* o) {
    slice_clear(o);
    delete_object(cast<Slice>(o));
}

static void slice_traverse(Object* o, VisitFn visit, void* arg) {
    auto* s = cast<Slice>(o);
    visit_field(s->start, visit, arg);
    visit_field(s->stop, visit, arg);
    visit_field(s->step, visit, arg);
}

// slice(1, 2, None)
static Ref<> slice_repr(Object* o) {
    auto* s = cast<Slice>(o);
    std::string out = "slice(";
    Object* parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; ++i) {
        if (i) out += ", ";
        std::string text;
        if (!repr_text(parts[i], text)) return nullptr;
        out += text;
    }
    out += ")";
    return str_from(out);
}

// Compared as the tuples (start, stop, step).
static Ref<> slice_compare(Object* v, Object* w, CompareOp op) {
    if (v->type != &SliceType || w->type != &SliceType) return not_implemented();
    if (v == w) return bool_from(op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge);
    auto* a = cast<Slice>(v);
    auto* b = cast<Slice>(w);
    Ref<Tuple> t1 = tuple_from({a->start, a->stop, a->step});
    Ref<Tuple> t2 = tuple_from({b->start, b->stop, b->step});
    return compare(t1.get(), t2.get(), op);
}

// slice(stop) or slice(start, stop[, step])
static Ref<> slice_new_instance(Type*, const Args& args) {
    if (!check_no_keywords("slice", args) || !check_arg_range("slice", args, 1, 3)) return nullptr;
    if (args.size() == 1) return slice_new(nullptr, args[0], nullptr);
    return slice_new(args[0], args[1], args.size() == 3 ? args[2] : nullptr);
}

// slice.indices(length) -> (start, stop, step)
static Ref<> slice_indices_method(Object* self, const Args& args) {
    if (!check_no_keywords("slice.indices", args) || !check_one_arg("slice.indices", args)) return nullptr;
    Ref<> length = number_index(args[0]);
    if (!length) return nullptr;
    BigIndex len(cast<Int>(length.get()));
    if (len.sign() < 0) return raise(exc::ValueError, "length should not be negative");
    BigIndex start, stop, step;
    if (!slice_long_indices(cast<Slice>(self), len, start, stop, step)) return nullptr;
    auto result = tuple_alloc(3);
    tuple_init_item(result.get(), 0, start.to_int());
    tuple_init_item(result.get(), 1, stop.to_int());
    tuple_init_item(result.get(), 2, step.to_int());
    return result;
}

static Ref<> slice_get_start(Object* o) { return share(cast<Slice>(o)->start); }
static Ref<> slice_get_stop(Object* o) { return share(cast<Slice>(o)->stop); }
static Ref<> slice_get_step(Object* o) { return share(cast<Slice>(o)->step); }

// slice.__reduce__(): (slice, (start, stop, step)).
static Ref<> slice_reduce_method(Object* self, const Args& args) {
    if (!check_no_args("slice.__reduce__", args)) return nullptr;
    auto* s = cast<Slice>(self);
    Ref<> parts = tuple_from({s->start, s->stop, s->step});
    return tuple_from({&SliceType, parts.get()});
}

void slice_type_init() {
    type_init_builtin(SliceType, "slice", &ObjectType, sizeof(Slice), type_flags::kHasGC);
    SliceType.destroy = slice_destroy;
    SliceType.traverse = slice_traverse;
    SliceType.clear = slice_clear;
    SliceType.repr = slice_repr;
    SliceType.compare = slice_compare;  // with no hash: unhashable, as in 3.11
    SliceType.new_instance = slice_new_instance;
    add_methods(SliceType, {{"indices", slice_indices_method}, {"__reduce__", slice_reduce_method}});
    add_getsets(SliceType, {
                               {"start", slice_get_start},
                               {"stop", slice_get_stop},
                               {"step", slice_get_step},
                           });
    type_ready(SliceType);
}

}  // namespace minipy
