// The compiler's check of future statements' feature names (CPython's Python/future.c, future_check_features).
#include "compiler/future.hpp"

#include <array>

namespace minipy::interp {

namespace {

constexpr std::array<std::string_view, 10> kFeatures = {
    "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations",
};

}  // namespace

bool is_future_feature(std::string_view name) {
    for (std::string_view f : kFeatures)
        if (f == name) return true;
    return false;
}

}  // namespace minipy::interp
