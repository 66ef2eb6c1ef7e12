// The weakref module: ref/proxy as the module exposes them, the weak
// containers (entries vanish when their referent dies, removals wait while
// an iterator runs), and finalize. Expected values come from running the
// same steps under CPython 3.11 (shown in the comments).
#include "modules_test_util.hpp"

#include "runtime/core/gc.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/bound_method.hpp"
#include "runtime/objects/set.hpp"

using namespace minipy;
using namespace minipy::test;

namespace {

Ref<> new_a() {
    static Object* cls = make_class("A").release();
    return new_instance(cls);
}

Ref<> weak_type(const char* name) { return attr(weakref_module(), name); }

// A function bound to a list, recording its positional arguments as a tuple.
Ref<> record_args(Object* calls, const Args& args) {
    Ref<Tuple> recorded = tuple_from_array(args.values, static_cast<std::int64_t>(args.size()));
    if (!list_append(cast<List>(calls), recorded.get())) return nullptr;
    return str_from("result");
}
const MethodDef kRecordArgs{"record", record_args};

std::string len_of(Object* o) {
    std::int64_t n = length(o);
    return n < 0 ? error_outcome() : std::to_string(n);
}

}  // namespace

// ------------------------------------------------------- weaklist_offset

// Where instances keep their weak references: CPython's __weakrefoffset__
// for the same classes (Python 3.11: A 16, S 0, W 24, Sub(A) 16, D(list) 48).
TEST_CASE("weaklist_offset: the __weakref__ field of classes and builtins", "[weakref][type]") {
    runtime_init();
    Ref<> a_cls = make_class("A");
    Type* a = cast<Type>(a_cls.get());
    CHECK(a->weaklist_offset == 16);
    CHECK(a->dict_offset == kManagedDictOffset);  // before the object, as CPython's -1
    CHECK(a->basic_size == 24);

    Ref<> slots = tuple_from({str_from("x").get()});
    Ref<> s_cls = make_class("S", {{"__slots__", slots.get()}});
    CHECK(cast<Type>(s_cls.get())->weaklist_offset == 0);
    CHECK(outcome(call_attr(weakref_module(), "ref", {new_instance(s_cls.get()).get()})) ==
          "!TypeError: cannot create weak reference to 'S' object");

    Ref<> slots_weak = tuple_from({str_from("x").get(), str_from("__weakref__").get()});
    Ref<> w_cls = make_class("W", {{"__slots__", slots_weak.get()}});
    CHECK(cast<Type>(w_cls.get())->weaklist_offset == 24);  // after the slot x
    CHECK(cast<Type>(w_cls.get())->basic_size == 32);

    Ref<> sub_cls = make_class("Sub", {}, {a_cls.get()});
    CHECK(cast<Type>(sub_cls.get())->weaklist_offset == 16);  // inherited, not added again
    CHECK(cast<Type>(sub_cls.get())->basic_size == 24);       // Sub.__basicsize__ in CPython 3.11

    Ref<> d_cls = make_class("D", {}, {&ListType});
    CHECK(cast<Type>(d_cls.get())->weaklist_offset == ListType.basic_size);

    CHECK(ListType.weaklist_offset == 0);
    CHECK(TypeType.weaklist_offset == offsetof(Type, weaklist));
    CHECK(SetType.weaklist_offset == offsetof(Set, weakreflist));
    CHECK(FrozenSetType.weaklist_offset == offsetof(Set, weakreflist));

    // The list head is the field itself: the newest basic ref is first.
    Ref<> obj = new_instance(a_cls.get());
    CHECK(*weaklist_of(obj.get()) == nullptr);
    Ref<> r = call_attr(weakref_module(), "ref", {obj.get()});
    CHECK(*weaklist_of(obj.get()) == cast<WeakRef>(r.get()));
    CHECK(attr(obj.get(), "__weakref__").get() == r.get());
    obj.reset();
    CHECK(cast<WeakRef>(r.get())->referent == nullptr);

    // A class is weak-referenceable through its own field.
    Ref<> rc = call_attr(weakref_module(), "ref", {sub_cls.get()});
    CHECK(cast<Type>(sub_cls.get())->weaklist == cast<WeakRef>(rc.get()));
}

// ------------------------------------------------------------- ref, proxy

