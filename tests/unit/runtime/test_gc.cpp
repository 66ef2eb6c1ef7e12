// The cycle collector and the gc module. Every expected count is what
// CPython 3.11 prints for the same scenario written in Python (given in the
// comment above each check).
#include "modules_test_util.hpp"

#include "runtime/core/gc.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/set.hpp"

using namespace minipy;
using namespace minipy::test;

namespace {

// ------------------------------------------------- native class members

// __del__ that records the call (self's repr isn't needed, only the count).
int del_calls = 0;
Ref<> counting_del(Object*, const Args&) {
    ++del_calls;
    return none();
}
const MethodDef kCountingDel{"__del__", counting_del};

// __del__ that resurrects self into `survivors`.
List* survivors = nullptr;
Ref<> resurrecting_del(Object* self, const Args&) {
    ++del_calls;
    if (!list_append(survivors, self)) return nullptr;
    return none();
}
const MethodDef kResurrectingDel{"__del__", resurrecting_del};

// A weakref callback bound to a list: appends the weak reference it gets.
Ref<> record_callback(Object* calls, const Args& args) {
    if (!list_append(cast<List>(calls), args.size() ? args[0] : None)) return nullptr;
    return none();
}
const MethodDef kRecordCallback{"callback", record_callback};

// gc.callbacks entry: appends (phase, info['collected']).
Ref<> record_phase(Object* calls, const Args& args) {
    Object* collected = dict_get(cast<Dict>(args[1]), "collected");
    if (!list_append(cast<List>(calls), tuple_from({args[0], collected}).get())) return nullptr;
    return none();
}
const MethodDef kRecordPhase{"record", record_phase};

Ref<> gc_collect_via_module(std::vector<Object*> args = {}) { return call_attr(gc_module(), "collect", args); }

}  // namespace

// ----------------------------------------------------------- containers

TEST_CASE("gc: a list that contains itself is collected", "[gc]") {
    runtime_init();
    gc_module();
    collect_all();
    {
        // l = []; l.append(l); del l; gc.collect() -> 1
        Ref<List> l = list_new();
        REQUIRE(list_append(l.get(), l.get()));
    }
    CHECK(outcome(gc_collect_via_module()) == "1");
    CHECK(outcome(gc_collect_via_module()) == "0");
}

TEST_CASE("gc: a dict that contains itself is collected", "[gc]") {
    runtime_init();
    collect_all();
    {
        // d = {}; d['s'] = d; del d -> 1
        Ref<Dict> d = dict_new();
        REQUIRE(dict_set(d.get(), "s", d.get()) == 0);
    }
    CHECK(gc_collect(2) == 1);
}

TEST_CASE("gc: a cycle through a tuple counts the tuple and the list", "[gc]") {
    runtime_init();
    collect_all();
    {
        // t = ([],); t[0].append(t); del t -> 2
        Ref<List> inner = list_new();
        Ref<Tuple> t = tuple_from({inner.get()});
        REQUIRE(list_append(inner.get(), t.get()));
    }
    CHECK(gc_collect(2) == 2);
}

TEST_CASE("gc: instance cycles", "[gc]") {
    runtime_init();
    collect_all();
    Ref<> cls = make_class("A");
    SECTION("an instance referring to itself") {
        // a = A(); a.me = a; del a -> 1 (3.11's inline attribute values are not a separate dict)
        {
            Ref<> a = new_instance(cls.get());
            REQUIRE(setattr(a.get(), "me", a.get()) == 0);
        }
        CHECK(gc_collect(2) == 1);
    }
    SECTION("two instances referring to each other") {
        // a.o = b; b.o = a; del a, b -> 2
        {
            Ref<> a = new_instance(cls.get());
            Ref<> b = new_instance(cls.get());
            REQUIRE(setattr(a.get(), "o", b.get()) == 0);
            REQUIRE(setattr(b.get(), "o", a.get()) == 0);
        }
        CHECK(gc_collect(2) == 2);
    }
    SECTION("an instance whose __dict__ was asked for") {
        // a.me = a; a.__dict__; del a -> 2 (the dict is now an object of its own)
        {
            Ref<> a = new_instance(cls.get());
            REQUIRE(setattr(a.get(), "me", a.get()) == 0);
            Ref<> d = getattr(a.get(), "__dict__");
        }
        CHECK(gc_collect(2) == 2);
    }
    SECTION("a cycle holding an outside object frees only the cycle") {
        // x = A(); n = N(); n.x = x; n.me = n; del n -> 1, and x lives on
        Ref<> x = new_instance(cls.get());
        {
            Ref<> n = new_instance(cls.get());
            REQUIRE(setattr(n.get(), "x", x.get()) == 0);
            REQUIRE(setattr(n.get(), "me", n.get()) == 0);
        }
        CHECK(x->refcount == 2);
        CHECK(gc_collect(2) == 1);
        CHECK(x->refcount == 1);
    }
}

