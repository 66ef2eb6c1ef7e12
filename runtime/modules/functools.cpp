// The _functools module (CPython's Modules/_functoolsmodule.c): the parts of
// functools CPython writes in C — partial, reduce, cmp_to_key's key wrapper
// and lru_cache's wrapper. lib/functools.py builds the rest on them.
//
// A partial is a heap object of its own (not a Python class), so calling one
// adds no Python frame, as in CPython: a recursion through partials reaches
// the same depth as a direct one, and its repr, attributes and collector
// references are CPython's.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/objects/bound_method.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace minipy {

namespace {

// ------------------------------------------------------------- partial

Type PartialType;

// partial(func, *args, **keywords). Invariant: `args` is an exact tuple and
// `keywords` an exact dict (empty when there are none), as CPython keeps them.
struct Partial : Object {
    Object* func = nullptr;    // owned
    Tuple* args = nullptr;     // owned
    Dict* keywords = nullptr;  // owned
    Dict* dict = nullptr;      // owned: the instance attributes, made on first use
    WeakRef* weakreflist = nullptr;  // weakreflist (weakref.hpp)
    CallFn vectorcall = nullptr;     // partial's own entry point (Type::vectorcall_offset), as CPython's
};

Partial* as_partial(Object* o) { return cast<Partial>(o); }

void partial_clear(Object* o) {
    Partial* p = as_partial(o);
    clear_slot(p->func);
    clear_slot(p->args);
    clear_slot(p->keywords);
    clear_slot(p->dict);
}

void partial_destroy(Object* o) {
    partial_clear(o);
    delete_object(as_partial(o));
}

// The type comes first, as CPython's partial (a heap type there) visits it,
// so gc.get_referents() answers alike; a class derived from partial visits
// its type itself (subtype_traverse). The collector ignores static types.
void partial_traverse(Object* o, VisitFn visit, void* arg) {
    Partial* p = as_partial(o);
    if (!o->type->has_flag(type_flags::kHeapType)) visit(o->type, arg);
    visit_field(p->func, visit, arg);
    visit_field(p->args, visit, arg);
    visit_field(p->keywords, visit, arg);
    if (p->dict) visit_instance_dict(p->dict, visit, arg);
}

Ref<> partial_call(Object* self, const Args& args);

// partial(func, /, *args, **keywords). A partial of a partial without
// instance attributes is flattened into one, as CPython does.
Ref<> partial_new(Type* type, const Args& args) {
    if (args.size() < 1) return raise(exc::TypeError, "type 'partial' takes at least one argument");
    Object* func = args[0];
    Tuple* inner_args = nullptr;
    Dict* inner_keywords = nullptr;
    if (is_instance_of(func, &PartialType) && func->type->new_instance == partial_new && !as_partial(func)->dict) {
        Partial* inner = as_partial(func);
        inner_args = inner->args;
        inner_keywords = inner->keywords;
        func = inner->func;
    }
    if (!is_callable(func)) return raise(exc::TypeError, "the first argument must be callable");

    std::vector<Object*> items;
    if (inner_args) items.assign(inner_args->begin(), inner_args->end());
    items.insert(items.end(), args.values + 1, args.values + args.size());
    Ref<Dict> keywords = inner_keywords ? dict_copy(inner_keywords) : dict_new();
    for (std::size_t i = 0; i < args.kw_count(); ++i)
        if (dict_set(keywords.get(), args.kw_name(i), args.kw_value(i)) < 0) return nullptr;

    auto p = new_object<Partial>(type);
    p->func = share(func).release();
    p->args = tuple_from_array(items.data(), static_cast<std::int64_t>(items.size())).release();
    p->keywords = keywords.release();
    // A subclass's instances are called through the type's slot, as
    // CPython's heap types do not inherit the vectorcall flag.
    if (type == &PartialType) p->vectorcall = partial_call;
    gc_track(p.get());
    return p;
}

// The stored arguments first, then the call's; a keyword given in the call
// overrides a stored one.
Ref<> partial_call(Object* self, const Args& args) {
    Partial* p = as_partial(self);
    Ref<> keep = share(self);  // the call may drop the last other reference
    std::vector<Object*> values(p->args->begin(), p->args->end());
    values.insert(values.end(), args.values, args.values + args.size());
    const std::size_t positional = values.size();
    if (p->keywords->used == 0) {
        for (std::size_t i = 0; i < args.kw_count(); ++i) values.push_back(args.kw_value(i));
        return call(p->func, Args{values.data(), positional, args.kwnames});
    }
    Ref<Dict> merged = dict_copy(p->keywords);
    for (std::size_t i = 0; i < args.kw_count(); ++i)
        if (dict_set(merged.get(), args.kw_name(i), args.kw_value(i)) < 0) return nullptr;
    std::vector<Object*> names;
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(merged.get(), pos, &key, &value);) {
        names.push_back(key);
        values.push_back(value);
    }
    Ref<Tuple> kwnames = tuple_from_array(names.data(), static_cast<std::int64_t>(names.size()));
    return call(p->func, Args{values.data(), positional, kwnames.get()});
}

