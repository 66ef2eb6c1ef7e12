// What the files of the _collections module share (deque.cpp,
// defaultdict.cpp, collections.cpp); not part of the runtime's interface,
// which is make_collections_module in modules.hpp.
#pragma once

#include "runtime/core/args.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <string_view>

namespace minipy {

extern Type DequeType;        // collections.deque
extern Type DefaultDictType;  // collections.defaultdict
extern Type DequeIterType;     // iter(deque)
extern Type DequeRevIterType;  // reversed(deque)

inline bool is_deque(const Object* o) { return is_instance_of(o, &DequeType); }

// PyArg_ParseTuple's arity message, which deque.index and deque.insert
// still give in CPython: "index() takes at least 1 argument (0 given)".
[[nodiscard]] bool check_tuple_arity(std::string_view name, const Args& args, std::size_t min, std::size_t max);

// Ready the types once (each make_collections_module calls them).
void deque_types_init();
void defaultdict_type_init();

}  // namespace minipy