TEST_CASE("weakref module: ref and proxy", "[weakref]") {
    runtime_init();
    Module* w = weakref_module();
    CHECK(attr(w, "ref").get() == &WeakRefType);
    CHECK(attr(w, "ReferenceType").get() == &WeakRefType);
    CHECK(outcome(attr(w, "ProxyTypes")) == "(<class 'weakref.ProxyType'>, <class 'weakref.CallableProxyType'>)");

    Ref<> a = new_a();
    CHECK(outcome(call_attr(w, "getweakrefcount", {a.get()})) == "0");
    Ref<> r = call_attr(w, "ref", {a.get()});
    CHECK(outcome(call_attr(w, "getweakrefcount", {a.get()})) == "1");
    std::string listed = "[";  // appended, not "[" + …: GCC 12 warns falsely at -O3
    listed += repr_of(r);
    listed += "]";
    CHECK(outcome(call_attr(w, "getweakrefs", {a.get()})) == listed);
    CHECK(outcome(call_attr(w, "getweakrefcount", {I(1).get()})) == "0");
    CHECK(outcome(call_attr(w, "getweakrefs", {I(1).get()})) == "[]");
    CHECK(outcome(call_attr(w, "getweakrefcount")) ==
          "!TypeError: _weakref.getweakrefcount() takes exactly one argument (0 given)");
    CHECK(outcome(call_attr(w, "ref", {I(1).get()})) == "!TypeError: cannot create weak reference to 'int' object");

    // proxy(obj): attribute access goes to obj; a dead proxy raises ReferenceError
    Ref<> p = call_attr(w, "proxy", {a.get()});
    CHECK(outcome(call(attr(w, "ProxyType").get(), {})).find("!TypeError") == 0);
    CHECK(type_name(p.get()) == "weakref.ProxyType");
    REQUIRE(setattr(a.get(), "x", I(5).get()) == 0);
    CHECK(outcome(getattr(p.get(), "x")) == "5");
    Ref<> f = attr(builtins_module(), "len");
    CHECK(type_name(call_attr(w, "proxy", {f.get()}).get()) == "weakref.CallableProxyType");
    CHECK(outcome(call_attr(w, "proxy")) == "!TypeError: proxy expected at least 1 argument, got 0");
    a.reset();
    CHECK(outcome(getattr(p.get(), "x")) == "!ReferenceError: weakly-referenced object no longer exists");
    CHECK(outcome(call(r.get(), {})) == "None");
}

// ---------------------------------------------------- WeakValueDictionary

TEST_CASE("WeakValueDictionary: entries vanish with their values", "[weakref][containers]") {
    runtime_init();
    Ref<> d = call(weak_type("WeakValueDictionary").get(), {});
    REQUIRE(d);
    Ref<> a = new_a(), b = new_a();
    REQUIRE(setitem(d.get(), S("a").get(), a.get()) == 0);
    REQUIRE(setitem(d.get(), S("b").get(), b.get()) == 0);
    // len(d), sorted(d.keys()), 'a' in d -> 2 ['a', 'b'] True
    CHECK(len_of(d.get()) == "2");
    CHECK(outcome(call_attr(builtins_module(), "sorted", {method(d.get(), "keys").get()})) == "['a', 'b']");
    CHECK(contains(d.get(), S("a").get()) == 1);
    CHECK(getitem(d.get(), S("a").get()).get() == a.get());

    // del a -> len 1, 'a' not in d, d.get('a', 'gone') == 'gone', d['a'] -> KeyError: 'a'
    a.reset();
    CHECK(len_of(d.get()) == "1");
    CHECK(contains(d.get(), S("a").get()) == 0);
    CHECK(outcome(method(d.get(), "get", {S("a").get(), S("gone").get()})) == "'gone'");
    CHECK(outcome(getitem(d.get(), S("a").get())) == "!KeyError: 'a'");
    CHECK(drain(method(d.get(), "keys").get()) == "['b']");

    // repr: <WeakValueDictionary at 0x…>
    std::string text = repr_of(d);
    CHECK(text.rfind("<WeakValueDictionary at 0x", 0) == 0);
    CHECK(text.back() == '>');
    CHECK(outcome(hash(d.get()) < 0 ? Ref<>() : I(0)) == "!TypeError: unhashable type: 'WeakValueDictionary'");
}

