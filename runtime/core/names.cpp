// The interned name table.
#include "runtime/core/names.hpp"

#include "runtime/text/str.hpp"

namespace minipy {

namespace names {
#define X(id, text) Str* id = nullptr;
MINIPY_INTERNED_NAMES(X)
#undef X
}  // namespace names

void names_init() {
#define X(id, text) names::id = intern(text);
    MINIPY_INTERNED_NAMES(X)
#undef X
}

}  // namespace minipy
