// member_descriptor: the descriptors of __slots__ and of builtin types'
// plain fields (Objects/descrobject.c's member_get/member_set over
// Python/structmember.c's PyMember_GetOne/SetOne).
#include "runtime/objects/member.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

namespace minipy {

Type MemberDescriptorType;

namespace {

template <class T>
T& field(Object* instance, const MemberDescriptor* d) {
    return *reinterpret_cast<T*>(reinterpret_cast<char*>(instance) + d->offset);
}

// descr_check: the field exists only on instances of the declaring class.
bool applies_to(const MemberDescriptor* d, Object* instance) {
    if (is_instance_of(instance, d->owner)) return true;
    raisef(exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", d->name->view(),
           d->owner->name_view(), type_name(instance));
    return false;
}

Ref<> member_get(Object* descr, Object* instance, Type*) {
    auto* d = cast<MemberDescriptor>(descr);
    if (!instance) return share(descr);  // through the class: the descriptor itself
    if (!applies_to(d, instance)) return nullptr;
    switch (d->kind) {
        case MemberKind::Bool: return bool_from(field<bool>(instance, d));
        case MemberKind::Ssize: return int_from(field<std::int64_t>(instance, d));
        case MemberKind::Object: return share(field<Object*>(instance, d) ? field<Object*>(instance, d) : None);
        case MemberKind::ObjectEx: break;
    }
    Object* value = field<Object*>(instance, d);
    if (!value)
        return raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(instance),
                      StrUtf8(d->name).view());
    return share(value);
}

// PyMember_SetOne: the numeric kinds take only their own type and cannot be
// deleted; T_PYSSIZET asks for an int, without __index__.
int member_set_number(const MemberDescriptor* d, Object* instance, Object* value) {
    if (!value) return raise(exc::TypeError, "can't delete numeric/char attribute"), -1;
    if (d->kind == MemberKind::Bool) {
        if (value != True && value != False) return raise(exc::TypeError, "attribute value type must be bool"), -1;
        field<bool>(instance, d) = value == True;
        return 0;
    }
    if (!is_int(value)) return raise(exc::TypeError, "an integer is required"), -1;
    auto n = int_to_i64(cast<Int>(value));
    if (!n) return raise(exc::OverflowError, "Python int too large to convert to C ssize_t"), -1;
    field<std::int64_t>(instance, d) = *n;
    return 0;
}

int member_set(Object* descr, Object* instance, Object* value) {
    auto* d = cast<MemberDescriptor>(descr);
    if (!applies_to(d, instance)) return -1;
    if (d->kind == MemberKind::Bool || d->kind == MemberKind::Ssize) return member_set_number(d, instance, value);
    Object*& slot = field<Object*>(instance, d);
    // `del` of an empty __slots__ field; T_OBJECT lets it go.
    if (!value && !slot && d->kind == MemberKind::ObjectEx) return raise(exc::AttributeError, d->name->view()), -1;
    set_slot(slot, value);
    return 0;
}

// <member 'x' of 'P' objects>
Ref<> member_repr(Object* o) {
    auto* d = cast<MemberDescriptor>(o);
    return str_from(fmt::format("<member '{}' of '{}' objects>", d->name->view(), d->owner->name_view()));
}

// Keeps `name`, which repr and error messages read: an exact str.
void member_clear(Object* o) { clear_slot(cast<MemberDescriptor>(o)->owner); }

void member_destroy(Object* o) {
    auto* d = cast<MemberDescriptor>(o);
    descriptor_release(d);
    delete_object(d);
}

// Readied on first use: by the builtin exceptions, or the first class with
// __slots__.
void member_type_ready() {
    if (MemberDescriptorType.has_flag(type_flags::kReady)) return;
    type_init_builtin(MemberDescriptorType, "member_descriptor", &ObjectType, sizeof(MemberDescriptor),
                      type_flags::kHasGC);
    MemberDescriptorType.destroy = member_destroy;
    MemberDescriptorType.traverse = descriptor_traverse;
    MemberDescriptorType.clear = member_clear;
    MemberDescriptorType.repr = member_repr;
    MemberDescriptorType.getattr = generic_getattr;
    MemberDescriptorType.descr_get = member_get;
    MemberDescriptorType.descr_set = member_set;
    add_descriptor_getsets(MemberDescriptorType);
    type_ready(MemberDescriptorType);
}

}  // namespace

Ref<> member_descriptor_new(Str* name, Type* owner, std::size_t offset, MemberKind kind) {
    member_type_ready();
    auto d = new_object<MemberDescriptor>(&MemberDescriptorType);
    d->offset = static_cast<std::uint32_t>(offset);  // within one instance's fixed part
    d->kind = kind;
    descriptor_start(d.get(), owner, name);
    return d;
}

void add_member(Type& type, const char* name, std::size_t offset, MemberKind kind) {
    Ref<> descr = member_descriptor_new(intern(name), &type, offset, kind);
    // Type set-up under a str key: fails only once memory is exhausted.
    (void)dict_set(type.dict, intern(name), descr.get());
    type_modified(&type);
}

}  // namespace minipy
