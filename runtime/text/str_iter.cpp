// The str iterators. CPython 3.11 has two: str_ascii_iterator for ASCII text
// and str_iterator for the rest; both step through the code points by index
// (O(1) in every kind) and yield the cached one-character strings where they
// exist, so `next(iter('a')) is 'a'`.
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"

namespace minipy {

namespace {

Type StrAsciiIterType;
Type StrIterType;

struct StrIter : Object {
    Str* str = nullptr;       // owned; null once exhausted
    std::int64_t index = 0;   // the next code point
};

void iter_clear(Object* o) { clear_slot(cast<StrIter>(o)->str); }

void iter_destroy(Object* o) {
    iter_clear(o);
    delete_object(cast<StrIter>(o));
}

void iter_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<StrIter>(o)->str, visit, arg); }

Ref<> str_iter_self(Object* o) { return share(o); }

Ref<> str_iter_next(Object* o) {
    auto* it = cast<StrIter>(o);
    Str* s = it->str;
    if (!s) return nullptr;
    if (it->index >= s->length) {
        clear_slot(it->str);  // CPython drops the string when exhausted
        return nullptr;
    }
    return str_from_codepoint(s->at(it->index++));
}

// __length_hint__: what is left, in code points.
Ref<> iter_length_hint(Object* self, const Args& args) {
    if (!check_no_args("__length_hint__", args)) return nullptr;
    auto* it = cast<StrIter>(self);
    if (!it->str) return int_from(0);
    return int_from(it->str->length - it->index);
}

void init_one(Type& type, std::string_view name) {
    type_init_builtin(type, name, &ObjectType, sizeof(StrIter), type_flags::kHasGC);
    type.destroy = iter_destroy;
    type.traverse = iter_traverse;
    type.clear = iter_clear;
    type.iter = str_iter_self;
    type.next = str_iter_next;
    add_methods(type, {{"__length_hint__", iter_length_hint}});
    type_ready(type);
}

}  // namespace

Ref<> str_iter_new(Str* s) {
    auto it = new_object<StrIter>(s->ascii() ? &StrAsciiIterType : &StrIterType);
    set_slot(it->str, s);
    gc_track(it.get());
    return it;
}

void str_iter_types_init() {
    init_one(StrAsciiIterType, "str_ascii_iterator");
    init_one(StrIterType, "str_iterator");
}

}  // namespace minipy
