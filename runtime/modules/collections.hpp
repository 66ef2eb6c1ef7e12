// What the files of the _collections module share (deque.cpp,
// defaultdict.cpp, collections.cpp); not part of the runtime's interface,
// which is make_collections_module in modules.hpp.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

extern Type DequeType;        // collections.deque
extern Type DefaultDictType;  // collections.defaultdict
extern Type DequeIterType;     // iter(deque)
extern Type DequeRevIterType;  // reversed(deque)

inline bool is_deque(const Object* o) { return is_instance_of(o, &DequeType); }

// Ready the types once (each make_collections_module calls them).
void deque_types_init();
void defaultdict_type_init();

}  // namespace minipy
