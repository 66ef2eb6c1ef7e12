// Looking up the modules embedded from lib/ (see frozen.hpp).
#include "interpreter/frozen.hpp"

namespace minipy::interp {

const FrozenModule* find_frozen(std::string_view name) {
    for (std::size_t i = 0; i < kFrozenModuleCount; ++i)
        if (kFrozenModules[i].name == name) return &kFrozenModules[i];
    return nullptr;
}

}  // namespace minipy::interp