// functools.partial(<function f at 0x…>, 1, key=2); a subclass shows its
// own name; a partial inside its own arguments is "...".
Ref<> partial_repr(Object* self) {
    Partial* p = as_partial(self);
    ReprGuard guard(self);
    if (guard.recursive()) return str_from("...");
    Ref<> keep_func = share(p->func);
    Ref<Tuple> keep_args = share(p->args);
    Ref<Dict> keep_keywords = share(p->keywords);
    std::string out(self->type->name_view());
    out += "(";
    std::string text;
    if (!repr_text(p->func, text)) return nullptr;
    out += text;
    for (Object* arg : *keep_args) {
        if (!repr_text(arg, text)) return nullptr;
        out += ", " + text;
    }
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(keep_keywords.get(), pos, &key, &value);) {
        std::string name;
        if (!str_text(key, name) || !repr_text(value, text)) return nullptr;
        out += ", " + name + "=" + text;
    }
    return str_from(out + ")");
}

Ref<> partial_get_func(Object* self) { return share(as_partial(self)->func); }
Ref<> partial_get_args(Object* self) { return share<Object>(as_partial(self)->args); }
Ref<> partial_get_keywords(Object* self) { return share<Object>(as_partial(self)->keywords); }
int partial_readonly(Object*, Object*) {
    raise(exc::AttributeError, "readonly attribute");
    return -1;
}

// __reduce__: (type, (func,), (func, args, keywords, dict or None))
Ref<> partial_reduce(Object* self, const Args& args) {
    if (!check_no_args("partial.__reduce__", args)) return nullptr;
    Partial* p = as_partial(self);
    Ref<> dict = p->dict ? instance_expose_dict(self) : none();
    Ref<Tuple> ctor_args = tuple_from({p->func});
    Ref<Tuple> state = tuple_from({p->func, p->args, p->keywords, dict.get()});
    return tuple_from({self->type, ctor_args.get(), state.get()});
}

// __setstate__((func, args, keywords, dict)), the inverse of __reduce__.
Ref<> partial_setstate(Object* self, const Args& args) {
    if (!check_one_arg("partial.__setstate__", args)) return nullptr;
    Object* state = args[0];
    if (!is_tuple(state) || cast<Tuple>(state)->size != 4) return raise(exc::TypeError, "invalid partial state");
    Tuple* t = cast<Tuple>(state);
    Object* func = t->items()[0];
    Object* fargs = t->items()[1];
    Object* kw = t->items()[2];
    Object* dict = t->items()[3];
    if (!is_callable(func) || !is_tuple(fargs) || (kw != None && !is_dict(kw)))
        return raise(exc::TypeError, "invalid partial state");
    Partial* p = as_partial(self);
    Ref<Tuple> new_args = tuple_from_array(cast<Tuple>(fargs)->items(), cast<Tuple>(fargs)->size);
    Ref<Dict> new_keywords = kw == None ? dict_new() : dict_copy(cast<Dict>(kw));
    set_slot(p->func, func);
    steal_into(p->args, std::move(new_args));
    steal_into(p->keywords, std::move(new_keywords));
    if (dict == None) {
        clear_slot(p->dict);
    } else {
        if (!is_dict(dict)) return raise(exc::TypeError, "invalid partial state");
        steal_into(p->dict, dict_copy(cast<Dict>(dict)));
    }
    return none();
}

