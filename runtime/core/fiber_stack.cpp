#include "runtime/core/fiber_stack.hpp"

#include "runtime/core/recursion.hpp"
#include "runtime/core/sanitizer.hpp"

#include <boost/context/fiber.hpp>
#include <boost/context/preallocated.hpp>
#include <sys/mman.h>
#include <unistd.h>

#ifdef MINIPY_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

#include <exception>
#include <map>
#include <memory>
#include <new>
#include <utility>

namespace minipy {

namespace ctx = boost::context;

namespace {

std::size_t page_size() {
    static const std::size_t size = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return size;
}

// Headroom kept below stack_limit on a fresh stack: what C++ code without
// a recursion check (a parse's last rules, a throw) may still use.
constexpr std::size_t kFreshStackMargin = 128 * 1024;

// AddressSanitizer is told when with_free_stack changes stacks. Otherwise a
// C++ exception thrown on the fresh stack (the parser's MemoryError) is
// unwound on a stack it does not know: it warns, and leaves the skipped
// frames' redzones poisoned for the stack's next use.
#ifdef MINIPY_ASAN
struct SanitizerStackSwitch {
    void* fake_stack = nullptr;
    const void* caller_bottom = nullptr;
    std::size_t caller_size = 0;
    void enter(const ctx::stack_context& stack) {
        __sanitizer_start_switch_fiber(&fake_stack, static_cast<char*>(stack.sp) - stack.size, stack.size);
    }
    void entered() { __sanitizer_finish_switch_fiber(nullptr, &caller_bottom, &caller_size); }
    void leave() { __sanitizer_start_switch_fiber(nullptr, caller_bottom, caller_size); }
    void left() { __sanitizer_finish_switch_fiber(fake_stack, nullptr, nullptr); }
};
#else
struct SanitizerStackSwitch {
    void enter(const ctx::stack_context&) {}
    void entered() {}
    void leave() {}
    void left() {}
};
#endif

}  // namespace

StackPool::~StackPool() {
    for (void* base : spare_) munmap(base, size_);
}

ctx::stack_context StackPool::allocate() {
    void* base;
    if (!spare_.empty()) {
        base = spare_.back();
        spare_.pop_back();
    } else {
        base = mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (base == MAP_FAILED) throw std::bad_alloc();
        mprotect(base, page_size(), PROT_NONE);
    }
    ctx::stack_context stack;
    stack.size = size_;
    stack.sp = static_cast<char*>(base) + size_;
    return stack;
}

void StackPool::deallocate(ctx::stack_context& stack) {
    void* base = static_cast<char*>(stack.sp) - stack.size;
    if (spare_.size() < keep_) spare_.push_back(base);
    else munmap(base, size_);
}

void with_free_stack(std::size_t bytes, const std::function<void()>& work) {
    auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    if (stack_limit == 0 || (here > stack_limit && here - stack_limit >= bytes)) {
        work();
        return;
    }
    // One spare stack per size asked for: the callers ask for few sizes.
    static auto* pools = new std::map<std::size_t, std::unique_ptr<StackPool>>();
    std::unique_ptr<StackPool>& pool = (*pools)[bytes];
    if (!pool) pool = std::make_unique<StackPool>(bytes + kFreshStackMargin, 1);

    ctx::stack_context stack;
    try {
        stack = pool->allocate();
    } catch (const std::bad_alloc&) {
        // No address space for the stack (`ulimit -v`): the work runs here,
        // where the checks against stack_limit stop it sooner.
        work();
        return;
    }
    const std::uintptr_t saved_limit = stack_limit;
    std::exception_ptr failure;
    SanitizerStackSwitch sanitizer;
    ctx::fiber fresh(std::allocator_arg, ctx::preallocated(stack.sp, stack.size, stack), PooledStack{pool.get()},
                     [&](ctx::fiber&& back) {
                         sanitizer.entered();
                         auto top = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
                         stack_limit = top - bytes;
                         try {
                             work();
                         } catch (...) {
                             failure = std::current_exception();
                         }
                         sanitizer.leave();
                         return std::move(back);
                     });
    sanitizer.enter(stack);
    std::move(fresh).resume();
    sanitizer.left();
    stack_limit = saved_limit;
    if (failure) std::rethrow_exception(failure);
}

}  // namespace minipy
