// The object model: reference counts, Ref ownership, prompt destruction,
// the small-int cache, and class creation with its slot dispatch.
#include <catch2/catch.hpp>

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/runtime.hpp"
#include "runtime/core/type.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

using namespace minipy;

namespace {

// A class made as `class Name(bases): ns` would make it.
Ref<> make_class(const char* name, std::initializer_list<Object*> bases, Dict* ns) {
    Ref<Tuple> b = tuple_from(bases);
    return type_new_class(&TypeType, intern(name), b.get(), ns);
}

std::string text_of(Object* o) {
    std::string out;
    if (!str_text(o, out)) {
        clear_error();
        return "<error>";
    }
    return out;
}

}  // namespace

TEST_CASE("object: a new object starts with one reference and Ref moves it", "[object]") {
    runtime_init();
    Ref<List> list = list_new();
    CHECK(list->refcount == 1);
    Ref<List> copy = list;
    CHECK(list->refcount == 2);
    Ref<List> moved = std::move(copy);
    CHECK(list->refcount == 2);
    CHECK(!copy);
    moved.reset();
    CHECK(list->refcount == 1);
}

TEST_CASE("object: containers own references to their items", "[object]") {
    runtime_init();
    Ref<> item = make_class("Item", {}, dict_new().get());
    REQUIRE(item);
    Ref<> instance = call(item.get(), {});
    const auto before = instance->refcount;
    Ref<List> list = list_new();
    REQUIRE(list_append(list.get(), instance.get()));
    REQUIRE(list_append(list.get(), instance.get()));
    CHECK(instance->refcount == before + 2);
    list.reset();
    CHECK(instance->refcount == before);
}

TEST_CASE("object: the last reference going away destroys at once, and a weakref sees it", "[object]") {
    runtime_init();
    Ref<> cls = make_class("Elephant", {}, dict_new().get());
    Ref<> obj = call(cls.get(), {});
    Ref<> ref = weakref_new(&WeakRefType, obj.get(), nullptr);
    REQUIRE(ref);
    CHECK(weakref_get(cast<WeakRef>(ref.get())) == obj.get());
    obj.reset();
    CHECK(weakref_get(cast<WeakRef>(ref.get())) == None);
    CHECK(text_of(repr(ref.get()).get()).find("; dead>") != std::string::npos);
}

TEST_CASE("object: each instance holds a reference to its class", "[object]") {
    runtime_init();
    Ref<> cls = make_class("Story", {}, dict_new().get());
    const auto before = cls->refcount;
    Ref<> a = call(cls.get(), {});
    Ref<> b = call(cls.get(), {});
    CHECK(cls->refcount == before + 2);
    a.reset();
    b.reset();
    CHECK(cls->refcount == before);
}

TEST_CASE("object: small ints are cached singletons, others are new objects", "[object][int]") {
    runtime_init();
    for (int v : {-5, 0, 1, 100, 256}) {
        Ref<Int> a = int_from(v);
        Ref<Int> b = int_from(v);
        CHECK(a.get() == b.get());
        CHECK(a.get() == small_int(v));
    }
    for (int v : {-6, 257, 1000}) {
        Ref<Int> a = int_from(v);
        Ref<Int> b = int_from(v);
        CHECK(a.get() != b.get());
        CHECK(equals(a.get(), b.get()) == 1);
    }
    // Arithmetic results follow the same rule: 10 * 2 is the cached 20.
    Ref<> ten = int_from(10);
    Ref<> two = int_from(2);
    CHECK(binary_op(ten.get(), two.get(), BinaryOp::Mul).get() == small_int(20));
    Ref<> big = int_from(200);
    CHECK(binary_op(big.get(), two.get(), BinaryOp::Mul).get() != binary_op(big.get(), two.get(), BinaryOp::Mul).get());
}

