// with_free_stack: work that needs more stack than is left runs on a fresh
// one, with stack_limit moved to that stack's end and put back after.
#include <catch2/catch.hpp>

#include "runtime/core/fiber_stack.hpp"
#include "runtime/core/recursion.hpp"

#include <cstdint>
#include <stdexcept>

using namespace minipy;

namespace {

std::uintptr_t frame_here() { return reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)); }

// Sets stack_limit for the test's duration, as the interpreter does.
struct LimitScope {
    explicit LimitScope(std::uintptr_t limit) : saved(stack_limit) { stack_limit = limit; }
    ~LimitScope() { stack_limit = saved; }
    std::uintptr_t saved;
};

constexpr std::size_t kMiB = 1024 * 1024;

}  // namespace

TEST_CASE("fiber stack: enough stack left: the work runs here", "[fiber_stack]") {
    const std::uintptr_t here = frame_here();
    LimitScope limit(here - 8 * kMiB);
    std::uintptr_t ran_at = 0;
    with_free_stack(kMiB, [&] { ran_at = frame_here(); });
    CHECK(ran_at < here);
    CHECK(here - ran_at < 64 * 1024);
    CHECK(stack_limit == here - 8 * kMiB);
}

TEST_CASE("fiber stack: too little left: the work runs on a fresh stack", "[fiber_stack]") {
    const std::uintptr_t here = frame_here();
    LimitScope limit(here - 64 * 1024);
    std::uintptr_t ran_at = 0;
    std::uintptr_t limit_inside = 0;
    with_free_stack(4 * kMiB, [&] {
        ran_at = frame_here();
        limit_inside = stack_limit;
    });
    // Elsewhere than this stack, with 4 MB below it before the limit.
    CHECK((ran_at > here + kMiB || ran_at < here - 8 * kMiB));
    CHECK(limit_inside < ran_at);
    CHECK(ran_at - limit_inside >= 4 * kMiB - 64 * 1024);
    CHECK(stack_limit == here - 64 * 1024);
}

TEST_CASE("fiber stack: what the work throws reaches the caller", "[fiber_stack]") {
    LimitScope limit(frame_here() - 64 * 1024);
    const std::uintptr_t before = stack_limit;
    CHECK_THROWS_AS(with_free_stack(4 * kMiB, [] { throw std::runtime_error("from the fresh stack"); }),
                    std::runtime_error);
    CHECK(stack_limit == before);
}

TEST_CASE("fiber stack: the fresh stack is reused and can be nested", "[fiber_stack]") {
    LimitScope limit(frame_here() - 64 * 1024);
    std::uintptr_t first = 0, second = 0, nested = 0;
    with_free_stack(2 * kMiB, [&] { first = frame_here(); });
    with_free_stack(2 * kMiB, [&] { second = frame_here(); });
    CHECK(first == second);
    with_free_stack(2 * kMiB, [&] {
        // Use up this stack's room: the nested call needs a stack of its own.
        stack_limit = frame_here() - 1024;
        with_free_stack(2 * kMiB, [&] { nested = frame_here(); });
    });
    // Not further down the 2 MB stack `first` is on.
    CHECK(nested != 0);
    CHECK((nested > first || first - nested > 2 * kMiB));
}
