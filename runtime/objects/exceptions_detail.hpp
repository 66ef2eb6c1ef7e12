// What the files of the builtin exceptions share (exceptions.cpp,
// exceptions_fields.cpp, exceptions_os.cpp, exceptions_unicode.cpp): the
// lifetime slots of each layout, BaseException's __init__ and __str__, and
// the set-up of each group of classes.
#pragma once

#include "runtime/core/heap.hpp"
#include "runtime/core/type.hpp"
#include "runtime/objects/exceptions.hpp"

#include <cstddef>

namespace minipy {

// CPython 3.11's sizes (tp_basicsize) on 64-bit, which sys.getsizeof adds
// the collector's 16 bytes to.
static_assert(sizeof(ExceptionObject) == 72);
static_assert(sizeof(StopIterationObject) == 80 && sizeof(SystemExitObject) == 80 && sizeof(NameErrorObject) == 80);
static_assert(sizeof(AttributeErrorObject) == 88 && sizeof(ImportErrorObject) == 96);
static_assert(sizeof(OSErrorObject) == 112 && sizeof(UnicodeErrorObject) == 112 && sizeof(SyntaxErrorObject) == 136);

// BaseException's lifetime slots (BaseException_clear and _traverse): dict,
// args, notes, traceback, cause, context.
void exception_base_clear(Object* o);
void exception_base_traverse(Object* o, VisitFn visit, void* arg);

// The clear, traverse and destroy slots of layout T, whose own fields are
// `Fields` in the order of CPython's T_clear (which T_traverse follows):
// those first, then BaseException's. Destroy is clear, then free, as
// CPython's T_dealloc.
template <class T, auto... Fields>
struct ExceptionLayout {
    static void clear(Object* o) {
        [[maybe_unused]] T* e = cast<T>(o);
        (clear_slot(e->*Fields), ...);
        exception_base_clear(o);
    }
    static void traverse(Object* o, VisitFn visit, void* arg) {
        [[maybe_unused]] T* e = cast<T>(o);
        (visit_field(e->*Fields, visit, arg), ...);
        exception_base_traverse(o, visit, arg);
    }
    static void destroy(Object* o) {
        clear(o);
        delete_object(cast<T>(o));
    }
    // Sets `type`'s lifetime slots and instance size (type_init_builtin ran).
    static void install(Type& type) {
        type.basic_size = sizeof(T);
        type.destroy = destroy;
        type.traverse = traverse;
        type.clear = clear;
    }
};

using BaseExceptionLayout = ExceptionLayout<ExceptionObject>;
using StopIterationLayout = ExceptionLayout<StopIterationObject, &StopIterationObject::value>;
using SystemExitLayout = ExceptionLayout<SystemExitObject, &SystemExitObject::code>;
using ImportErrorLayout =
    ExceptionLayout<ImportErrorObject, &ImportErrorObject::msg, &ImportErrorObject::name, &ImportErrorObject::path>;
using NameErrorLayout = ExceptionLayout<NameErrorObject, &NameErrorObject::name>;
using AttributeErrorLayout = ExceptionLayout<AttributeErrorObject, &AttributeErrorObject::obj, &AttributeErrorObject::name>;
using OSErrorLayout = ExceptionLayout<OSErrorObject, &OSErrorObject::myerrno, &OSErrorObject::strerror,
                                      &OSErrorObject::filename, &OSErrorObject::filename2>;
using SyntaxErrorLayout =
    ExceptionLayout<SyntaxErrorObject, &SyntaxErrorObject::msg, &SyntaxErrorObject::filename,
                    &SyntaxErrorObject::lineno, &SyntaxErrorObject::offset, &SyntaxErrorObject::end_lineno,
                    &SyntaxErrorObject::end_offset, &SyntaxErrorObject::text, &SyntaxErrorObject::print_file_and_line>;
using UnicodeErrorLayout = ExceptionLayout<UnicodeErrorObject, &UnicodeErrorObject::encoding,
                                           &UnicodeErrorObject::object, &UnicodeErrorObject::reason>;

// BaseException.__new__ for every layout but OSError's: an instance with
// the layout of `type`'s builtin base, its fields empty, `args` as .args.
Ref<> exception_new_slot(Type* type, const Args& args);
// BaseException.__init__: no keywords; `args` becomes .args.
[[nodiscard]] int exception_init(Object* self, const Args& args);
// BaseException.__str__: '' for no args, str(arg) for one, str(args) for several.
Ref<> exception_str_slot(Object* o);
// .args, () when unset.
Ref<> exception_args(Object* o);

// Each group's classes: slots, members and methods, after type_init_builtin
// and before type_ready.
void stop_iteration_types_init();
void system_exit_types_init();
void import_error_types_init();
void name_error_types_init();
void attribute_error_types_init();
void syntax_error_types_init();
void os_error_types_init();
void unicode_error_types_init();
// Their member descriptors, once type_ready has made their namespaces.
void exception_members_init();
void os_error_members_init();
void unicode_error_members_init();

}  // namespace minipy