TEST_CASE("WeakValueDictionary: the mapping methods", "[weakref][containers]") {
    runtime_init();
    Ref<> cls = weak_type("WeakValueDictionary");
    Ref<> a = new_a(), b = new_a();
    Ref<Dict> init = dict_new();
    REQUIRE(dict_set(init.get(), I(1).get(), a.get()) == 0);
    Ref<> d = call_kw(cls.get(), {init.get()}, {{"k", b.get()}});
    REQUIRE(d);
    CHECK(len_of(d.get()) == "2");
    CHECK(getitem(d.get(), S("k").get()).get() == b.get());

    CHECK(outcome(getitem(d.get(), I(2).get())) == "!KeyError: 2");
    CHECK(outcome(method(d.get(), "pop", {I(2).get()})) == "!KeyError: 2");
    CHECK(outcome(method(d.get(), "pop", {I(2).get(), S("dflt").get()})) == "'dflt'");
    CHECK(method(d.get(), "pop", {I(1).get()}).get() == a.get());
    Ref<> key = S("k");
    CHECK(method(d.get(), "setdefault", {key.get(), a.get()}).get() == b.get());
    CHECK(method(d.get(), "setdefault", {S("n").get(), a.get()}).get() == a.get());
    CHECK(len_of(d.get()) == "2");
    CHECK(outcome(method(d.get(), "get")) ==
          "!TypeError: WeakValueDictionary.get() missing 1 required positional argument: 'key'");
    CHECK(outcome(method(d.get(), "copy", {I(1).get()})) ==
          "!TypeError: WeakValueDictionary.copy() takes 1 positional argument but 2 were given");
    CHECK(outcome(call(cls.get(), {I(1).get(), I(2).get()})) ==
          "!TypeError: WeakValueDictionary.__init__() takes from 1 to 2 positional arguments but 3 were given");
    CHECK(outcome(setitem(d.get(), I(9).get(), I(9).get())) ==
          "!TypeError: cannot create weak reference to 'int' object");

    Ref<> copy = method(d.get(), "copy");
    CHECK(len_of(copy.get()) == "2");
    CHECK(outcome(compare(copy.get(), d.get(), CompareOp::Eq)) == "True");
    Ref<Dict> plain = dict_new();
    REQUIRE(dict_set(plain.get(), S("k").get(), b.get()) == 0);
    REQUIRE(dict_set(plain.get(), S("n").get(), a.get()) == 0);
    CHECK(outcome(compare(d.get(), plain.get(), CompareOp::Eq)) == "True");
    CHECK(outcome(compare(d.get(), I(1).get(), CompareOp::Eq)) == "False");

    Ref<> item = method(d.get(), "popitem");
    CHECK(outcome(item).rfind("('n', <__main__.A object at ", 0) == 0);
    CHECK(outcome(method(d.get(), "clear")) == "None");
    CHECK(len_of(d.get()) == "0");
    CHECK(outcome(method(d.get(), "popitem")) == "!KeyError: 'popitem(): dictionary is empty'");

    // d | {1: a} is a new WeakValueDictionary
    Ref<Dict> other = dict_new();
    REQUIRE(dict_set(other.get(), I(1).get(), a.get()) == 0);
    Ref<> merged = binary_op(d.get(), other.get(), BinaryOp::Or);
    REQUIRE(merged);
    CHECK(type_name(merged.get()) == "WeakValueDictionary");
    CHECK(len_of(merged.get()) == "1");
    Ref<> reflected = binary_op(other.get(), d.get(), BinaryOp::Or);
    REQUIRE(reflected);
    CHECK(type_name(reflected.get()) == "WeakValueDictionary");
}