TEST_CASE("gc: a reachable cycle is not collected", "[gc]") {
    runtime_init();
    collect_all();
    Ref<List> l = list_new();
    REQUIRE(list_append(l.get(), l.get()));
    CHECK(gc_collect(2) == 0);
    CHECK(l->refcount == 2);
    REQUIRE(list_append(l.get(), None));  // still usable
    CHECK(repr_of(l) == "[[...], None]");
}

// ------------------------------------------------------- finalizers

TEST_CASE("gc: __del__ runs once for an object in a cycle", "[gc]") {
    runtime_init();
    collect_all();
    del_calls = 0;
    Ref<> method = native_method(&kCountingDel);
    Ref<> cls = make_class("Node", {{"__del__", method.get()}});
    {
        // a.other = b; b.other = a; del a, b -> both finalized, 2 collected
        Ref<> a = new_instance(cls.get());
        Ref<> b = new_instance(cls.get());
        REQUIRE(setattr(a.get(), "other", b.get()) == 0);
        REQUIRE(setattr(b.get(), "other", a.get()) == 0);
    }
    CHECK(gc_collect(2) == 2);
    CHECK(del_calls == 2);
}

TEST_CASE("gc: an object resurrected by __del__ survives, and is not finalized twice", "[gc]") {
    runtime_init();
    collect_all();
    del_calls = 0;
    Ref<List> saved = list_new();
    survivors = saved.get();
    Ref<> method = native_method(&kResurrectingDel);
    Ref<> cls = make_class("R", {{"__del__", method.get()}});
    {
        // r = R(); r.me = r; del r; gc.collect() -> 0, survivors == [r]
        Ref<> r = new_instance(cls.get());
        REQUIRE(setattr(r.get(), "me", r.get()) == 0);
    }
    CHECK(gc_collect(2) == 0);
    CHECK(del_calls == 1);
    REQUIRE(saved->size == 1);
    Object* r = saved->items[0];
    CHECK(outcome(call_attr(gc_module(), "is_finalized", {r})) == "True");
    CHECK(getattr(r, "me").get() == r);  // the cycle was not broken

    // survivors.clear(); gc.collect() -> 1, and __del__ does not run again
    REQUIRE(call_method(saved.get(), "clear", {}));
    CHECK(gc_collect(2) == 1);
    CHECK(del_calls == 1);
    survivors = nullptr;
}

TEST_CASE("gc: __del__ runs when the last reference goes, without the collector", "[gc]") {
    runtime_init();
    del_calls = 0;
    Ref<> method = native_method(&kCountingDel);
    Ref<> cls = make_class("D", {{"__del__", method.get()}});
    Ref<> d = new_instance(cls.get());
    CHECK(del_calls == 0);
    d.reset();
    CHECK(del_calls == 1);
}

TEST_CASE("gc: an exception in a cycle through its attributes is collected", "[gc]") {
    runtime_init();
    collect_all();
    del_calls = 0;
    // class E(ValueError): def __del__(self): ...; e = E(); e.me = e; del e
    // gc.collect() -> 2 in CPython (the exception and its __dict__, a separate
    // object there; here the attributes are stored inline, so 1), __del__ once
    Ref<> method = native_method(&kCountingDel);
    Ref<> cls = make_class("E", {{"__del__", method.get()}}, {exc::ValueError});
    {
        Ref<> e = new_instance(cls.get());
        REQUIRE(e);
        REQUIRE(setattr(e.get(), "me", e.get()) == 0);
    }
    CHECK(gc_collect(2) >= 1);
    CHECK(del_calls == 1);
    CHECK(gc_collect(2) == 0);
}

// --------------------------------------------------- weak references

