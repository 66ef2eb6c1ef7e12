// The gc module (CPython's Modules/gcmodule.c): the collector's controls
// and the heap walks built on it — get_objects, get_referrers and
// get_referents all rest on gc_for_each and the types' traverse slots.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace minipy {

namespace {

bool generation_arg(Object* value, std::int64_t& out) {
    if (is_float(value)) {
        raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
        return false;
    }
    return index_to_i64(value, out);
}

// gc.collect(generation=2) -> the number of unreachable objects found.
Ref<> gc_collect_fn(Object*, const Args& args) {
    static const ArgSpec spec{"collect", {"generation"}, 0};
    Object* a[1];
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t generation = kGenerations - 1;
    if (a[0] && !generation_arg(a[0], generation)) return nullptr;
    if (generation < 0 || generation >= kGenerations) return raise(exc::ValueError, "invalid generation");
    std::int64_t found = gc_collect(static_cast<int>(generation));
    if (error_pending()) return nullptr;
    return int_from(found);
}

Ref<> gc_enable_fn(Object*, const Args& args) {
    if (!check_no_args("enable", args)) return nullptr;
    gc_set_enabled(true);
    return none();
}

Ref<> gc_disable_fn(Object*, const Args& args) {
    if (!check_no_args("disable", args)) return nullptr;
    gc_set_enabled(false);
    return none();
}

Ref<> gc_isenabled_fn(Object*, const Args& args) {
    if (!check_no_args("isenabled", args)) return nullptr;
    return bool_from(gc_is_enabled());
}

Ref<> gc_get_count_fn(Object*, const Args& args) {
    if (!check_no_args("get_count", args)) return nullptr;
    return tuple_from({int_from(gc_get_count(0)).get(), int_from(gc_get_count(1)).get(),
                       int_from(gc_get_count(2)).get()});
}

Ref<> gc_get_threshold_fn(Object*, const Args& args) {
    if (!check_no_args("get_threshold", args)) return nullptr;
    return tuple_from({int_from(gc_get_threshold(0)).get(), int_from(gc_get_threshold(1)).get(),
                       int_from(gc_get_threshold(2)).get()});
}

// gc.set_threshold(threshold0[, threshold1[, threshold2]])
Ref<> gc_set_threshold_fn(Object*, const Args& args) {
    if (!check_no_keywords("set_threshold", args)) return nullptr;
    if (args.size() < 1) return raise(exc::TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (args.size() > 3)
        return raisef(exc::TypeError, "set_threshold() takes at most 3 arguments ({} given)", args.size());
    std::int64_t values[3];
    for (std::size_t i = 0; i < args.size(); ++i)
        if (!generation_arg(args[i], values[i])) return nullptr;
    for (std::size_t i = 0; i < args.size(); ++i) gc_set_threshold(static_cast<int>(i), static_cast<int>(values[i]));
    return none();
}

// gc.get_objects(generation=None): every object the collector tracks (in
// one generation or all), not counting the list being returned.
Ref<> gc_get_objects_fn(Object*, const Args& args) {
    static const ArgSpec spec{"get_objects", {"generation"}, 0};
    Object* a[1];
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t generation = -1;
    if (a[0] && a[0] != None) {
        if (!generation_arg(a[0], generation)) return nullptr;
        if (generation >= kGenerations)
            return raisef(exc::ValueError,
                          "generation parameter must be less than the number of available generations ({})",
                          kGenerations);
        if (generation < 0) return raise(exc::ValueError, "generation parameter cannot be negative");
    }
    std::vector<Object*> found;
    gc_for_each(static_cast<int>(generation), [&](Object* o) { found.push_back(o); });
    return list_from_array(found.data(), static_cast<std::int64_t>(found.size()));
}

// gc.get_referrers(*objs): the tracked objects whose traverse slot visits
// one of `objs`.
Ref<> gc_get_referrers_fn(Object*, const Args& args) {
    if (!check_no_keywords("get_referrers", args)) return nullptr;
    struct Search {
        std::unordered_set<Object*> targets;
        bool hit = false;
    } search;
    for (std::size_t i = 0; i < args.size(); ++i) search.targets.insert(args[i]);
    std::vector<Object*> found;
    gc_for_each(-1, [&](Object* o) {
        TraverseFn traverse = o->type->traverse;
        if (!traverse) return;
        search.hit = false;
        traverse(
            o,
            [](Object* child, void* arg) {
                auto* s = static_cast<Search*>(arg);
                if (s->targets.count(child)) s->hit = true;
            },
            &search);
        if (search.hit) found.push_back(o);
    });
    return list_from_array(found.data(), static_cast<std::int64_t>(found.size()));
}

// gc.get_referents(*objs): what the traverse slots of the GC objects among
// `objs` visit (objects of other types have none).
Ref<> gc_get_referents_fn(Object*, const Args& args) {
    if (!check_no_keywords("get_referents", args)) return nullptr;
    std::vector<Object*> found;
    for (std::size_t i = 0; i < args.size(); ++i) {
        Object* o = args[i];
        if (!object_has_gc(o) || !o->type->traverse) continue;
        o->type->traverse(
            o, [](Object* child, void* arg) { static_cast<std::vector<Object*>*>(arg)->push_back(child); }, &found);
    }
    return list_from_array(found.data(), static_cast<std::int64_t>(found.size()));
}

Ref<> gc_is_tracked_fn(Object*, const Args& args) {
    if (!check_one_arg("gc.is_tracked", args)) return nullptr;
    Object* o = args[0];
    return bool_from(object_has_gc(o) && gc_is_tracked(o));
}

// True once __del__ has run on the object (PEP 442).
Ref<> gc_is_finalized_fn(Object*, const Args& args) {
    if (!check_one_arg("gc.is_finalized", args)) return nullptr;
    Object* o = args[0];
    return bool_from(object_has_gc(o) && gc_has_flag(o, gc_flags::kFinalized));
}

Ref<> gc_get_stats_fn(Object*, const Args& args) {
    if (!check_no_args("get_stats", args)) return nullptr;
    Ref<List> result = list_new();
    for (int g = 0; g < kGenerations; ++g) {
        const GCStats& st = gc_get_stats(g);
        Ref<Dict> d = dict_new();
        if (dict_set(d.get(), "collections", int_from(st.collections).get()) < 0 ||
            dict_set(d.get(), "collected", int_from(st.collected).get()) < 0 ||
            dict_set(d.get(), "uncollectable", int_from(st.uncollectable).get()) < 0)
            return nullptr;
        if (!list_append(result.get(), d.get())) return nullptr;
    }
    return result;
}

Ref<> gc_freeze_fn(Object*, const Args& args) {
    if (!check_no_args("freeze", args)) return nullptr;
    gc_freeze();
    return none();
}

Ref<> gc_unfreeze_fn(Object*, const Args& args) {
    if (!check_no_args("unfreeze", args)) return nullptr;
    gc_unfreeze();
    return none();
}

Ref<> gc_get_freeze_count_fn(Object*, const Args& args) {
    if (!check_no_args("get_freeze_count", args)) return nullptr;
    return int_from(gc_freeze_count());
}

Ref<> gc_set_debug_fn(Object*, const Args& args) {
    if (!check_one_arg("set_debug", args)) return nullptr;
    std::int64_t flags;
    if (!generation_arg(args[0], flags)) return nullptr;
    gc_set_debug(static_cast<int>(flags));
    return none();
}

Ref<> gc_get_debug_fn(Object*, const Args& args) {
    if (!check_no_args("get_debug", args)) return nullptr;
    return int_from(gc_get_debug());
}

}  // namespace

Ref<Module> make_gc_module() {
    module_types_init();
    Ref<Module> m = module_new("gc", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
                                      {"collect", gc_collect_fn},
                                      {"enable", gc_enable_fn},
                                      {"disable", gc_disable_fn},
                                      {"isenabled", gc_isenabled_fn},
                                      {"get_count", gc_get_count_fn},
                                      {"get_threshold", gc_get_threshold_fn},
                                      {"set_threshold", gc_set_threshold_fn},
                                      {"get_objects", gc_get_objects_fn},
                                      {"get_referrers", gc_get_referrers_fn},
                                      {"get_referents", gc_get_referents_fn},
                                      {"is_tracked", gc_is_tracked_fn},
                                      {"is_finalized", gc_is_finalized_fn},
                                      {"get_stats", gc_get_stats_fn},
                                      {"freeze", gc_freeze_fn},
                                      {"unfreeze", gc_unfreeze_fn},
                                      {"get_freeze_count", gc_get_freeze_count_fn},
                                      {"set_debug", gc_set_debug_fn},
                                      {"get_debug", gc_get_debug_fn},
                                  });
    const std::pair<const char*, int> flags[] = {{"DEBUG_STATS", gc_debug::kStats},
                                                 {"DEBUG_COLLECTABLE", gc_debug::kCollectable},
                                                 {"DEBUG_UNCOLLECTABLE", gc_debug::kUncollectable},
                                                 {"DEBUG_SAVEALL", gc_debug::kSaveAll},
                                                 {"DEBUG_LEAK", gc_debug::kLeak}};
    for (auto [name, value] : flags) module_add(m.get(), name, int_from(value).get());

    // The collector reads these two lists; it keeps a reference of its own
    // so that they outlive any one module object.
    Ref<List> garbage = list_new();
    Ref<List> callbacks = list_new();
    module_add(m.get(), "garbage", garbage.get());
    module_add(m.get(), "callbacks", callbacks.get());
    set_slot(gc_garbage_list, static_cast<Object*>(garbage.get()));
    set_slot(gc_callbacks_list, static_cast<Object*>(callbacks.get()));
    return m;
}

}  // namespace minipy