TEST_CASE("WeakValueDictionary: removals wait while iterating", "[weakref][containers]") {
    runtime_init();
    // d['a'], d['b'], d['c'] = a, b, c; it = d.keys(); next(it) -> 'a'; del b
    // len(d.data), len(d._pending_removals) -> 3 1; list(it) -> ['c'];
    // len(d.data), len(d._pending_removals) -> 2 0
    Ref<> d = call(weak_type("WeakValueDictionary").get(), {});
    Ref<> a = new_a(), b = new_a(), c = new_a();
    REQUIRE(setitem(d.get(), S("a").get(), a.get()) == 0);
    REQUIRE(setitem(d.get(), S("b").get(), b.get()) == 0);
    REQUIRE(setitem(d.get(), S("c").get(), c.get()) == 0);
    Ref<> it = method(d.get(), "keys");
    CHECK(outcome(iter_next(it.get())) == "'a'");
    b.reset();
    CHECK(len_of(attr(d.get(), "data").get()) == "3");
    CHECK(len_of(attr(d.get(), "_pending_removals").get()) == "1");
    CHECK(drain(it.get()) == "['c']");
    CHECK(len_of(attr(d.get(), "data").get()) == "2");
    CHECK(len_of(attr(d.get(), "_pending_removals").get()) == "0");

    // As in weakref.py, len() and valuerefs() commit the removals at once,
    // even under an iterator, which then finds the dict resized:
    // next(it2); del c; len(d.valuerefs()) -> 1; list(it2) -> RuntimeError
    Ref<> it2 = method(d.get(), "keys");
    CHECK(outcome(iter_next(it2.get())) == "'a'");
    c.reset();
    CHECK(len_of(method(d.get(), "valuerefs").get()) == "1");
    CHECK(drain(it2.get()) == "!RuntimeError: dictionary changed size during iteration");
}

TEST_CASE("WeakValueDictionary: an entry goes when the value dies in a cycle", "[weakref][containers][gc]") {
    runtime_init();
    collect_all();
    Ref<> d = call(weak_type("WeakValueDictionary").get(), {});
    {
        Ref<> a = new_a();
        REQUIRE(setattr(a.get(), "me", a.get()) == 0);
        REQUIRE(setitem(d.get(), S("a").get(), a.get()) == 0);
    }
    CHECK(len_of(d.get()) == "1");
    // d['a'] = a; a.me = a; del a; gc.collect() -> 2: the instance, and the
    // KeyedRef freed once its callback removed the entry
    CHECK(gc_collect(2) == 2);
    CHECK(len_of(d.get()) == "0");
}

TEST_CASE("WeakValueDictionary: a subclass and the container's own lifetime", "[weakref][containers]") {
    runtime_init();
    Ref<> base = weak_type("WeakValueDictionary");
    Ref<> sub = make_class("Registry", {}, {base.get()});
    Ref<> d = call(sub.get(), {});
    REQUIRE(d);
    Ref<> a = new_a();
    REQUIRE(setitem(d.get(), I(1).get(), a.get()) == 0);
    REQUIRE(setattr(d.get(), "label", S("x").get()) == 0);  // subclasses have a __dict__
    CHECK(repr_of(d).rfind("<Registry at 0x", 0) == 0);
    // The container dies first: the value's weak reference goes with it.
    CHECK(weakref_count(a.get()) == 1);
    d.reset();
    CHECK(weakref_count(a.get()) == 0);
}

// ------------------------------------------------------ WeakKeyDictionary

TEST_CASE("WeakKeyDictionary: entries vanish with their keys", "[weakref][containers]") {
    runtime_init();
    // k[c] = 5; len(k), k[c], c in k, 1 in k -> 1 5 True False; x = A(); k[x] = 6; del x -> len 1
    Ref<> k = call(weak_type("WeakKeyDictionary").get(), {});
    REQUIRE(k);
    Ref<> c = new_a();
    REQUIRE(setitem(k.get(), c.get(), I(5).get()) == 0);
    CHECK(len_of(k.get()) == "1");
    CHECK(outcome(getitem(k.get(), c.get())) == "5");
    CHECK(contains(k.get(), c.get()) == 1);
    CHECK(contains(k.get(), I(1).get()) == 0);
    Ref<> x = new_a();
    REQUIRE(setitem(k.get(), x.get(), I(6).get()) == 0);
    CHECK(len_of(k.get()) == "2");
    x.reset();
    CHECK(len_of(k.get()) == "1");

    CHECK(outcome(method(k.get(), "get", {I(1).get()})) == "!TypeError: cannot create weak reference to 'int' object");
    Ref<> y = new_a();
    CHECK(outcome(getitem(k.get(), y.get())).rfind("!KeyError: <weakref at 0x", 0) == 0);
    CHECK(outcome(method(k.get(), "pop", {y.get(), I(0).get()})) == "0");
    CHECK(outcome(method(k.get(), "setdefault", {y.get(), I(7).get()})) == "7");
    CHECK(outcome(method(k.get(), "setdefault", {y.get(), I(8).get()})) == "7");
    CHECK(len_of(method(k.get(), "keyrefs").get()) == "2");
    CHECK(outcome(call_kw(weak_type("WeakKeyDictionary").get(), {}, {{"a", I(1).get()}})) ==
          "!TypeError: WeakKeyDictionary.__init__() got an unexpected keyword argument 'a'");
    CHECK(repr_of(k).rfind("<WeakKeyDictionary at 0x", 0) == 0);
}

