// The limits a host can put on a program: the heap's byte ceiling and the step budget's sticky interrupt.
#include <catch2/catch.hpp>

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/core/operators.hpp"
#include "runtime/core/runtime.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

using namespace minipy;

namespace {

// `a * n` as the evaluator computes it.
Ref<> times(Object* a, std::int64_t n) {
    Ref<> count = int_from(n);
    return binary_op(a, count.get(), BinaryOp::Mul);
}

bool memory_error_raised() {
    bool raised = error_matches(exc::MemoryError);
    clear_error();
    return raised;
}

}  // namespace

TEST_CASE("limits: past the heap's ceiling a large block is MemoryError, small ones still come", "[limits]") {
    runtime_init();
    heap_set_limit(heap_bytes_in_use() + (64u << 20));
    Ref<> ab = str_from("ab");
    CHECK(!times(ab.get(), 50'000'000));  // 100 MB
    CHECK(memory_error_raised());
    Object* items[] = {ab.get()};
    Ref<> one = list_from_array(items, 1);
    CHECK(!times(one.get(), 20'000'000));  // 160 MB of item slots
    CHECK(memory_error_raised());
    Ref<> pair = tuple_from({ab.get(), ab.get()});
    CHECK(!times(pair.get(), 10'000'000));
    CHECK(memory_error_raised());
    Ref<> b = bytes_from("b");
    CHECK(!times(b.get(), 100'000'000));
    CHECK(memory_error_raised());
    // Within the ceiling, and small blocks whatever the total.
    CHECK(times(ab.get(), 1'000'000));
    CHECK(str_from("small"));
    heap_set_limit(0);
    CHECK(times(ab.get(), 50'000'000));
}

TEST_CASE("limits: a spent step budget interrupts at every check until it is removed", "[limits]") {
    runtime_init();
    set_step_budget(1000);
    CHECK(check_interrupts());
    CHECK(!step_budget_spent());
    step_budget_spend();
    for (int i = 0; i < 3; ++i) {
        CHECK(!check_interrupts());
        CHECK(error_matches(exc::KeyboardInterrupt));
        clear_error();
    }
    set_step_budget(0);
    CHECK(!step_budget_spent());
    CHECK(check_interrupts());
    CHECK(!error_pending());
}
