// The _collections module (CPython's Modules/_collectionsmodule.c): deque
// (deque.cpp) and defaultdict (defaultdict.cpp), which lib/collections
// re-exports, the _tuplegetter descriptor behind namedtuple's fields, and
// _count_elements, the loop of Counter.update.
#include "runtime/modules/collections.hpp"
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <string>

namespace minipy {

namespace {

// ------------------------------------------------------------ _tuplegetter
//
// `Point.x` of a namedtuple: a data descriptor that reads item `index` of
// the tuple it is fetched from; the fields can be neither set nor deleted.

Type TupleGetterType;

struct TupleGetter : Object {
    std::int64_t index = 0;
    Object* doc = nullptr;  // owned; __doc__, writable
};

TupleGetter* as_getter(Object* o) { return cast<TupleGetter>(o); }

// _tuplegetter(index, doc)
Ref<> getter_new(Type* type, const Args& args) {
    if (!check_no_keywords("_tuplegetter", args) || !check_arg_range("_tuplegetter", args, 2, 2)) return nullptr;
    std::int64_t index;
    if (!index_to_i64(args[0], index)) return nullptr;
    auto g = new_object<TupleGetter>(type);
    g->index = index;
    g->doc = share(args[1]).release();
    gc_track(g.get());
    return g;
}

void getter_destroy(Object* o) {
    clear_slot(as_getter(o)->doc);
    delete_object(as_getter(o));
}

void getter_traverse(Object* o, VisitFn visit, void* arg) { visit_field(as_getter(o)->doc, visit, arg); }
void getter_clear(Object* o) { clear_slot(as_getter(o)->doc); }

Ref<> getter_get(Object* descr, Object* instance, Type*) {
    if (!instance || instance == None) return share(descr);
    TupleGetter* g = as_getter(descr);
    if (!is_tuple(instance))
        return raisef(exc::TypeError, "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
                      g->index, type_name(instance));
    Tuple* t = cast<Tuple>(instance);
    if (g->index < 0 || g->index >= t->size) return raise(exc::IndexError, "tuple index out of range");
    return share((*t)[g->index]);
}

int getter_set(Object*, Object*, Object* value) {
    raise(exc::AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

Ref<> getter_repr(Object* self) {
    std::string doc;
    if (!repr_text(as_getter(self)->doc ? as_getter(self)->doc : None, doc)) return nullptr;
    return str_from(fmt::format("{}({}, {})", self->type->name->view(), as_getter(self)->index, doc));
}

Ref<> getter_reduce(Object* self, const Args& args) {
    if (!check_no_args("_tuplegetter.__reduce__", args)) return nullptr;
    Ref<> index = int_from(as_getter(self)->index);
    Ref<> ctor_args = tuple_from({index.get(), as_getter(self)->doc ? as_getter(self)->doc : None});
    return tuple_from({self->type, ctor_args.get()});
}

Ref<> getter_doc(Object* self) { return share(as_getter(self)->doc ? as_getter(self)->doc : None); }
int set_getter_doc(Object* self, Object* value) {
    set_slot(as_getter(self)->doc, value);
    return 0;
}

void tuple_getter_type_init() {
    type_init_builtin(TupleGetterType, "_collections._tuplegetter", &ObjectType, sizeof(TupleGetter),
                      type_flags::kHasGC);
    TupleGetterType.new_instance = getter_new;
    TupleGetterType.destroy = getter_destroy;
    TupleGetterType.traverse = getter_traverse;
    TupleGetterType.clear = getter_clear;
    TupleGetterType.descr_get = getter_get;
    TupleGetterType.descr_set = getter_set;
    TupleGetterType.repr = getter_repr;
    TupleGetterType.getattr = generic_getattr;
    add_methods(TupleGetterType, {{"__reduce__", getter_reduce}});
    add_getsets(TupleGetterType, {{"__doc__", getter_doc, set_getter_doc}});
    type_ready(TupleGetterType);
}

// ------------------------------------------------------------ _count_elements

// _count_elements(mapping, iterable, /): mapping[x] = mapping.get(x, 0) + 1
// for each x. A dict (or a class that keeps dict's get and __setitem__, as
// Counter does) is updated directly; anything else through its methods.
Ref<> count_elements(Object*, const Args& args) {
    if (!check_no_keywords("_count_elements", args) || !check_arg_range("_count_elements", args, 2, 2))
        return nullptr;
    Object* mapping = args[0];
    Ref<> it = get_iter(args[1]);
    if (!it) return nullptr;
    Object* one = small_int(1);
    Object* get = type_lookup(mapping->type, "get");
    Object* set = type_lookup(mapping->type, "__setitem__");
    if (is_dict(mapping) && get && get == type_lookup(&DictType, "get") && set &&
        set == type_lookup(&DictType, "__setitem__")) {
        // Each key hashed once, for the lookup and the store, as CPython's.
        Dict* d = cast<Dict>(mapping);
        while (Ref<> key = iter_next(it.get())) {
            const std::int64_t h = hash(key.get());
            if (h == -1) return nullptr;
            Object* old = dict_get_known_hash(d, key.get(), h);
            if (!old && error_pending()) return nullptr;
            Ref<> value = old ? binary_op(Ref<>(share(old)).get(), one, BinaryOp::Add) : share(one);
            if (!value || dict_set_known_hash(d, key.get(), h, value.get()) < 0) return nullptr;
        }
    } else {
        Ref<> bound_get = getattr(mapping, "get");
        if (!bound_get) return nullptr;
        Object* zero = small_int(0);
        while (Ref<> key = iter_next(it.get())) {
            Ref<> old = call(bound_get.get(), {key.get(), zero});
            if (!old) return nullptr;
            Ref<> value = binary_op(old.get(), one, BinaryOp::Add);
            if (!value || setitem(mapping, key.get(), value.get()) < 0) return nullptr;
        }
    }
    if (error_pending()) return nullptr;
    return none();
}

}  // namespace

bool check_tuple_arity(std::string_view name, const Args& args, std::size_t min, std::size_t max) {
    const std::size_t n = args.size();
    if (n >= min && n <= max) return true;
    const std::size_t bound = n < min ? min : max;
    raisef(exc::TypeError, "{}() takes {} {} argument{} ({} given)", name,
           min == max ? "exactly" : n < min ? "at least" : "at most", bound, bound == 1 ? "" : "s", n);
    return false;
}

Ref<Module> make_collections_module() {
    deque_types_init();
    defaultdict_type_init();
    static bool getter_ready = false;
    if (!getter_ready) {
        tuple_getter_type_init();
        getter_ready = true;
    }
    Ref<Module> m = module_new("_collections", ModuleOrigin::BuiltIn);
    module_add(m.get(), "deque", &DequeType);
    module_add(m.get(), "defaultdict", &DefaultDictType);
    module_add(m.get(), "_tuplegetter", &TupleGetterType);
    module_add(m.get(), "_deque_iterator", &DequeIterType);
    module_add(m.get(), "_deque_reverse_iterator", &DequeRevIterType);
    add_module_functions(m.get(), {{"_count_elements", count_elements}});
    return m;
}

}  // namespace minipy