TEST_CASE("gc: weakref callbacks", "[gc][weakref]") {
    runtime_init();
    collect_all();
    Ref<> cls = make_class("A");
    Ref<List> calls = list_new();
    Ref<> callback = native_function(&kRecordCallback, calls.get());

    SECTION("the referent dies by reference counting: the callback gets the weakref") {
        Ref<> a = new_instance(cls.get());
        Ref<> w = weakref_new(&WeakRefType, a.get(), callback.get());
        a.reset();
        REQUIRE(calls->size == 1);
        CHECK(calls->items[0] == w.get());
        CHECK(outcome(call(w.get(), {})) == "None");
    }
    SECTION("a weakref outside the garbage cycle: callback called, 1 collected") {
        // a.me = a; w = weakref.ref(a, cb); del a; gc.collect() -> 1, cb called
        Ref<> a = new_instance(cls.get());
        REQUIRE(setattr(a.get(), "me", a.get()) == 0);
        Ref<> w = weakref_new(&WeakRefType, a.get(), callback.get());
        a.reset();
        CHECK(calls->size == 0);
        CHECK(gc_collect(2) == 1);
        REQUIRE(calls->size == 1);
        CHECK(calls->items[0] == w.get());
        CHECK(outcome(call(w.get(), {})) == "None");
    }
    SECTION("a weakref that dies with its referent in the cycle: no callback") {
        // a.me = a; a.w = weakref.ref(a, lambda r: ...); del a; gc.collect() -> 3, no call
        {
            Ref<> a = new_instance(cls.get());
            REQUIRE(setattr(a.get(), "me", a.get()) == 0);
            Ref<> own_callback = native_function(&kRecordCallback, calls.get());
            Ref<> w = weakref_new(&WeakRefType, a.get(), own_callback.get());
            REQUIRE(setattr(a.get(), "w", w.get()) == 0);
        }
        CHECK(gc_collect(2) == 3);
        CHECK(calls->size == 0);
    }
    SECTION("a weakref without callback inside the cycle") {
        // a.me = a; a.w = weakref.ref(a); del a -> 2
        {
            Ref<> a = new_instance(cls.get());
            REQUIRE(setattr(a.get(), "me", a.get()) == 0);
            Ref<> w = weakref_new(&WeakRefType, a.get(), nullptr);
            REQUIRE(setattr(a.get(), "w", w.get()) == 0);
        }
        CHECK(gc_collect(2) == 2);
    }
}

TEST_CASE("gc: weakrefs are cleared before finalizers run", "[gc][weakref]") {
    runtime_init();
    // The demo cycles.py: the callback sees the weakref dead, then both
    // __del__ run, and collect() returns 2.
    collect_all();
    del_calls = 0;
    Ref<> method = native_method(&kCountingDel);
    Ref<> cls = make_class("Node", {{"__del__", method.get()}});
    Ref<List> calls = list_new();
    Ref<> callback = native_function(&kRecordCallback, calls.get());
    Ref<> a = new_instance(cls.get());
    Ref<> b = new_instance(cls.get());
    REQUIRE(setattr(a.get(), "other", b.get()) == 0);
    REQUIRE(setattr(b.get(), "other", a.get()) == 0);
    Ref<> watch = weakref_new(&WeakRefType, a.get(), callback.get());
    a.reset();
    b.reset();
    CHECK(call(watch.get(), {}).get() != None);  // names gone, still alive
    CHECK(gc_collect(2) == 2);
    CHECK(calls->size == 1);
    CHECK(del_calls == 2);
    CHECK(call(watch.get(), {}).get() == None);
    CHECK(repr_of(watch).find("; dead>") != std::string::npos);
}

// ------------------------------------------------------- the gc module

TEST_CASE("gc module: collect's argument", "[gc][module]") {
    runtime_init();
    CHECK(outcome(gc_collect_via_module({I(3).get()})) == "!ValueError: invalid generation");
    CHECK(outcome(gc_collect_via_module({I(-1).get()})) == "!ValueError: invalid generation");
    CHECK(outcome(gc_collect_via_module({S("a").get()})) ==
          "!TypeError: 'str' object cannot be interpreted as an integer");
    Ref<> f = attr(gc_module(), "collect");
    CHECK(outcome(call_kw(f.get(), {}, {{"generation", I(1).get()}})) == "0");
}

