// The itertools module, part three (CPython 3.11's Modules/itertoolsmodule.c):
// the combinatoric iterators product, permutations, combinations and
// combinations_with_replacement.
//
// Each reads its input into a tuple (the "pool") when it is made, keeps
// its position as an array of indices, and hands out one result tuple,
// which it fills in again in place when the caller has let go of it (so
// `for p in permutations(...)` makes one tuple in all, and `id()` of
// consecutive results repeats, as in CPython); a result that is still held
// is copied first. Their __sizeof__ counts the index arrays, as CPython's.
#include "runtime/modules/itertools.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstdint>
#include <limits>
#include <vector>

namespace minipy {

namespace {

// What the four share, and product's whole layout; the others add r, and
// permutations its cycles, so that each has the size of CPython's object.
// `indices` and `cycles` live in heap blocks of their own, as CPython's
// PyMem arrays.
struct Combinatoric : Object {
    Tuple* pools = nullptr;   // owned: product's tuple of pool tuples, or the others' one pool
    std::int64_t* indices = nullptr;
    Tuple* result = nullptr;  // owned: the last result handed out
    bool stopped = false;
};

struct Chooser : Combinatoric {  // combinations, combinations_with_replacement
    std::int64_t r = 0;          // the result's length
};

struct Permuter : Chooser {
    std::int64_t* cycles = nullptr;
};

static_assert(sizeof(Combinatoric) == 48 && sizeof(Chooser) == 56 && sizeof(Permuter) == 64,
              "CPython 3.11's productobject, combinationsobject and permutationsobject");

Type PermutationsType;

Combinatoric* as_comb(Object* o) { return cast<Combinatoric>(o); }
Chooser* as_chooser(Object* o) { return cast<Chooser>(o); }
Permuter* as_permuter(Object* o) { return cast<Permuter>(o); }

std::int64_t* index_array(std::int64_t n) { return new std::int64_t[n > 0 ? static_cast<std::size_t>(n) : 1](); }

void comb_destroy(Object* o) {
    Combinatoric* c = as_comb(o);
    clear_slot(c->pools);
    clear_slot(c->result);
    delete[] c->indices;
    if (is_instance_of(o, &PermutationsType)) delete[] as_permuter(o)->cycles;
    delete_object(c);  // every layout destroys trivially
}

void comb_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_comb(o)->pools, visit, arg);
    visit_field(as_comb(o)->result, visit, arg);
}

// A product when r < 0, a permutations when there are cycles.
Ref<> comb_make(Type* type, Ref<Tuple> pools, std::int64_t r, std::int64_t* indices, std::int64_t* cycles) {
    Ref<Combinatoric> c;
    if (cycles) {
        Ref<Permuter> p = new_object<Permuter>(type);
        p->cycles = cycles;
        p->r = r;
        c = std::move(p);
    } else if (r >= 0) {
        Ref<Chooser> k = new_object<Chooser>(type);
        k->r = r;
        c = std::move(k);
    } else {
        c = new_object<Combinatoric>(type);
    }
    c->pools = pools.release();
    c->indices = indices;
    gc_track(c.get());
    return c;
}

// The result to fill in: the one handed out last when nobody else holds
// it, else a copy of it.
Tuple* writable_result(Combinatoric* c, std::int64_t n) {
    if (c->result->refcount > 1) {
        Ref<Tuple> copy = tuple_from_array(c->result->items(), n);
        steal_into(c->result, std::move(copy));
    }
    return c->result;
}

void replace_item(Tuple* result, std::int64_t i, Object* value) {
    Object* old = result->items()[i];
    result->items()[i] = share(value).release();
    decref(old);
}

// The first result, of n items: pool[indices[i]] for each i (product:
// pool i's first).
bool first_result(Combinatoric* c, Tuple* pool_of_all, std::int64_t n) {
    Ref<Tuple> result = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) {
        Tuple* pool = pool_of_all ? pool_of_all : cast<Tuple>(c->pools->items()[i]);
        std::int64_t index = pool_of_all ? c->indices[i] : 0;
        if (pool->size == 0) {
            for (std::int64_t j = i; j < n; ++j) tuple_init_item(result.get(), j, none());
            return false;
        }
        tuple_init_item(result.get(), i, share((*pool)[index]));
    }
    c->result = result.release();
    return true;
}

Ref<> comb_sizeof(Object* self, std::int64_t arrays) {
    return int_from(static_cast<std::int64_t>(self->type->basic_size) + arrays * 8);
}

// --------------------------------------------------------------- product

Type ProductType;