TEST_CASE("WeakKeyDictionary: removals wait while iterating", "[weakref][containers]") {
    runtime_init();
    // k[a] = 1; k[c] = 3; it = k.values(); next(it) -> 1; del c;
    // len(k.data), len(k), list(it), len(k.data) -> 2 1 [] 1
    Ref<> k = call(weak_type("WeakKeyDictionary").get(), {});
    Ref<> a = new_a(), c = new_a();
    REQUIRE(setitem(k.get(), a.get(), I(1).get()) == 0);
    REQUIRE(setitem(k.get(), c.get(), I(3).get()) == 0);
    Ref<> it = method(k.get(), "values");
    CHECK(outcome(iter_next(it.get())) == "1");
    c.reset();
    CHECK(len_of(k.get()) == "1");
    CHECK(drain(it.get()) == "[]");
    CHECK(len_of(k.get()) == "1");
    CHECK(drain(method(k.get(), "items").get()).rfind("[(<__main__.A object at ", 0) == 0);
}

// ----------------------------------------------------------------- WeakSet

TEST_CASE("WeakSet: items vanish when they die", "[weakref][containers]") {
    runtime_init();
    Ref<> cls = weak_type("WeakSet");
    Ref<> empty = call(cls.get(), {});
    CHECK(repr_of(empty) == "set()");
    Ref<> c = new_a();
    Ref<> s = call(cls.get(), {list_of({c.get()}).get()});
    REQUIRE(s);
    Ref<> y = new_a();
    CHECK(outcome(method(s.get(), "add", {y.get()})) == "None");
    CHECK(len_of(s.get()) == "2");
    y.reset();
    CHECK(len_of(s.get()) == "1");
    CHECK(contains(s.get(), c.get()) == 1);
    CHECK(contains(s.get(), I(1).get()) == 0);
    CHECK(repr_of(s).rfind("{<weakref at 0x", 0) == 0);
    CHECK(outcome(method(s.get(), "remove", {I(1).get()})) == "!TypeError: cannot create weak reference to 'int' object");
    CHECK(outcome(call(cls.get(), {list_of({I(1).get()}).get()})) ==
          "!TypeError: cannot create weak reference to 'int' object");
    CHECK(outcome(method(empty.get(), "pop")) == "!KeyError: 'pop from empty WeakSet'");
    CHECK(method(s.get(), "pop").get() == c.get());
    CHECK(len_of(s.get()) == "0");
}

TEST_CASE("WeakSet: set operations", "[weakref][containers]") {
    runtime_init();
    Ref<> cls = weak_type("WeakSet");
    Ref<> a = new_a(), b = new_a(), c = new_a();
    Ref<> s = call(cls.get(), {list_of({a.get(), b.get()}).get()});
    Ref<> t = call(cls.get(), {list_of({b.get(), c.get()}).get()});
    Ref<> u = binary_op(s.get(), t.get(), BinaryOp::Or);
    CHECK(len_of(u.get()) == "3");
    CHECK(type_name(u.get()) == "WeakSet");
    CHECK(len_of(binary_op(s.get(), t.get(), BinaryOp::And).get()) == "1");
    CHECK(len_of(binary_op(s.get(), t.get(), BinaryOp::Sub).get()) == "1");
    CHECK(len_of(binary_op(s.get(), t.get(), BinaryOp::Xor).get()) == "2");
    CHECK(outcome(method(s.get(), "issubset", {u.get()})) == "True");
    CHECK(outcome(method(u.get(), "issuperset", {list_of({a.get()}).get()})) == "True");
    CHECK(outcome(method(s.get(), "isdisjoint", {t.get()})) == "False");
    CHECK(outcome(compare(s.get(), u.get(), CompareOp::Lt)) == "True");
    Ref<> same = call(cls.get(), {list_of({b.get(), a.get()}).get()});
    CHECK(outcome(compare(s.get(), same.get(), CompareOp::Eq)) == "True");
    Ref<Set> plain = set_new();
    CHECK(outcome(compare(s.get(), plain.get(), CompareOp::Eq)) == "False");
    Ref<> grown = inplace_op(s.get(), t.get(), BinaryOp::Or);
    CHECK(grown.get() == s.get());
    CHECK(len_of(s.get()) == "3");
    c.reset();
    CHECK(len_of(s.get()) == "2");
    CHECK(len_of(u.get()) == "2");
}

