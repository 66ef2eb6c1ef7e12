// member_descriptor: what a name in `__slots__` becomes on its class, and
// how builtin types expose plain fields of their instances (CPython's
// PyMemberDescrObject). It reads and writes one field of the instance, at
// `offset`, of one of the kinds below (CPython's T_OBJECT_EX, T_OBJECT,
// T_BOOL and T_PYSSIZET).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/objects/descriptors.hpp"

#include <cstddef>
#include <cstdint>

namespace minipy {

struct Str;

enum class MemberKind : std::uint8_t {
    // An owned Object*: an empty field reads, and deletes, as AttributeError
    // (a name in __slots__).
    ObjectEx,
    // An owned Object*: an empty field reads as None, and `del` empties it
    // (StopIteration.value, OSError.errno, ...).
    Object,
    // A bool: only True or False can be stored (__suppress_context__).
    Bool,
    // A std::int64_t (Py_ssize_t): any int that fits (UnicodeError.start).
    Ssize,
};

// PyMemberDescrObject: the common part (owner: the class that declared the
// slot; name: the (mangled) slot name), then the word of CPython's d_member
// (its PyMemberDef), which here holds the field's offset and kind.
struct MemberDescriptor : Descriptor {
    std::uint32_t offset = 0;
    MemberKind kind = MemberKind::ObjectEx;
};

extern Type MemberDescriptorType;

Ref<> member_descriptor_new(Str* name, Type* owner, std::size_t offset, MemberKind kind = MemberKind::ObjectEx);

// Puts a member descriptor for the field at `offset` of `type`'s instances
// in `type`'s namespace, under `name` (type_ready has run).
void add_member(Type& type, const char* name, std::size_t offset, MemberKind kind);

}  // namespace minipy
