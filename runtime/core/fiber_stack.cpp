#include "runtime/core/fiber_stack.hpp"

#include "runtime/core/recursion.hpp"

#include <boost/context/fiber.hpp>
#include <sys/mman.h>
#include <unistd.h>

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

    const std::uintptr_t saved_limit = stack_limit;
    std::exception_ptr failure;
    ctx::fiber fresh;
    try {
        fresh = ctx::fiber(std::allocator_arg, PooledStack{pool.get()}, [&](ctx::fiber&& back) {
            auto top = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
            stack_limit = top - bytes;
            try {
                work();
            } catch (...) {
                failure = std::current_exception();
            }
            return std::move(back);
        });
    } catch (const std::bad_alloc&) {
        // No address space for the stack (`ulimit -v`): the work runs here,
        // where the checks against stack_limit stop it sooner.
        work();
        return;
    }
    std::move(fresh).resume();
    stack_limit = saved_limit;
    if (failure) std::rethrow_exception(failure);
}

}  // namespace minipy
