// The set of containers whose repr is being built (see repr_guard.hpp).
#include "runtime/core/repr_guard.hpp"

#include <algorithm>
#include <vector>

namespace minipy {

namespace {
// Nesting is shallow in practice and the innermost entry is the one removed,
// so a vector searched from the back is all this needs.
std::vector<Object*> in_progress;
}  // namespace

ReprGuard::ReprGuard(Object* o) : object_(o) {
    recursive_ = std::find(in_progress.begin(), in_progress.end(), o) != in_progress.end();
    if (!recursive_) in_progress.push_back(o);
}

ReprGuard::~ReprGuard() {
    if (recursive_) return;
    auto it = std::find(in_progress.rbegin(), in_progress.rend(), object_);
    if (it != in_progress.rend()) in_progress.erase(std::next(it).base());
}

}  // namespace minipy
