// Argument binding with the messages of functions written in Python
// (CPython's Python/ceval.c: missing_arguments, too_many_positional), for
// the module functions that CPython implements in Lib/ (random, weakref).
#include "runtime/modules/internal.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace minipy {

// 'a', 'a' and 'b', 'a', 'b', and 'c'
static std::string name_list(const std::vector<const char*>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += fmt::format("'{}'", names[i]);
    }
    return out;
}

bool bind_python_args(std::string_view qualname, const Args& args, std::initializer_list<const char*> params,
                      std::size_t required, bool self_counts, Object** out, std::size_t max_positional) {
    const std::vector<const char*> names(params);
    const std::size_t n = names.size();
    const std::size_t positional = std::min(n, max_positional);
    for (std::size_t i = 0; i < n; ++i) out[i] = nullptr;

    if (args.size() > positional) {
        const std::size_t extra = self_counts ? 1 : 0;
        const std::size_t given = args.size() + extra;
        const std::size_t lo = std::min(required, positional) + extra;
        const std::size_t hi = positional + extra;
        std::string takes = lo == hi ? fmt::format("{} positional argument{}", hi, hi == 1 ? "" : "s")
                                     : fmt::format("from {} to {} positional arguments", lo, hi);
        raisef(exc::TypeError, "{}() takes {} but {} {} given", qualname, takes, given, given == 1 ? "was" : "were");
        return false;
    }
    for (std::size_t i = 0; i < args.size(); ++i) out[i] = args[i];
    for (std::size_t k = 0; k < args.kw_count(); ++k) {
        std::string_view key = args.kw_name(k)->view();
        auto it = std::find_if(names.begin(), names.end(), [&](const char* p) { return key == p; });
        if (it == names.end()) {
            raisef(exc::TypeError, "{}() got an unexpected keyword argument '{}'", qualname, key);
            return false;
        }
        std::size_t index = static_cast<std::size_t>(it - names.begin());
        if (out[index]) {
            raisef(exc::TypeError, "{}() got multiple values for argument '{}'", qualname, key);
            return false;
        }
        out[index] = args.kw_value(k);
    }
    std::vector<const char*> missing;
    for (std::size_t i = 0; i < required; ++i)
        if (!out[i]) missing.push_back(names[i]);
    if (!missing.empty()) {
        raisef(exc::TypeError, "{}() missing {} required positional argument{}: {}", qualname, missing.size(),
               missing.size() == 1 ? "" : "s", name_list(missing));
        return false;
    }
    return true;
}

}  // namespace minipy
