// The slow paths of the attribute inline caches (see attribute_cache.hpp):
// the type lookup and instance-dict checks that refill a site's cache.
#include "runtime/core/attribute_cache.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/type.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"

#include <utility>

namespace minipy {

// Brings the remembered entry for `version` to the front; false when there
// is none.
static bool recall_entry(AttributeCache& cache, std::uint32_t version) {
    if (!cache.others) return false;
    for (int i = 0; i < AttributeCache::kOtherTypes; ++i) {
        if (cache.others[i].type_version != version) continue;
        AttributeCacheEntry& front = cache;
        std::swap(front, cache.others[i]);
        return true;
    }
    return false;
}

// Keeps the front entry among the others, the oldest of which it replaces.
static void remember_front_entry(AttributeCache& cache) {
    if (!cache.type_version) return;
    if (!cache.others) cache.others = std::make_unique<AttributeCacheEntry[]>(AttributeCache::kOtherTypes);
    for (int i = AttributeCache::kOtherTypes - 1; i > 0; --i) cache.others[i] = cache.others[i - 1];
    cache.others[0] = cache;
}

// The type lookup's answer for `type`, from the cache when its version
// still matches. Types that are not ready yet (version 0) are never cached.
static Object* cached_lookup(Type* type, Str* name, AttributeCache& cache) {
    if (type->version != cache.type_version || !type->version) {
        if (type->version && recall_entry(cache, type->version)) return cache.descr;
        remember_front_entry(cache);
        cache.descr = type_lookup(type, name);
        cache.type_version = type->version;
        cache.name_absent_below = -1;
    }
    return cache.descr;
}

Ref<> getattr_through_cache(Object* o, Str* name, AttributeCache& cache) {
    Type* type = o->type;
    if (type->getattr != generic_getattr) return getattr(o, name);
    Object* descr = cached_lookup(type, name, cache);
    DescrGetFn get = descr ? descr->type->descr_get : nullptr;
    if (!get || !descr->type->descr_set) {
        if (type->dict_offset) {
            if (Object* value = instance_find_attribute(o, name, cache.dict_hint)) return share(value);
        }
        if (!descr) return getattr(o, name);  // missing: getattr raises CPython's error
        if (!get) return share(descr);
    }
    Ref<> keep = share(descr);  // __get__ may run code that changes the class
    Ref<> value = get(descr, o, type);
    if (!value) add_attribute_context(o, name);
    return value;
}

int setattr_cached(Object* o, Str* name, Object* value, AttributeCache& cache) {
    Type* type = o->type;
    if (type->setattr != generic_setattr || !value) return setattr(o, name, value);
    Object* descr = cached_lookup(type, name, cache);
    if (descr && descr->type->descr_set) return descr->type->descr_set(descr, o, value);
    if (!type->dict_offset) return setattr(o, name, value);  // no instance dict: setattr's error
    return instance_store_attribute(o, name, value, cache.dict_hint);
}

Object* unbound_method_cached(Object* o, Str* name, AttributeCache& cache) {
    if (o->type->getattr != generic_getattr) return nullptr;
    Object* descr = cached_lookup(o->type, name, cache);
    if (!descr || (descr->type != &FunctionType && descr->type != &MethodDescriptorType)) return nullptr;
    // An attribute of the instance shadows the method. Inline values can
    // only hold names of the shared keys: a name they lack needs no lookup.
    if (Object** values = o->type->has_flag(type_flags::kManagedDict) ? instance_values(o) : nullptr) {
        const DictKeys* keys = o->type->cached_keys;
        if (cache.name_absent_below == keys->nentries) return descr;
        const std::int64_t ix = dict_shared_keys_find(keys, name);
        if (ix < 0) cache.name_absent_below = keys->nentries;
        return ix >= 0 && values[ix] ? nullptr : descr;
    }
    if (o->type->dict_offset) {
        std::int32_t hint = -1;
        if (instance_find_attribute(o, name, hint)) return nullptr;
    }
    return descr;
}

}  // namespace minipy