TEST_CASE("WeakSet: removals wait while iterating", "[weakref][containers]") {
    runtime_init();
    Ref<> a = new_a(), x = new_a();
    Ref<> s = call(weak_type("WeakSet").get(), {list_of({a.get(), x.get()}).get()});
    Ref<> it = get_iter(s.get());
    Ref<> first = iter_next(it.get());
    REQUIRE(first);
    // Kill the item not yet yielded: it is queued, and len() already excludes it.
    if (first.get() == a.get()) x.reset();
    else a.reset();
    CHECK(len_of(s.get()) == "1");
    first.reset();
    CHECK(drain(it.get()) == "[]");
    CHECK(len_of(s.get()) == "1");
}

// -------------------------------------------------------------- WeakMethod

namespace {
Ref<> answer(Object* self, const Args&) { return str_from("m called"); }
const MethodDef kAnswer{"m", answer};
}  // namespace

TEST_CASE("WeakMethod: a weak reference to a bound method", "[weakref]") {
    runtime_init();
    // class A: def m(self): ...; a = A(); wm = WeakMethod(a.m)
    // wm()() -> 'm called'; wm == WeakMethod(a.m) -> True; del a; wm() -> None, callback(wm2) once
    // The function is a callable instance here (the runtime tests have no
    // Python functions); the bound methods are made as a.m would make them.
    Ref<> call_descr = native_method(&kAnswer);
    Ref<> fn_cls = make_class("F", {{"__call__", call_descr.get()}});
    Ref<> fn = new_instance(fn_cls.get());
    Ref<> cls = make_class("A");
    Ref<> a = new_instance(cls.get());
    Ref<> type = weak_type("WeakMethod");
    auto bound_m = [&] { return bound_method_new(fn.get(), a.get()); };
    Ref<> wm = call(type.get(), {bound_m().get()});
    REQUIRE(wm);
    Ref<> rebuilt = call(wm.get(), {});
    REQUIRE(rebuilt);
    CHECK(type_name(rebuilt.get()) == "method");
    CHECK(outcome(call(rebuilt.get(), {})) == "'m called'");
    rebuilt.reset();
    Ref<> again = call(type.get(), {bound_m().get()});
    CHECK(outcome(compare(wm.get(), again.get(), CompareOp::Eq)) == "True");
    Ref<List> calls = list_new();
    Ref<> append = getattr(calls.get(), "append");
    Ref<> wm2 = call(type.get(), {bound_m().get(), append.get()});
    a.reset();
    CHECK(outcome(call(wm.get(), {})) == "None");
    REQUIRE(calls->size == 1);
    CHECK(calls->items[0] == wm2.get());
    CHECK(outcome(compare(wm.get(), again.get(), CompareOp::Eq)) == "False");
    CHECK(outcome(call(type.get(), {I(1).get()})) ==
          "!TypeError: argument should be a bound method, not <class 'int'>");
}

// ---------------------------------------------------------------- finalize