void partial_type_init() {
    type_init_builtin(PartialType, "functools.partial", &ObjectType, sizeof(Partial),
                      type_flags::kHasGC | type_flags::kBaseType);
    PartialType.weaklist_offset = offsetof(Partial, weakreflist);
    PartialType.dict_offset = offsetof(Partial, dict);
    PartialType.vectorcall_offset = offsetof(Partial, vectorcall);
    PartialType.destroy = partial_destroy;
    PartialType.traverse = partial_traverse;
    PartialType.clear = partial_clear;
    PartialType.new_instance = partial_new;
    PartialType.call = partial_call;
    PartialType.repr = partial_repr;
    PartialType.getattr = generic_getattr;
    PartialType.setattr = generic_setattr;
    add_getsets(PartialType, {
                                 kInstanceDictGetSet,
                                 {"func", partial_get_func, partial_readonly},
                                 {"args", partial_get_args, partial_readonly},
                                 {"keywords", partial_get_keywords, partial_readonly},
                             });
    add_methods(PartialType, {
                                 {"__reduce__", partial_reduce},
                                 {"__setstate__", partial_setstate},
                                 {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                             });
    type_ready(PartialType);
}

// --------------------------------------------------------------- reduce

// reduce(function, iterable[, initial])
Ref<> functools_reduce(Object*, const Args& args) {
    if (!check_no_keywords("reduce", args) || !check_arg_range("reduce", args, 2, 3)) return nullptr;
    Object* function = args[0];
    Ref<> it = get_iter(args[1]);
    if (!it) {
        if (error_matches(exc::TypeError)) {
            clear_error();
            raise(exc::TypeError, "reduce() arg 2 must support iteration");
        }
        return nullptr;
    }
    Ref<> result = args.size() > 2 ? share(args[2]) : nullptr;
    for (;;) {
        Ref<> item = iter_next(it.get());
        if (!item) {
            if (error_pending()) return nullptr;
            break;
        }
        if (!result) {
            result = std::move(item);
            continue;
        }
        result = call(function, {result.get(), item.get()});
        if (!result) return nullptr;
    }
    if (!result) return raise(exc::TypeError, "reduce() of empty iterable with no initial value");
    return result;
}

// ----------------------------------------------------------- cmp_to_key

Type KeyWrapperType;

// What cmp_to_key returns, and what calling that returns: a key holding
// `cmp` and (once called) the wrapped `object`, compared through cmp.
struct KeyWrapper : Object {
    Object* cmp = nullptr;     // owned
    Object* object = nullptr;  // owned; null in the wrapper cmp_to_key returns
};

KeyWrapper* as_key(Object* o) { return cast<KeyWrapper>(o); }

void keywrapper_clear(Object* o) {
    clear_slot(as_key(o)->cmp);
    clear_slot(as_key(o)->object);
}

void keywrapper_destroy(Object* o) {
    keywrapper_clear(o);
    delete_object(as_key(o));
}

void keywrapper_traverse(Object* o, VisitFn visit, void* arg) {
    visit(o->type, arg);
    visit_field(as_key(o)->cmp, visit, arg);
    visit_field(as_key(o)->object, visit, arg);
}

Ref<> keywrapper_make(Object* cmp, Object* object) {
    auto key = new_object<KeyWrapper>(&KeyWrapperType);
    key->cmp = share(cmp).release();
    key->object = object ? share(object).release() : nullptr;
    gc_track(key.get());
    return key;
}

// K(obj): a key for one value.
Ref<> keywrapper_call(Object* self, const Args& args) {
    static const ArgSpec spec{"K", {"obj"}, 1};
    Object* obj;
    if (!parse_args(args, spec, &obj)) return nullptr;
    return keywrapper_make(as_key(self)->cmp, obj);
}

// x OP y is cmp(x.obj, y.obj) OP 0.
Ref<> keywrapper_compare(Object* a, Object* b, CompareOp op) {
    if (b->type != a->type) return raise(exc::TypeError, "other argument must be K instance");
    Object* x = as_key(a)->object ? as_key(a)->object : None;
    Object* y = as_key(b)->object ? as_key(b)->object : None;
    Ref<> keep_cmp = share(as_key(a)->cmp);
    Ref<> result = call(keep_cmp.get(), {x, y});
    if (!result) return nullptr;
    Ref<> zero = int_from(0);
    return compare(result.get(), zero.get(), op);
}

Ref<> keywrapper_get_obj(Object* self) { return as_key(self)->object ? share(as_key(self)->object) : none(); }
int keywrapper_set_obj(Object* self, Object* value) {
    if (value) set_slot(as_key(self)->object, value);
    else clear_slot(as_key(self)->object);
    return 0;
}

void keywrapper_type_init() {
    type_init_builtin(KeyWrapperType, "functools.KeyWrapper", &ObjectType, sizeof(KeyWrapper), type_flags::kHasGC);
    KeyWrapperType.destroy = keywrapper_destroy;
    KeyWrapperType.traverse = keywrapper_traverse;
    KeyWrapperType.clear = keywrapper_clear;
    KeyWrapperType.call = keywrapper_call;
    KeyWrapperType.compare = keywrapper_compare;
    KeyWrapperType.hash = nullptr;  // unhashable, as it compares by its cmp
    KeyWrapperType.getattr = generic_getattr;
    add_getsets(KeyWrapperType, {{"obj", keywrapper_get_obj, keywrapper_set_obj}});
    type_ready(KeyWrapperType);
}

// cmp_to_key(mycmp)
Ref<> functools_cmp_to_key(Object*, const Args& args) {
    static const ArgSpec spec{"cmp_to_key", {"mycmp"}, 1};
    Object* cmp;
    if (!parse_args(args, spec, &cmp)) return nullptr;
    return keywrapper_make(cmp, nullptr);
}

// ----------------------------------------------------- _lru_cache_wrapper

Type LruCacheType;

// What lru_cache returns (functools.py wraps it): calls `func` through a
// cache of at most `maxsize` results. The cache dict's insertion order is
// the recency order, oldest first: a hit moves its entry to the end, and a
// full cache drops its first entry.
struct LruCache;
using LruWrapper = Ref<> (*)(LruCache* c, const Args& args);

// CPython 3.11's lru_cache_object, so sys.getsizeof is CPython's.
struct LruCache : Object {
    // The words of CPython's `root` after its header (prev, next, hash,
    // key, result): CPython keeps the recency order in a list of links
    // rooted here; minipy keeps it in the cache dict's order and has no
    // use for them.
    void* root_prev = nullptr;
    void* root_next = nullptr;
    std::int64_t root_hash = 0;
    Object* root_key = nullptr;
    Object* root_result = nullptr;
    LruWrapper wrapper = nullptr;       // the call for this maxsize: uncached, unbounded or bounded
    bool typed = false;
    Dict* cache = nullptr;              // owned: key -> result
    std::int64_t hits = 0;
    Object* func = nullptr;             // owned
    std::int64_t maxsize = 0;           // -1: unbounded; 0: no cache
    std::int64_t misses = 0;
    Object* keyword_mark = nullptr;     // owned: kwd_mark, separates positional from keyword arguments in a key
    Type* link_type = nullptr;          // lru_list_elem_type: the type of CPython's links; none here
    Object* cache_info_type = nullptr;  // owned: makes what cache_info() returns
    Dict* dict = nullptr;               // owned: attributes (update_wrapper's)
    WeakRef* weakreflist = nullptr;     // weakreflist (weakref.hpp)
};

LruCache* as_lru(Object* o) { return cast<LruCache>(o); }

// In CPython's order (lru_cache_tp_clear), as the traversal below.
void lru_clear(Object* o) {
    LruCache* c = as_lru(o);
    clear_slot(c->cache);
    clear_slot(c->func);
    clear_slot(c->keyword_mark);
    clear_slot(c->cache_info_type);
    clear_slot(c->dict);
}

void lru_destroy(Object* o) {
    lru_clear(o);
    delete_object(as_lru(o));
}

void lru_traverse(Object* o, VisitFn visit, void* arg) {
    LruCache* c = as_lru(o);
    if (!o->type->has_flag(type_flags::kHeapType)) visit(o->type, arg);
    visit_field(c->cache, visit, arg);
    visit_field(c->func, visit, arg);
    visit_field(c->keyword_mark, visit, arg);
    visit_field(c->cache_info_type, visit, arg);
    if (c->dict) visit_instance_dict(c->dict, visit, arg);
}

Ref<> lru_uncached_call(LruCache* c, const Args& args);
Ref<> lru_unbounded_call(LruCache* c, const Args& args);
Ref<> lru_bounded_call(LruCache* c, const Args& args);

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
Ref<> lru_new(Type* type, const Args& args) {
    static const ArgSpec spec{"_lru_cache_wrapper", {"user_function", "maxsize", "typed", "cache_info_type"}, 4};
    Object* a[4];
    if (!parse_args(args, spec, a)) return nullptr;
    if (!is_callable(a[0])) return raise(exc::TypeError, "the first argument must be callable");
    std::int64_t maxsize = -1;
    if (a[1] != None) {
        if (!is_int(a[1])) return raise(exc::TypeError, "maxsize should be integer or None");
        if (!index_to_i64(a[1], maxsize)) return nullptr;
        if (maxsize < 0) maxsize = 0;
    }
    int typed = is_true(a[2]);
    if (typed < 0) return nullptr;
    auto c = new_object<LruCache>(type);
    c->func = share(a[0]).release();
    c->cache = dict_new().release();
    c->cache_info_type = share(a[3]).release();
    c->keyword_mark = new_object<Object>(&ObjectType).release();
    c->maxsize = maxsize;
    c->typed = typed != 0;
    c->wrapper = maxsize == 0 ? lru_uncached_call : maxsize < 0 ? lru_unbounded_call : lru_bounded_call;
    gc_track(c.get());
    return c;
}

// The key of one call: the argument itself for one int or str, otherwise a
// tuple of the arguments, the keyword mark and the keyword items, and with
// `typed` the arguments' types. f(1) and f(1.0) share a key unless typed;
// f(a=1, b=2) and f(b=2, a=1) do not.
Ref<> lru_make_key(LruCache* c, const Args& args) {
    const std::size_t nkw = args.kw_count();
    if (nkw == 0 && args.size() == 1 && !c->typed &&
        (args[0]->type == &IntType || args[0]->type == &StrType))
        return share(args[0]);
    std::vector<Object*> items(args.values, args.values + args.size());
    if (nkw) {
        items.push_back(c->keyword_mark);
        for (std::size_t i = 0; i < nkw; ++i) {
            items.push_back(args.kw_name(i));
            items.push_back(args.kw_value(i));
        }
    }
    if (c->typed) {
        for (std::size_t i = 0; i < args.size(); ++i) items.push_back(args[i]->type);
        for (std::size_t i = 0; i < nkw; ++i) items.push_back(args.kw_value(i)->type);
    }
    return tuple_from_array(items.data(), static_cast<std::int64_t>(items.size()));
}

// maxsize 0: every call a miss (CPython's uncached_lru_cache_wrapper).
Ref<> lru_uncached_call(LruCache* c, const Args& args) {
    ++c->misses;
    return call(c->func, args);
}

// maxsize None: a dict that only grows (infinite_lru_cache_wrapper).
Ref<> lru_unbounded_call(LruCache* c, const Args& args) {
    Ref<> key = lru_make_key(c, args);
    if (!key) return nullptr;
    Ref<Dict> cache = share(c->cache);
    if (Object* found = dict_get(cache.get(), key.get())) {
        ++c->hits;
        return share(found);
    }
    if (error_pending()) return nullptr;
    ++c->misses;
    Ref<> result = call(c->func, args);
    // Into the cache as it is now: the call may have cleared it.
    if (!result || dict_set(c->cache, key.get(), result.get()) < 0) return nullptr;
    return result;
}

// maxsize N: the oldest entry goes when a new one would make N + 1
// (bounded_lru_cache_wrapper).
Ref<> lru_bounded_call(LruCache* c, const Args& args) {
    Ref<> key = lru_make_key(c, args);
    if (!key) return nullptr;
    Ref<Dict> cache = share(c->cache);
    if (Object* found = dict_get(cache.get(), key.get())) {
        ++c->hits;
        Ref<> result = share(found);
        // Most recently used: to the end.
        if (dict_del(cache.get(), key.get()) < 0 || dict_set(cache.get(), key.get(), result.get()) < 0) return nullptr;
        return result;
    }
    if (error_pending()) return nullptr;
    ++c->misses;
    Ref<> result = call(c->func, args);
    if (!result) return nullptr;
    // The call may have cached this key itself (recursion) or cleared the cache.
    cache = share(c->cache);
    if (dict_get(cache.get(), key.get())) return result;
    if (error_pending()) return nullptr;
    if (cache->used >= c->maxsize) {
        Object* oldest;
        Object* value;
        std::int64_t pos = 0;
        if (dict_next(cache.get(), pos, &oldest, &value)) {
            Ref<> old_key = share(oldest);
            if (dict_del(cache.get(), old_key.get()) < 0) return nullptr;
        }
    }
    if (dict_set(cache.get(), key.get(), result.get()) < 0) return nullptr;
    return result;
}

Ref<> lru_call(Object* self, const Args& args) {
    // One level of its own, as CPython's C wrapper counts: a recursive cached
    // function reaches half the recursion limit.
    RecursionScope scope(" while calling a Python object");
    if (!scope) return nullptr;
    Ref<> keep = share(self);
    LruCache* c = as_lru(self);
    return c->wrapper(c, args);
}

// As a method the cached function binds like a function.
Ref<> lru_descr_get(Object* self, Object* instance, Type*) {
    if (!instance || instance == None) return share(self);
    return bound_method_new(self, instance);
}

// cache_info(): CacheInfo(hits, misses, maxsize, currsize)
Ref<> lru_cache_info(Object* self, const Args& args) {
    if (!check_no_args("cache_info", args)) return nullptr;
    LruCache* c = as_lru(self);
    Ref<> hits = int_from(c->hits);
    Ref<> misses = int_from(c->misses);
    Ref<> maxsize = c->maxsize < 0 ? none() : int_from(c->maxsize);
    Ref<> currsize = int_from(c->cache->used);
    return call(c->cache_info_type, {hits.get(), misses.get(), maxsize.get(), currsize.get()});
}

// cache_clear(): forget every result and reset the counters.
Ref<> lru_cache_clear(Object* self, const Args& args) {
    if (!check_no_args("cache_clear", args)) return nullptr;
    LruCache* c = as_lru(self);
    c->hits = c->misses = 0;
    steal_into(c->cache, dict_new());
    return none();
}

// Pickled and copied as the function it stands for.
Ref<> lru_reduce(Object* self, const Args& args) {
    if (!check_no_args("__reduce__", args)) return nullptr;
    return getattr(self, "__qualname__");
}
Ref<> lru_copy(Object* self, const Args& args) {
    if (!check_no_args("__copy__", args)) return nullptr;
    return share(self);
}
Ref<> lru_deepcopy(Object* self, const Args& args) {
    if (!check_one_arg("__deepcopy__", args)) return nullptr;
    return share(self);
}

void lru_type_init() {
    static_assert(sizeof(LruCache) == 152, "lru_cache_object's size");
    type_init_builtin(LruCacheType, "functools._lru_cache_wrapper", &ObjectType, sizeof(LruCache),
                      type_flags::kHasGC);
    LruCacheType.weaklist_offset = offsetof(LruCache, weakreflist);
    LruCacheType.dict_offset = offsetof(LruCache, dict);
    LruCacheType.destroy = lru_destroy;
    LruCacheType.traverse = lru_traverse;
    LruCacheType.clear = lru_clear;
    LruCacheType.new_instance = lru_new;
    LruCacheType.call = lru_call;
    LruCacheType.descr_get = lru_descr_get;
    LruCacheType.getattr = generic_getattr;
    LruCacheType.setattr = generic_setattr;
    add_getsets(LruCacheType, {kInstanceDictGetSet});
    add_methods(LruCacheType, {
                                  {"cache_info", lru_cache_info},
                                  {"cache_clear", lru_cache_clear},
                                  {"__reduce__", lru_reduce},
                                  {"__copy__", lru_copy},
                                  {"__deepcopy__", lru_deepcopy},
                              });
    type_ready(LruCacheType);
}

void functools_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    partial_type_init();
    keywrapper_type_init();
    lru_type_init();
}

const MethodDef kFunctoolsFunctions[] = {
    {"reduce", functools_reduce},
    {"cmp_to_key", functools_cmp_to_key},
};

}  // namespace

Ref<Module> make_functools_module() {
    functools_types_init();
    Ref<Module> m = module_new("_functools", ModuleOrigin::BuiltIn);
    Module* mod = m.get();
    for (const MethodDef& def : kFunctoolsFunctions) module_add(mod, def.name, builtin_function_new(&def, mod).get());
    module_add(mod, "partial", &PartialType);
    module_add(mod, "KeyWrapper", &KeyWrapperType);
    module_add(mod, "_lru_cache_wrapper", &LruCacheType);
    return m;
}

}  // namespace minipy
