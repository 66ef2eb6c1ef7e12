// types.UnionType (CPython 3.11's Objects/unionobject.c, without type-variable
// parameters and subscription).
#include "runtime/objects/union_type.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <string>
#include <vector>

namespace minipy {

Type UnionTypeType;

// What may stand on either side of `|` (is_unionable).
static bool is_unionable(Object* o) {
    return o == None || is_type(o) || o->type == &GenericAliasType || is_union(o);
}

// Whether `item` is already among `items`: the same object, or an equal
// generic alias (list[int] twice), as dedup_and_flatten_args decides.
static int already_in(const std::vector<Object*>& items, Object* item) {
    for (Object* seen : items) {
        if (seen == item) return 1;
        if (seen->type == &GenericAliasType && item->type == &GenericAliasType) {
            int eq = equals(seen, item);
            if (eq != 0) return eq;
        }
    }
    return 0;
}

// Appends `o`'s arguments (its own if a union, else itself, None as NoneType).
static int add_arguments(std::vector<Object*>& items, Object* o) {
    if (is_union(o)) {
        for (Object* arg : *union_args(o)) {
            int r = add_arguments(items, arg);
            if (r < 0) return r;
        }
        return 0;
    }
    if (o == None) o = &NoneType;
    int dup = already_in(items, o);
    if (dup < 0) return -1;
    if (!dup) items.push_back(o);
    return 0;
}

Ref<> union_type_or(Object* a, Object* b) {
    if (!is_unionable(a) || !is_unionable(b)) return not_implemented();
    std::vector<Object*> items;
    if (add_arguments(items, a) < 0 || add_arguments(items, b) < 0) return nullptr;
    if (items.size() == 1) return share(items[0]);
    auto u = new_object<UnionObject>(&UnionTypeType);
    u->args = tuple_from_array(items.data(), static_cast<std::int64_t>(items.size())).release();
    gc_track(u.get());
    return u;
}

// int | None | list[int]: NoneType shows as None, the rest as in list[...].
static Ref<> union_repr(Object* o) {
    std::string out;
    bool first = true;
    for (Object* arg : *union_args(o)) {
        if (!first) out += " | ";
        first = false;
        if (arg == &NoneType) {
            out += "None";
        } else if (!generic_alias_repr_item(arg, out)) {
            return nullptr;
        }
    }
    return str_from(out);
}

// Equal when each union's arguments are all in the other (order aside).
static int contains_all(Tuple* items, Tuple* wanted) {
    for (Object* w : *wanted) {
        int found = 0;
        for (Object* item : *items) {
            found = item == w ? 1 : equals(item, w);
            if (found != 0) break;
        }
        if (found <= 0) return found;
    }
    return 1;
}

static Ref<> union_compare(Object* a, Object* b, CompareOp op) {
    if (!is_union(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
    int eq = contains_all(union_args(a), union_args(b));
    if (eq > 0) eq = contains_all(union_args(b), union_args(a));
    if (eq < 0) return nullptr;
    return bool_from(op == CompareOp::Eq ? eq != 0 : eq == 0);
}

// Independent of the order, as the hash of the frozenset CPython takes.
static std::int64_t union_hash(Object* o) {
    std::uint64_t h = 0x345678;
    for (Object* arg : *union_args(o)) {
        std::int64_t item = hash(arg);
        if (item == -1) return -1;
        h ^= static_cast<std::uint64_t>(item) * 0x9e3779b97f4a7c15ULL;
    }
    auto result = static_cast<std::int64_t>(h);
    return result == -1 ? -2 : result;
}

static void union_clear(Object* o) { clear_slot(static_cast<UnionObject*>(o)->args); }

static void union_destroy(Object* o) {
    union_clear(o);
    delete_object(static_cast<UnionObject*>(o));
}

static void union_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(static_cast<UnionObject*>(o)->args, visit, arg);
}

static Ref<> union_get_args(Object* o) { return share<Object>(union_args(o)); }
static Ref<> union_get_parameters(Object*) { return empty_tuple(); }

void union_type_init() {
    type_init_builtin(UnionTypeType, "UnionType", &ObjectType, sizeof(UnionObject), type_flags::kHasGC);
    UnionTypeType.module = intern_str(str_from("types")).release();
    UnionTypeType.destroy = union_destroy;
    UnionTypeType.traverse = union_traverse;
    UnionTypeType.clear = union_clear;
    UnionTypeType.repr = union_repr;
    UnionTypeType.compare = union_compare;
    UnionTypeType.hash = union_hash;
    UnionTypeType.binary[static_cast<int>(BinaryOp::Or)] = union_type_or;
    add_getsets(UnionTypeType, {
                                   {"__args__", union_get_args},
                                   {"__parameters__", union_get_parameters},
                               });
    type_ready(UnionTypeType);
}

}  // namespace minipy