TEST_CASE("finalize: called once when the object dies", "[weakref][finalize]") {
    runtime_init();
    Ref<> fin_type = weak_type("finalize");
    Ref<List> calls = list_new();
    Ref<> recorder = native_function(&kRecordArgs, calls.get());
    Ref<> a = new_a();
    Ref<> f = call_kw(fin_type.get(), {a.get(), recorder.get(), S("bye").get()}, {{"end", S("!").get()}});
    REQUIRE(f);
    CHECK(outcome(getattr(f.get(), "alive")) == "True");
    CHECK(outcome(getattr(f.get(), "atexit")) == "True");
    CHECK(repr_of(f).rfind("<finalize object at 0x", 0) == 0);
    CHECK(repr_of(f).find("; for 'A' at 0x") != std::string::npos);
    Ref<> peek = method(f.get(), "peek");
    CHECK(outcome(peek).find(", ('bye',), {'end': '!'})") != std::string::npos);
    peek.reset();

    a.reset();
    CHECK(repr_of(calls) == "[('bye',)]");
    CHECK(outcome(getattr(f.get(), "alive")) == "False");
    CHECK(outcome(getattr(f.get(), "atexit")) == "False");
    CHECK(repr_of(f).find("; dead>") != std::string::npos);
    CHECK(outcome(call(f.get(), {})) == "None");
    CHECK(calls->size == 1);
}

TEST_CASE("finalize: calling, detaching, and errors", "[weakref][finalize]") {
    runtime_init();
    Ref<> fin_type = weak_type("finalize");
    Ref<List> calls = list_new();
    Ref<> recorder = native_function(&kRecordArgs, calls.get());
    Ref<> a = new_a();

    Ref<> f = call(fin_type.get(), {a.get(), recorder.get(), I(1).get()});
    CHECK(outcome(call(f.get(), {})) == "'result'");
    CHECK(outcome(call(f.get(), {})) == "None");
    CHECK(repr_of(calls) == "[(1,)]");

    Ref<> g = call(fin_type.get(), {a.get(), recorder.get()});
    Ref<> detached = method(g.get(), "detach");
    CHECK(outcome(detached).find(", (), {})") != std::string::npos);
    CHECK(outcome(getattr(g.get(), "alive")) == "False");
    CHECK(outcome(method(g.get(), "detach")) == "None");
    detached.reset();
    a.reset();
    CHECK(calls->size == 1);

    CHECK(outcome(call(fin_type.get(), {})) ==
          "!TypeError: finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'");
    CHECK(outcome(call(fin_type.get(), {I(1).get(), recorder.get()})) ==
          "!TypeError: cannot create weak reference to 'int' object");
}

TEST_CASE("finalize: the cycle collector triggers it", "[weakref][finalize][gc]") {
    runtime_init();
    collect_all();
    Ref<List> calls = list_new();
    Ref<> recorder = native_function(&kRecordArgs, calls.get());
    Ref<> f;
    {
        Ref<> a = new_a();
        REQUIRE(setattr(a.get(), "me", a.get()) == 0);
        f = call(weak_type("finalize").get(), {a.get(), recorder.get(), S("gc").get()});
    }
    CHECK(calls->size == 0);
    // a.me = a; f = weakref.finalize(a, calls.append, 'gc'); del a; gc.collect() -> 2 ['gc']
    // (the instance, and the finalizer's weakref freed after calling back)
    CHECK(gc_collect(2) == 2);
    CHECK(repr_of(calls) == "[('gc',)]");
}

// Must stay the last finalize test: afterwards no finalizer calls its function.
TEST_CASE("finalize: atexit finalizers run newest first, once", "[weakref][finalize]") {
    runtime_init();
    Ref<> fin_type = weak_type("finalize");
    Ref<List> calls = list_new();
    Ref<> recorder = native_function(&kRecordArgs, calls.get());
    Ref<> a = new_a();
    Ref<> first = call(fin_type.get(), {a.get(), recorder.get(), I(1).get()});
    Ref<> skipped = call(fin_type.get(), {a.get(), recorder.get(), I(2).get()});
    Ref<> last = call(fin_type.get(), {a.get(), recorder.get(), I(3).get()});
    REQUIRE(setattr(skipped.get(), "atexit", False) == 0);
    CHECK(outcome(getattr(skipped.get(), "atexit")) == "False");
    run_atexit_finalizers();
    CHECK(repr_of(calls) == "[(3,), (1,)]");
    CHECK(outcome(getattr(skipped.get(), "alive")) == "True");
    // After shutdown a finalizer no longer calls its function.
    CHECK(outcome(call(skipped.get(), {})) == "None");
    CHECK(calls->size == 2);
}
