// Internals shared by bytes.cpp, bytes_methods.cpp and bytearray.cpp; not a public interface.
#pragma once

#include "runtime/objects/bytes.hpp"

namespace minipy {

// CPython's bytes result_unchanged: an exact bytes is returned as itself, a
// subclass instance as an exact copy.
Ref<Bytes> bytes_unchanged(Object* self);

// The value of an int-like `item` as one byte; -1 with ValueError "byte must
// be in range(0, 256)" (or the __index__ error) otherwise.
[[nodiscard]] int bytes_byte_value(Object* item);

// Like str (see str_add): bytes and bytearray have no nb_add, so the right
// operand's reflected method is asked before concatenation or repetition
// fails; NotImplemented when it has none.
Ref<> bytes_try_right_operand(Object* a, Object* b, BinaryOp op, BinaryFn self_slot);

// The methods bytes and bytearray share, and bytes' own when `type` is bytes.
void bytes_add_methods(Type& type);  // bytes_methods.cpp

}  // namespace minipy
