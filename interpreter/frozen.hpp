// The modules written in Python that minipy carries in its binary (lib/,
// embedded at build time by cmake/embed_lib.cmake): "frozen" modules, as
// CPython calls the ones it embeds. `<module 'copy' (frozen)>`; their code
// runs under the file name "<frozen copy>", as CPython's frozen modules do.
#pragma once

#include <cstddef>
#include <string_view>

namespace minipy::interp {

struct FrozenModule {
    const char* name;         // "copy", "json", "json.decoder"
    bool package;             // lib/NAME/__init__.py
    std::string_view source;  // the file's text
};

// Every module of lib/, sorted by file path (defined in the generated
// frozen_modules.cpp).
extern const FrozenModule kFrozenModules[];
extern const std::size_t kFrozenModuleCount;

// The frozen module `name` (dotted), or null.
const FrozenModule* find_frozen(std::string_view name);

}  // namespace minipy::interp