// product(*iterables, repeat=1)
Ref<> product_new(Type* type, const Args& args) {
    std::int64_t repeat = 1;
    if (args.kwnames) {
        static const ArgSpec spec{"product", {"repeat"}, 0};
        Object* value;
        if (!parse_args(Args{args.values + args.count, 0, args.kwnames}, spec, &value)) return nullptr;
        if (value && !index_to_i64(value, repeat)) return nullptr;
        if (repeat < 0) return raise(exc::ValueError, "repeat argument cannot be negative");
    }
    const auto nargs = repeat == 0 ? 0 : static_cast<std::int64_t>(args.size());
    if (nargs && nargs > std::numeric_limits<std::int64_t>::max() / 8 / repeat)
        return raise(exc::OverflowError, "repeat argument too large");
    const std::int64_t npools = nargs * repeat;
    Ref<Tuple> pools = tuple_alloc(npools);
    for (std::int64_t i = 0; i < nargs; ++i) {
        Ref<Tuple> pool = itertools_sequence_tuple(args[i]);
        if (!pool) {
            for (std::int64_t j = i; j < npools; ++j) tuple_init_item(pools.get(), j, none());
            return nullptr;
        }
        tuple_init_item(pools.get(), i, std::move(pool));
    }
    for (std::int64_t i = nargs; i < npools; ++i)
        tuple_init_item(pools.get(), i, share(pools->items()[i - nargs]));
    return comb_make(type, std::move(pools), -1, index_array(npools), nullptr);
}

// Advances the indices like an odometer, the rightmost fastest.
Ref<> product_next(Object* o) {
    Combinatoric* c = as_comb(o);
    if (c->stopped) return nullptr;
    const std::int64_t npools = c->pools->size;
    if (!c->result) {
        if (!first_result(c, nullptr, npools)) {
            c->stopped = true;
            return nullptr;
        }
    } else {
        Tuple* result = writable_result(c, npools);
        std::int64_t i = npools - 1;
        for (; i >= 0; --i) {
            Tuple* pool = cast<Tuple>(c->pools->items()[i]);
            if (++c->indices[i] == pool->size) {
                c->indices[i] = 0;
                replace_item(result, i, (*pool)[0]);
            } else {
                replace_item(result, i, (*pool)[c->indices[i]]);
                break;
            }
        }
        if (i < 0) {
            c->stopped = true;
            return nullptr;
        }
    }
    return itertools_share_result(c->result);
}

Ref<> product_sizeof(Object* self, const Args& args) {
    if (!check_no_args("__sizeof__", args)) return nullptr;
    return comb_sizeof(self, as_comb(self)->pools->size);
}

// ---------------------------------------------------------- combinations

Type CombinationsType;
Type CwrType;

// NAME(iterable, r): the pool and r, Argument Clinic's way.
bool pool_and_r(const Args& args, const ArgSpec& spec, Ref<Tuple>& pool, std::int64_t& r) {
    Object* a[2];
    if (!parse_args(args, spec, a)) return false;
    if (!index_to_i64(a[1], r)) return false;
    pool = itertools_sequence_tuple(a[0]);
    if (!pool) return false;
    if (r < 0) {
        raise(exc::ValueError, "r must be non-negative");
        return false;
    }
    return true;
}

Ref<> combinations_new(Type* type, const Args& args) {
    static const ArgSpec spec{"combinations", {"iterable", "r"}, 2};
    Ref<Tuple> pool;
    std::int64_t r;
    if (!pool_and_r(args, spec, pool, r)) return nullptr;
    std::int64_t* indices = index_array(r);
    for (std::int64_t i = 0; i < r; ++i) indices[i] = i;
    const bool empty = r > pool->size;
    Ref<> c = comb_make(type, std::move(pool), r, indices, nullptr);
    as_comb(c.get())->stopped = empty;
    return c;
}

// Indices in increasing order; the rightmost one not at its maximum
// (i + n - r) moves up and those after it follow it.
Ref<> combinations_next(Object* o) {
    Combinatoric* c = as_comb(o);
    if (c->stopped) return nullptr;
    Tuple* pool = c->pools;
    const std::int64_t n = pool->size;
    const std::int64_t r = as_chooser(o)->r;
    std::int64_t* indices = c->indices;
    if (!c->result) {
        first_result(c, pool, r);
    } else {
        Tuple* result = writable_result(c, r);
        std::int64_t i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) --i;
        if (i < 0) {
            c->stopped = true;
            return nullptr;
        }
        ++indices[i];
        for (std::int64_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
        for (; i < r; ++i) replace_item(result, i, (*pool)[indices[i]]);
    }
    return itertools_share_result(c->result);
}

Ref<> cwr_new(Type* type, const Args& args) {
    static const ArgSpec spec{"combinations_with_replacement", {"iterable", "r"}, 2};
    Ref<Tuple> pool;
    std::int64_t r;
    if (!pool_and_r(args, spec, pool, r)) return nullptr;
    const bool empty = pool->size == 0 && r > 0;
    Ref<> c = comb_make(type, std::move(pool), r, index_array(r), nullptr);
    as_comb(c.get())->stopped = empty;
    return c;
}