TEST_CASE("gc module: enable, disable, thresholds, counts", "[gc][module]") {
    runtime_init();
    Module* gc = gc_module();
    CHECK(outcome(call_attr(gc, "isenabled")) == "True");
    REQUIRE(call_attr(gc, "disable"));
    CHECK(outcome(call_attr(gc, "isenabled")) == "False");
    REQUIRE(call_attr(gc, "enable"));
    CHECK(outcome(call_attr(gc, "isenabled")) == "True");

    CHECK(outcome(call_attr(gc, "get_threshold")) == "(700, 10, 10)");
    CHECK(outcome(call_attr(gc, "set_threshold", {I(500).get()})) == "None");
    CHECK(outcome(call_attr(gc, "get_threshold")) == "(500, 10, 10)");
    REQUIRE(call_attr(gc, "set_threshold", {I(700).get(), I(10).get(), I(10).get()}));
    CHECK(outcome(call_attr(gc, "set_threshold")) ==
          "!TypeError: set_threshold() takes at least 1 argument (0 given)");
    CHECK(outcome(call_attr(gc, "set_threshold", {I(1).get(), I(2).get(), I(3).get(), I(4).get()})) ==
          "!TypeError: set_threshold() takes at most 3 arguments (4 given)");

    collect_all();
    auto young = [&] {
        Ref<> count = call_attr(gc, "get_count");
        return *int_to_i64(cast<Int>((*cast<Tuple>(count.get()))[0]));
    };
    std::int64_t before = young();
    Ref<Set> s = set_new();  // one more tracked allocation
    CHECK(young() == before + 1);
    // A list from the free list of lists is none, as in CPython; one
    // freed onto it is no deallocation either.
    Ref<List> recycled = list_new();
    recycled.reset();
    recycled = list_new();
    CHECK(young() == before + 1);
    CHECK(outcome(call_attr(gc, "get_count")).substr(0, 1) == "(");

    Ref<> flags = attr(gc, "DEBUG_LEAK");
    CHECK(outcome(flags) == "38");
    CHECK(outcome(attr(gc, "DEBUG_SAVEALL")) == "32");
}

TEST_CASE("gc module: is_tracked follows CPython's untracking of atomic containers", "[gc][module]") {
    runtime_init();
    Module* gc = gc_module();
    auto tracked = [&](Object* o) { return outcome(call_attr(gc, "is_tracked", {o})); };
    // gc.is_tracked({}), ({'a': 1}), ({'a': []}), ([]), ('a'), (1) -> False False True True False False
    Ref<Dict> empty = dict_new();
    Ref<Dict> atomic = dict_new();
    REQUIRE(dict_set(atomic.get(), "a", I(1).get()) == 0);
    Ref<Dict> holding = dict_new();
    REQUIRE(dict_set(holding.get(), "a", list_new().get()) == 0);
    CHECK(tracked(empty.get()) == "False");
    CHECK(tracked(atomic.get()) == "False");
    CHECK(tracked(holding.get()) == "True");
    CHECK(tracked(list_new().get()) == "True");
    CHECK(tracked(S("a").get()) == "False");
    CHECK(tracked(I(1).get()) == "False");
    CHECK(outcome(call_attr(gc, "is_tracked")) == "!TypeError: gc.is_tracked() takes exactly one argument (0 given)");
}

