// Stacks for Boost.Context fibers, and running a piece of work where enough
// stack is free.
#pragma once

#include <boost/context/stack_context.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace minipy {

// Stacks of one size, mapped lazily (only touched pages cost memory),
// guarded by an inaccessible page at the bottom, and kept for reuse up to
// `keep` of them, so that fibers made in a loop do not pay for mmap and
// munmap each time.
class StackPool {
public:
    StackPool(std::size_t size, std::size_t keep) : size_(size), keep_(keep) {}
    ~StackPool();
    StackPool(const StackPool&) = delete;
    StackPool& operator=(const StackPool&) = delete;

    std::size_t size() const { return size_; }
    boost::context::stack_context allocate();
    void deallocate(boost::context::stack_context& stack);

private:
    std::size_t size_;
    std::size_t keep_;
    std::vector<void*> spare_;  // mapped stacks' lowest addresses
};

// A fiber's stack allocator (Boost.Context's StackAllocator concept): a
// handle on a pool, since the fiber keeps a copy.
struct PooledStack {
    StackPool* pool;
    boost::context::stack_context allocate() { return pool->allocate(); }
    void deallocate(boost::context::stack_context& stack) { pool->deallocate(stack); }
};

// Runs `work` where at least `bytes` of stack are free before stack_limit
// (runtime/core/recursion.hpp): on this stack when it has them, else on a
// fresh stack of `bytes` whose end stack_limit marks meanwhile. What `work`
// throws is rethrown here.
void with_free_stack(std::size_t bytes, const std::function<void()>& work);

}  // namespace minipy
