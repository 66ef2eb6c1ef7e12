// member_descriptor: what a name in `__slots__` becomes on its class
// (CPython's PyMemberDescrObject for a T_OBJECT_EX member). It reads and
// writes one pointer-sized field of the instance, at `offset`; an empty
// field reads as AttributeError.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>

namespace minipy {

struct Str;

struct MemberDescriptor : Object {
    Str* name = nullptr;    // owned: the (mangled) slot name
    Type* owner = nullptr;  // owned: the class that declared the slot (__objclass__)
    std::size_t offset = 0;
};

extern Type MemberDescriptorType;

Ref<> member_descriptor_new(Str* name, Type* owner, std::size_t offset);

}  // namespace minipy
