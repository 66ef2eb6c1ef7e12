// The heap validator (runtime/core/heap_check.hpp) and the collector's
// debugging switches read from the environment (MINIPY_GC_STRESS,
// MINIPY_HEAP_CHECK). Each corruption is made by hand, checked for, and
// undone before anything else can see it.
#include "modules_test_util.hpp"

#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/heap_check.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/set.hpp"

#include <cstdlib>
#include <optional>
#include <string>

using namespace minipy;
using namespace minipy::test;
using Catch::Matchers::Contains;

namespace {

// Sets (or, with null, removes) an environment variable for one scope.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) saved_ = old;
        if (value) setenv(name, value, 1);
        else unsetenv(name);
    }
    ~ScopedEnv() {
        if (saved_) setenv(name_, saved_->c_str(), 1);
        else unsetenv(name_);
    }

private:
    const char* name_;
    std::optional<std::string> saved_;
};

// Puts the switches back as the environment the tests run in sets them.
struct RestoreSwitches {
    ~RestoreSwitches() { gc_read_environment(); }
};

// A list held only by the test, with `value` stored in it without a
// reference: the test decides what the slot's count really is.
Ref<List> list_with_raw_item(Object* value) {
    Ref<List> l = list_new();
    REQUIRE(list_append(l.get(), None));
    decref(l->items[0]);
    l->items[0] = value;
    return l;
}

// Undoes list_with_raw_item.
void repair_raw_item(List* l) {
    incref(None);
    l->items[0] = None;
}

}  // namespace

TEST_CASE("heap check: a sound heap passes", "[heap_check]") {
    runtime_init();
    collect_all();
    CHECK(heap_check_find_violation() == "");
    // Live containers, a cycle, an untracked tuple and a float in a list.
    Ref<List> a = list_new();
    Ref<List> b = list_new();
    REQUIRE(list_append(a.get(), b.get()));
    REQUIRE(list_append(b.get(), a.get()));
    Ref<> f = float_from(1.5);
    Ref<Tuple> t = tuple_from({f.get()});
    REQUIRE(list_append(a.get(), t.get()));
    CHECK(heap_check_find_violation() == "");
    collect_all();
    CHECK(heap_check_find_violation() == "");
    ListType.clear(a.get());  // breaks the cycle
}

TEST_CASE("heap check: a prev link that does not point back is found", "[heap_check]") {
    runtime_init();
    Ref<List> a = list_new();
    Ref<List> b = list_new();  // tracked right after a, in generation 0
    GCHead* h = gc_head(b.get());
    GCHead* saved = gc_prev(h);
    gc_set_prev(h, h);
    std::string found = heap_check_find_violation();
    gc_set_prev(h, saved);
    CHECK_THAT(found, Contains("not well linked") && Contains("list object at"));
    CHECK(heap_check_find_violation() == "");
}

TEST_CASE("heap check: a tracked object with no references left is found", "[heap_check]") {
    runtime_init();
    Ref<List> l = list_new();
    l->refcount = 0;
    std::string found = heap_check_find_violation();
    l->refcount = 1;
    CHECK_THAT(found, Contains("list object at") && Contains("has refcount 0"));
}

TEST_CASE("heap check: a collection's mark left on a survivor is found", "[heap_check]") {
    runtime_init();
    Ref<List> l = list_new();
    gc_head(l.get())->next_word |= gc_marks::kUnreachable;
    std::string found = heap_check_find_violation();
    gc_head(l.get())->next_word &= ~gc_marks::kUnreachable;
    CHECK_THAT(found, Contains("list object at") && Contains("still marked unreachable"));
}