// Indices that never decrease; the rightmost one below n-1 moves up and
// every index after it takes its new value.
Ref<> cwr_next(Object* o) {
    Combinatoric* c = as_comb(o);
    if (c->stopped) return nullptr;
    Tuple* pool = c->pools;
    const std::int64_t n = pool->size;
    const std::int64_t r = as_chooser(o)->r;
    std::int64_t* indices = c->indices;
    if (!c->result) {
        Ref<Tuple> result = tuple_alloc(r);
        for (std::int64_t i = 0; i < r; ++i) tuple_init_item(result.get(), i, share(n > 0 ? (*pool)[0] : None));
        c->result = result.release();
    } else {
        Tuple* result = writable_result(c, r);
        std::int64_t i = r - 1;
        while (i >= 0 && indices[i] == n - 1) --i;
        if (i < 0) {
            c->stopped = true;
            return nullptr;
        }
        const std::int64_t index = indices[i] + 1;
        for (; i < r; ++i) {
            indices[i] = index;
            replace_item(result, i, (*pool)[index]);
        }
    }
    return itertools_share_result(c->result);
}

Ref<> combinations_sizeof(Object* self, const Args& args) {
    if (!check_no_args("__sizeof__", args)) return nullptr;
    return comb_sizeof(self, as_chooser(self)->r);
}

// ---------------------------------------------------------- permutations

// permutations(iterable, r=None)
Ref<> permutations_new(Type* type, const Args& args) {
    static const ArgSpec spec{"permutations", {"iterable", "r"}, 1};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<Tuple> pool = itertools_sequence_tuple(a[0]);
    if (!pool) return nullptr;
    const std::int64_t n = pool->size;
    std::int64_t r = n;
    if (a[1] && a[1] != None) {
        if (!is_int(a[1])) return raise(exc::TypeError, "Expected int as r");
        if (!index_to_i64(a[1], r)) return nullptr;
    }
    if (r < 0) return raise(exc::ValueError, "r must be non-negative");
    std::int64_t* indices = index_array(n);
    std::int64_t* cycles = index_array(r);
    for (std::int64_t i = 0; i < n; ++i) indices[i] = i;
    for (std::int64_t i = 0; i < r; ++i) cycles[i] = n - i;
    Ref<> p = comb_make(type, std::move(pool), r, indices, cycles);
    as_comb(p.get())->stopped = r > n;
    return p;
}

// The classic algorithm: cycles[i] counts down the choices left for place
// i; when one runs out, indices[i:] rotates left by one and the place to
// its left advances.
Ref<> permutations_next(Object* o) {
    Combinatoric* c = as_comb(o);
    if (c->stopped) return nullptr;
    Tuple* pool = c->pools;
    const std::int64_t n = pool->size;
    const std::int64_t r = as_permuter(o)->r;
    std::int64_t* indices = c->indices;
    std::int64_t* cycles = as_permuter(o)->cycles;
    if (!c->result) {
        first_result(c, pool, r);
    } else {
        if (n == 0) {
            c->stopped = true;
            return nullptr;
        }
        Tuple* result = writable_result(c, r);
        std::int64_t i = r - 1;
        for (; i >= 0; --i) {
            if (--cycles[i] == 0) {
                const std::int64_t first = indices[i];
                for (std::int64_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
                indices[n - 1] = first;
                cycles[i] = n - i;
            } else {
                const std::int64_t j = cycles[i];
                std::swap(indices[i], indices[n - j]);
                for (std::int64_t k = i; k < r; ++k) replace_item(result, k, (*pool)[indices[k]]);
                break;
            }
        }
        if (i < 0) {
            c->stopped = true;
            return nullptr;
        }
    }
    return itertools_share_result(c->result);
}

Ref<> permutations_sizeof(Object* self, const Args& args) {
    if (!check_no_args("__sizeof__", args)) return nullptr;
    return comb_sizeof(self, as_comb(self)->pools->size + as_permuter(self)->r);
}

void combinatoric_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    struct Def {
        Type& type;
        const char* name;
        std::size_t size;
        NextFn next;
        NewFn new_instance;
        NativeFn size_of;
    };
    const Def defs[] = {
        {ProductType, "itertools.product", sizeof(Combinatoric), product_next, product_new, product_sizeof},
        {CombinationsType, "itertools.combinations", sizeof(Chooser), combinations_next, combinations_new,
         combinations_sizeof},
        {CwrType, "itertools.combinations_with_replacement", sizeof(Chooser), cwr_next, cwr_new,
         combinations_sizeof},
        {PermutationsType, "itertools.permutations", sizeof(Permuter), permutations_next, permutations_new,
         permutations_sizeof},
    };
    for (const Def& d : defs) {
        itertools_init_type(d.type, d.name, d.size, d.next, comb_destroy, comb_traverse,
                            d.new_instance);
        add_methods(d.type, {{"__sizeof__", d.size_of}});
        type_ready(d.type);
    }
}

}  // namespace

void itertools_add_combinatoric_types(Module* m) {
    combinatoric_types_init();
    for (Type* t : {&ProductType, &CombinationsType, &CwrType, &PermutationsType}) module_add(m, t->name->view(), t);
}

}  // namespace minipy