TEST_CASE("heap: heap_span knows live, freed and static blocks and nothing else", "[object][heap]") {
    runtime_init();
    // A pooled object: readable to the end of its block, and an object start.
    // (A set: freed lists are kept on their free list.)
    Ref<Set> set = set_new();
    const auto address = reinterpret_cast<std::uintptr_t>(set.get());
    HeapSpan span = heap_span(address);
    CHECK(span.object_start);
    CHECK(span.readable >= sizeof(Object));
    CHECK(heap_span(address + 8).readable == span.readable - 8);
    CHECK_FALSE(heap_span(address + 8).object_start);
    // Freed: still the heap's, and its refcount word stays 0 until reuse.
    // Under AddressSanitizer objects come from its malloc, and a freed block
    // is the C library's again.
    set.reset();
#if defined(__SANITIZE_ADDRESS__)
    CHECK(heap_span(address).readable == 0);
#else
    CHECK(heap_span(address).readable >= sizeof(Object));
    CHECK(reinterpret_cast<Object*>(address)->refcount == 0);
#endif
    // A big (malloc'd) block while it lives, and not after it is freed.
    void* big = heap_alloc(4096);
    const auto big_address = reinterpret_cast<std::uintptr_t>(big);
    CHECK(heap_span(big_address + 100).readable == 4096 - 100);
    heap_free(big, 4096);
    CHECK(heap_span(big_address + 100).readable == 0);
    // Static objects the runtime registers.
    CHECK(heap_span(reinterpret_cast<std::uintptr_t>(None)).object_start);
    CHECK(heap_span(reinterpret_cast<std::uintptr_t>(small_int(7))).object_start);
    CHECK(heap_span(reinterpret_cast<std::uintptr_t>(&IntType)).readable >= sizeof(Type));
    // Nothing else.
    int on_stack = 0;
    CHECK(heap_span(reinterpret_cast<std::uintptr_t>(&on_stack)).readable == 0);
    CHECK(heap_span(0).readable == 0);
    CHECK(heap_span(16).readable == 0);
}

TEST_CASE("object: interned strings are one object per text", "[object][str]") {
    runtime_init();
    Str* a = intern("hello_world");
    Str* b = intern(std::string("hello_") + "world");
    CHECK(a == b);
    Ref<Str> fresh = str_from("hello_world");
    CHECK(fresh.get() != a);
    Ref<Str> interned = intern_str(std::move(fresh));
    CHECK(interned.get() == a);
}