TEST_CASE("heap check: a tracked object outside every list is found", "[heap_check]") {
    runtime_init();
    Ref<List> outer = list_new();
    Ref<List> inner = list_new();
    REQUIRE(list_append(outer.get(), inner.get()));
    // Unlink inner's node from its ring, leaving it looking tracked.
    GCHead* h = gc_head(inner.get());
    gc_set_next(gc_prev(h), gc_next(h));
    gc_set_prev(gc_next(h), gc_prev(h));
    gc_set_next(h, h);
    gc_set_prev(h, h);
    std::string found = heap_check_find_violation();
    gc_set_next(h, nullptr);
    gc_set_prev(h, nullptr);
    gc_track(inner.get());
    CHECK_THAT(found, Contains("refers to list object at") && Contains("tracked but in no generation list"));
    CHECK(heap_check_find_violation() == "");
}

TEST_CASE("heap check: a reference to a freed object is found", "[heap_check]") {
    runtime_init();
    SECTION("a float kept by the free list") {
        Ref<> f = float_from(2.5);
        Ref<List> l = list_with_raw_item(f.get());
        f.reset();  // its only reference: the float goes to the free list
        std::string found = heap_check_find_violation();
        repair_raw_item(l.get());
        CHECK_THAT(found, Contains("list object at") && Contains("refers to a freed object at"));
    }
    SECTION("an object whose block went back to the heap") {
        Ref<List> dead = list_new();
        Ref<List> l = list_with_raw_item(dead.get());
        dead.reset();
        std::string found = heap_check_find_violation();
        repair_raw_item(l.get());
        CHECK_THAT(found, Contains("list object at") && Contains("refers to a freed object at"));
    }
    CHECK(heap_check_find_violation() == "");
}

TEST_CASE("heap check: freed blocks carry the freed mark until reused", "[heap_check]") {
    runtime_init();
    Ref<List> l = list_new();
    Object* raw = l.get();
    CHECK_FALSE(heap_block_freed(raw));
    l.reset();
    CHECK(heap_block_freed(raw));
}

TEST_CASE("gc stress: MINIPY_GC_STRESS is read from the environment", "[heap_check]") {
    runtime_init();
    RestoreSwitches restore;
    SECTION("set to 1: every tracked allocation makes a full collection due") {
        ScopedEnv env("MINIPY_GC_STRESS", "1");
        gc_read_environment();
        CHECK(gc_stress_enabled());
        collect_all();
        gc_collection_due = false;
        Ref<Set> s = set_new();
        CHECK(gc_collection_due);
        std::int64_t full_before = gc_get_stats(2).collections;
        gc_collect_if_due();
        CHECK(gc_get_stats(2).collections == full_before + 1);
        CHECK_FALSE(gc_collection_due);
    }
    SECTION("gc.disable() still holds under stress") {
        ScopedEnv env("MINIPY_GC_STRESS", "1");
        gc_read_environment();
        gc_set_enabled(false);
        gc_collection_due = false;
        Ref<List> l = list_new();
        bool due = gc_collection_due;
        gc_set_enabled(true);
        CHECK_FALSE(due);
    }
    SECTION("set to 0 or empty, or unset: off") {
        for (const char* value : {"0", "", static_cast<const char*>(nullptr)}) {
            ScopedEnv env("MINIPY_GC_STRESS", value);
            gc_read_environment();
            CHECK_FALSE(gc_stress_enabled());
            collect_all();
            gc_collection_due = false;
            Ref<List> l = list_new();
            CHECK_FALSE(gc_collection_due);
        }
    }
}

TEST_CASE("heap check: MINIPY_HEAP_CHECK is read from the environment", "[heap_check]") {
    runtime_init();
    RestoreSwitches restore;
    {
        ScopedEnv env("MINIPY_HEAP_CHECK", "1");
        gc_read_environment();
        CHECK(heap_check_enabled());
    }
    {
        ScopedEnv env("MINIPY_HEAP_CHECK", nullptr);
        gc_read_environment();
#ifdef NDEBUG
        CHECK_FALSE(heap_check_enabled());
#else
        CHECK(heap_check_enabled());  // debug builds always check
#endif
    }
}
