// Inline caches for attribute access sites (CPython 3.11's specialised
// LOAD_ATTR / STORE_ATTR / LOAD_METHOD, in tree-walker form).
//
// Each `obj.name` in the program owns one AttributeCache. It remembers what
// the type lookup answered for the last type seen there, keyed by that
// type's version tag: any change to the class or a base gives it a new
// version, so a remembered answer is never stale. It also remembers where
// in the instance dict the attribute was last found, since instances of one
// class usually store their attributes in the same order (in their inline
// values, always at the same entry of the class's shared keys).
//
// A site that sees objects of several classes (a loop over shapes of four
// kinds) also keeps what it learnt about the last few other types, and on
// a miss brings the entry of the type at hand back to the front, where the
// inline paths look, instead of asking the type lookup again. CPython 3.11
// caches one type per site; minipy's sites are as cheap to keep as its
// nodes are few.
//
// The cached paths behave exactly as getattr/setattr (same descriptors
// called, same errors); types with their own attribute hooks simply take
// the uncached path.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/text/str.hpp"

#include <cstdint>
#include <memory>

namespace minipy {

// What a site remembers about one type.
struct AttributeCacheEntry {
    std::uint32_t type_version = 0;  // 0: nothing remembered
    Object* descr = nullptr;         // borrowed: type_lookup's answer for that version
    std::int32_t dict_hint = -1;     // entry position in the instance dict
    // The class's shared keys had this many entries, none of them the
    // name, when last looked at: an instance with inline values cannot
    // shadow the name while the keys (which only grow) still have as many.
    std::int64_t name_absent_below = -1;
};

// The entry of the type seen last, and the entries of up to kOtherTypes
// types seen before it, most recent first (allocated when a second type
// comes).
struct AttributeCache : AttributeCacheEntry {
    static constexpr int kOtherTypes = 3;
    std::unique_ptr<AttributeCacheEntry[]> others;
};

// getattr(o, name) through the cache.
Ref<> getattr_through_cache(Object* o, Str* name, AttributeCache& cache);

// The commonest read, `self.x`, answered inline: the class has nothing of
// that name and the instance dict holds it where the cache says. Borrowed;
// null when the cache cannot answer.
inline Object* cached_instance_attribute(Object* o, Str* name, const AttributeCache& cache) {
    const Type* type = o->type;
    if (type->getattr != generic_getattr || type->version != cache.type_version || !type->version || cache.descr)
        return nullptr;
    if (type->dict_offset == kManagedDictOffset) {
        // The hint is an entry of the class's shared keys, which index the
        // inline values and the split dict made from them alike.
        const DictKeys* keys = type->cached_keys;
        if (Object** values = instance_values(o))
            return dict_unicode_key_at(keys, cache.dict_hint, name) ? values[cache.dict_hint] : nullptr;
        const Dict* d = managed_dict(o);
        return d ? dict_hinted_value(d, name, cache.dict_hint) : nullptr;
    }
    if (type->dict_offset <= 0) return nullptr;  // none, or after the items of a tuple or bytes: the slow path finds it
    const Dict* d = *reinterpret_cast<Dict* const*>(reinterpret_cast<const char*>(o) + type->dict_offset);
    return d ? dict_hinted_value(d, name, cache.dict_hint) : nullptr;
}

inline Ref<> getattr_cached(Object* o, Str* name, AttributeCache& cache) {
    if (Object* value = cached_instance_attribute(o, name, cache)) return share(value);
    return getattr_through_cache(o, name, cache);
}
// The commonest store, `self.x = value`, answered inline: the class has no
// data descriptor of that name, and the instance's inline values have the
// name's slot where the cache says (CPython's STORE_ATTR_INSTANCE_VALUE).
// Takes `value`'s reference into the slot; false when the cache cannot
// answer, with `value` untouched.
inline bool cached_store_instance_value(Object* o, Str* name, Ref<>& value, const AttributeCache& cache) {
    const Type* type = o->type;
    if (type->setattr != generic_setattr || type->version != cache.type_version || !type->version ||
        type->dict_offset != kManagedDictOffset || (cache.descr && cache.descr->type->descr_set))
        return false;
    Object** values = instance_values(o);
    if (!values || !dict_unicode_key_at(type->cached_keys, cache.dict_hint, name)) return false;
    Object* old = values[cache.dict_hint];
    values[cache.dict_hint] = value.release();
    if (!old) dict_values_added(values, cache.dict_hint);
    else decref(old);  // last: releasing it may run code
    return true;
}

// setattr(o, name, value) through the cache (value null deletes); -1 on error.
[[nodiscard]] int setattr_cached(Object* o, Str* name, Object* value, AttributeCache& cache);
// For `o.name(...)`: the function or method descriptor to call with `o` as
// first argument when the lookup would just bind it (borrowed), else null
// and the caller binds through getattr (CPython's LOAD_METHOD).
Object* unbound_method_cached(Object* o, Str* name, AttributeCache& cache);
// Its commonest case answered inline: `lst.append`, `s.isdigit` on an
// object without an instance dict, whose type is as the cache last saw it
// (CPython's LOAD_METHOD_NO_DICT). Null when the cache cannot answer.
inline Object* cached_method_without_dict(const Object* o, const AttributeCache& cache) {
    const Type* type = o->type;
    if (type->version != cache.type_version || !type->version || type->dict_offset != 0 ||
        type->getattr != generic_getattr || !cache.descr)
        return nullptr;
    const Type* kind = cache.descr->type;
    return kind == &MethodDescriptorType || kind == &FunctionType ? cache.descr : nullptr;
}

}  // namespace minipy