TEST_CASE("type: a class gets the C3 MRO and inherits along it", "[type]") {
    runtime_init();
    Ref<> a = make_class("A", {}, dict_new().get());
    Ref<> b = make_class("B", {a.get()}, dict_new().get());
    Ref<> c = make_class("C", {a.get()}, dict_new().get());
    Ref<> d = make_class("D", {b.get(), c.get()}, dict_new().get());
    REQUIRE(d);
    Tuple* mro = cast<Type>(d.get())->mro;
    REQUIRE(mro->length() == 5);
    CHECK((*mro)[0] == d.get());
    CHECK((*mro)[1] == b.get());
    CHECK((*mro)[2] == c.get());
    CHECK((*mro)[3] == a.get());
    CHECK((*mro)[4] == &ObjectType);
    // An inconsistent order is refused with CPython's message.
    Ref<> bad = make_class("X", {a.get(), b.get()}, dict_new().get());
    CHECK(!bad);
    Ref<> error = take_error();
    CHECK(text_of(error.get()) == "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
}

TEST_CASE("type: builtin types that cannot be bases say so", "[type]") {
    runtime_init();
    Ref<> bad = make_class("B", {&BoolType}, dict_new().get());
    CHECK(!bad);
    Ref<> error = take_error();
    CHECK(text_of(error.get()) == "type 'bool' is not an acceptable base type");
    Ref<> conflict = make_class("C", {&ListType, &DictType}, dict_new().get());
    CHECK(!conflict);
    error = take_error();
    CHECK(text_of(error.get()) == "multiple bases have instance lay-out conflict");
}

TEST_CASE("type: a dunder in the namespace drives the matching slot", "[type][slots]") {
    runtime_init();
    // __len__ as a builtin function (which does not bind to the instance,
    // so it is called with no arguments) returning a constant.
    static const MethodDef len_def{"__len__", [](Object*, const Args&) -> Ref<> { return int_from(7); }};
    Ref<Dict> ns = dict_new();
    Ref<> len_fn = builtin_function_new(&len_def, nullptr);
    REQUIRE(dict_set(ns.get(), "__len__", len_fn.get()) == 0);
    Ref<> cls = make_class("Sized", {}, ns.get());
    REQUIRE(cls);
    CHECK(cast<Type>(cls.get())->length != nullptr);
    Ref<> obj = call(cls.get(), {});
    CHECK(length(obj.get()) == 7);
    CHECK(is_true(obj.get()) == 1);  // __bool__ falls back on __len__
}

TEST_CASE("type: a class that inherits a builtin's slot uses the builtin's function", "[type][slots]") {
    runtime_init();
    Ref<> mylist = make_class("MyList", {&ListType}, dict_new().get());
    REQUIRE(mylist);
    CHECK(cast<Type>(mylist.get())->length == ListType.length);
    CHECK(cast<Type>(mylist.get())->getitem == ListType.getitem);
    Ref<> obj = call(mylist.get(), {});
    REQUIRE(obj);
    CHECK(is_list(obj.get()));
    REQUIRE(list_append(cast<List>(obj.get()), None));
    CHECK(length(obj.get()) == 1);
}

TEST_CASE("type: defining __eq__ without __hash__ makes instances unhashable", "[type][slots]") {
    runtime_init();
    static const MethodDef eq_def{"__eq__", [](Object*, const Args&) -> Ref<> { return share(True); }};
    Ref<Dict> ns = dict_new();
    REQUIRE(dict_set(ns.get(), "__eq__", builtin_function_new(&eq_def, nullptr).get()) == 0);
    Ref<> cls = make_class("Value", {}, ns.get());
    Ref<> obj = call(cls.get(), {});
    CHECK(hash(obj.get()) == -1);
    Ref<> error = take_error();
    CHECK(text_of(error.get()) == "unhashable type: 'Value'");
}

TEST_CASE("type: builtin slots appear as wrappers in the namespace", "[type][slots]") {
    runtime_init();
    Ref<> add = getattr(&IntType, "__add__");
    REQUIRE(add);
    CHECK(text_of(repr(add.get()).get()) == "<slot wrapper '__add__' of 'int' objects>");
    Ref<> three = int_from(3);
    Ref<> four = int_from(4);
    Ref<> seven = call(add.get(), {three.get(), four.get()});
    CHECK(seven.get() == small_int(7));
}

TEST_CASE("type: a class of a variable-size base keeps its dict after the items", "[type][layout]") {
    runtime_init();
    Ref<> row = make_class("Row", {&TupleType}, dict_new().get());
    REQUIRE(row);
    auto* type = cast<Type>(row.get());
    CHECK(type->dict_offset == -static_cast<std::ptrdiff_t>(sizeof(Dict*)));
    CHECK(type->basic_size == TupleType.basic_size + sizeof(Dict*));
    CHECK(!type_supports_weakrefs(type));
    for (std::int64_t n : {0, 1, 5}) {
        Ref<List> items = list_new();
        for (std::int64_t i = 0; i < n; ++i) REQUIRE(list_append(items.get(), int_from(i + 1000).get()));
        Ref<> obj = call(row.get(), {items.get()});
        REQUIRE(obj);
        auto* t = cast<Tuple>(obj.get());
        char* dict_at = reinterpret_cast<char*>(instance_dict_slot(obj.get()));
        CHECK(dict_at == reinterpret_cast<char*>(t->items() + n));
        CHECK(*instance_dict_slot(obj.get()) == nullptr);
        REQUIRE(setattr(obj.get(), "tag", None) == 0);
        CHECK(length(obj.get()) == n);
        CHECK(instance_dict(obj.get(), false)->values == nullptr);  // a plain dict, as in CPython
    }
}

TEST_CASE("type: a bytes class's dict follows the data and its NUL, 8-byte aligned", "[type][layout]") {
    runtime_init();
    Ref<> blob = make_class("Blob", {&BytesType}, dict_new().get());
    REQUIRE(blob);
    for (const char* text : {"", "a", "abcdefg", "abcdefgh"}) {
        Ref<Bytes> raw = bytes_from(text);
        Ref<> obj = call(blob.get(), {raw.get()});
        REQUIRE(obj);
        auto* b = cast<Bytes>(obj.get());
        char* dict_at = reinterpret_cast<char*>(instance_dict_slot(obj.get()));
        CHECK(dict_at >= b->data() + b->size + 1);
        CHECK(dict_at + sizeof(Dict*) <= reinterpret_cast<char*>(obj.get()) + ((object_size(obj.get()) + 7) & ~7u));
        CHECK(reinterpret_cast<std::uintptr_t>(dict_at) % 8 == 0);
        REQUIRE(setattr(obj.get(), "tag", None) == 0);
        CHECK(b->view() == text);
    }
}
