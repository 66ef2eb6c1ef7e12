// The blocks behind slot_stack.hpp: allocated as calls go deeper, kept for
// the next time they do.
#include "interpreter/slot_stack.hpp"

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace minipy::interp::slot_stack_detail {

namespace {

// 512 KiB a block: room for thousands of ordinary frames; a frame larger
// than that gets a block of its own size.
constexpr std::size_t kBlockSlots = 64 * 1024;

struct Block {
    std::unique_ptr<Object*[]> slots;
    std::size_t size;
};
std::vector<Block> blocks;
std::size_t current = 0;  // index in `blocks` of the block in use

void enter(std::size_t index, Object** at) {
    current = index;
    base = blocks[index].slots.get();
    limit = base + blocks[index].size;
    top = at;
}

}  // namespace

Object** top = nullptr;
Object** limit = nullptr;
Object** base = nullptr;

Object** take_from_next_block(int n) {
    const auto wanted = static_cast<std::size_t>(n);
    std::size_t next = blocks.empty() ? 0 : current + 1;
    // A later block too small for this frame (made for a smaller one
    // earlier) is replaced.
    if (next < blocks.size() && blocks[next].size < wanted) blocks.resize(next);
    if (next == blocks.size()) {
        const std::size_t size = std::max(kBlockSlots, wanted);
        // Not zeroed here: slot_stack_take clears what it hands out, so a
        // block's pages are touched only as deep as calls go.
        blocks.push_back(Block{std::unique_ptr<Object*[]>(new Object*[size]), size});
    }
    enter(next, blocks[next].slots.get());
    top += n;
    return base;
}

void return_to_earlier_block(Object** slots) {
    std::size_t index = current;
    while (index > 0) {
        --index;
        Object** start = blocks[index].slots.get();
        if (slots >= start && slots <= start + blocks[index].size) {
            enter(index, slots);
            return;
        }
    }
}

}  // namespace minipy::interp::slot_stack_detail
