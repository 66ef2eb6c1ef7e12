// The slots of running calls' frames (locals, cells, temporaries), taken
// from a stack of large blocks rather than from each call's C++ frame, as
// CPython 3.11 takes its frames from a per-thread data stack. A call then
// costs the C++ stack only its own few words, so deep recursion touches
// less memory, and a call needs no buffer sized for the largest frame.
//
// Slots are taken and given back in strict LIFO order (SlotBuffer):
// a Python call's slots are released before its caller's. Generators keep
// their slots in their own object (generator.hpp) and only borrow these
// while they are being made.
#pragma once

#include "runtime/core/object.hpp"

#include <algorithm>

namespace minipy::interp {

namespace slot_stack_detail {
extern Object** top;    // the next free slot of the current block
extern Object** limit;  // the end of the current block
extern Object** base;   // the start of the current block
Object** take_from_next_block(int n);
void return_to_earlier_block(Object** slots);
}  // namespace slot_stack_detail

// `n` null slots, owned by the caller until slot_stack_release.
inline Object** slot_stack_take(int n) {
    using namespace slot_stack_detail;
    Object** slots = top;
    if (__builtin_expect(limit - top < n, false)) slots = take_from_next_block(n);
    else top += n;
    std::fill_n(slots, n, nullptr);
    return slots;
}

// Gives back `slots` and every slot taken after it.
inline void slot_stack_release(Object** slots) {
    using namespace slot_stack_detail;
    if (__builtin_expect(slots >= base && slots <= limit, true)) top = slots;
    else return_to_earlier_block(slots);
}

// The slots of one call, taken for as long as the object lives.
class SlotBuffer {
public:
    explicit SlotBuffer(int n) : slots_(slot_stack_take(n)) {}
    ~SlotBuffer() { slot_stack_release(slots_); }
    SlotBuffer(const SlotBuffer&) = delete;
    SlotBuffer& operator=(const SlotBuffer&) = delete;
    Object** data() { return slots_; }

private:
    Object** slots_;
};

}  // namespace minipy::interp