TEST_CASE("gc module: get_objects, get_referrers, get_referents", "[gc][module]") {
    runtime_init();
    Module* gc = gc_module();
    Ref<List> x = list_new();
    REQUIRE(list_append(x.get(), I(1).get()));
    Ref<List> y = list_new();
    REQUIRE(list_append(y.get(), x.get()));

    SECTION("get_objects sees a tracked list, not its own result") {
        Ref<> objects = call_attr(gc, "get_objects");
        REQUIRE(objects);
        CHECK(contains(objects.get(), y.get()) == 1);
        bool self_seen = false;
        for (Object* o : *cast<List>(objects.get())) self_seen |= o == objects.get();
        CHECK_FALSE(self_seen);
        CHECK(outcome(call_attr(gc, "get_objects", {I(3).get()})) ==
              "!ValueError: generation parameter must be less than the number of available generations (3)");
        CHECK(outcome(call_attr(gc, "get_objects", {I(-1).get()})) ==
              "!ValueError: generation parameter cannot be negative");
    }
    SECTION("get_referrers finds the container") {
        // x = [1]; y = [x]; y in gc.get_referrers(x) -> True
        Ref<> referrers = call_attr(gc, "get_referrers", {x.get()});
        REQUIRE(referrers);
        CHECK(contains(referrers.get(), y.get()) == 1);
        CHECK(contains(referrers.get(), x.get()) == 0);
    }
    SECTION("get_referents lists what traverse visits") {
        // gc.get_referents([1, 'x']) -> ['x', 1]; gc.get_referents(1, 'a') -> []
        Ref<> list = list_of({I(1).get(), S("x").get()});
        CHECK(outcome(call_attr(gc, "get_referents", {list.get()})) == "['x', 1]");
        CHECK(outcome(call_attr(gc, "get_referents", {I(1).get(), S("a").get()})) == "[]");
        CHECK(outcome(call_attr(gc, "get_referents", {y.get()})) == "[[1]]");
        // gc.get_referents((1, 2)) -> [2, 1]; gc.get_referents({'a': 1}) -> [1]
        Ref<> pair = tuple_from({I(1).get(), I(2).get()});
        CHECK(outcome(call_attr(gc, "get_referents", {pair.get()})) == "[2, 1]");
        Ref<Dict> d = dict_new();
        REQUIRE(dict_set(d.get(), "a", I(1).get()) == 0);
        CHECK(outcome(call_attr(gc, "get_referents", {d.get()})) == "[1]");
    }
    SECTION("an instance's referents are its attribute values, then its class") {
        // class A: pass; a = A(); a.x = [1]; gc.get_referents(a) -> [[1], <class '__main__.A'>]
        // after a.__dict__: [{'x': [1]}, <class '__main__.A'>]
        Ref<> cls = make_class("A");
        Ref<> a = new_instance(cls.get());
        REQUIRE(setattr(a.get(), "x", list_of({I(1).get()}).get()) == 0);
        CHECK(outcome(call_attr(gc, "get_referents", {a.get()})) == "[[1], <class '__main__.A'>]");
        Ref<> exposed = getattr(a.get(), "__dict__");
        CHECK(outcome(call_attr(gc, "get_referents", {a.get()})) == "[{'x': [1]}, <class '__main__.A'>]");
    }
}

TEST_CASE("gc module: get_stats, freeze, garbage, callbacks", "[gc][module]") {
    runtime_init();
    Module* gc = gc_module();
    collect_all();
    Ref<> stats = call_attr(gc, "get_stats");
    REQUIRE(stats);
    CHECK(length(stats.get()) == 3);
    CHECK(repr_of(cast<List>(stats.get())->items[0]).find("'collections': ") != std::string::npos);

    CHECK(outcome(call_attr(gc, "get_freeze_count")) == "0");
    Ref<List> kept = list_new();
    REQUIRE(call_attr(gc, "freeze"));
    Ref<> frozen = call_attr(gc, "get_freeze_count");
    CHECK(outcome(frozen) != "0");
    REQUIRE(call_attr(gc, "unfreeze"));
    CHECK(outcome(call_attr(gc, "get_freeze_count")) == "0");

    CHECK(outcome(attr(gc, "garbage")) == "[]");
    CHECK(attr(gc, "garbage").get() == gc_garbage_list);

    // gc.callbacks.append(cb); cycle; gc.collect(1) -> cb('start', collected=0), cb('stop', collected=1)
    Ref<List> phases = list_new();
    Ref<> recorder = native_function(&kRecordPhase, phases.get());
    Ref<> callbacks = attr(gc, "callbacks");
    REQUIRE(list_append(cast<List>(callbacks.get()), recorder.get()));
    {
        Ref<List> l = list_new();
        REQUIRE(list_append(l.get(), l.get()));
    }
    CHECK(outcome(gc_collect_via_module({I(1).get()})) == "1");
    CHECK(repr_of(phases) == "[('start', 0), ('stop', 1)]");
    REQUIRE(call_method(callbacks.get(), "clear", {}));
}

TEST_CASE("gc module: debug flags are remembered", "[gc][module]") {
    runtime_init();
    Module* gc = gc_module();
    CHECK(outcome(call_attr(gc, "get_debug")) == "0");
    REQUIRE(call_attr(gc, "set_debug", {I(1).get()}));
    CHECK(outcome(call_attr(gc, "get_debug")) == "1");
    REQUIRE(call_attr(gc, "set_debug", {I(0).get()}));
    CHECK(outcome(call_attr(gc, "set_debug", {float_from(1.5).get()})) ==
          "!TypeError: 'float' object cannot be interpreted as an integer");
}
