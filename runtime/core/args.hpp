// Argument checking for native functions, with CPython 3.11's messages.
//
// Simple signatures use the count checks; functions that take keywords bind
// their arguments through an ArgSpec, as CPython's Argument Clinic does:
//
//   static const ArgSpec spec{"sorted", {"iterable", "key", "reverse"}, 1, 1};
//   Object* a[3];
//   if (!parse_args(args, spec, a)) return nullptr;
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <string_view>

namespace minipy {

// The checks in full, with their messages (args.cpp); the inline checks
// below answer the common case, a call without keywords that fits, and
// come here for the rest.
[[nodiscard]] bool check_no_args_in_full(std::string_view name, const Args& args);
[[nodiscard]] bool check_one_arg_in_full(std::string_view name, const Args& args);
[[nodiscard]] bool check_arg_range_in_full(std::string_view name, const Args& args, std::size_t min, std::size_t max);
[[nodiscard]] bool check_no_keywords_in_full(std::string_view name, const Args& args);

// "NAME() takes no arguments (N given)" etc. `name` is what CPython prints
// before "()", e.g. "len" or "list.append". All return false with TypeError set.
[[nodiscard]] inline bool check_no_args(std::string_view name, const Args& args) {
    return (!args.kwnames && args.count == 0) || check_no_args_in_full(name, args);
}
// "takes exactly one argument (N given)"
[[nodiscard]] inline bool check_one_arg(std::string_view name, const Args& args) {
    return (!args.kwnames && args.count == 1) || check_one_arg_in_full(name, args);
}
// "NAME expected at least MIN arguments, got N" / "NAME expected at most MAX arguments, got N"
[[nodiscard]] inline bool check_arg_range(std::string_view name, const Args& args, std::size_t min, std::size_t max) {
    return (!args.kwnames && args.count >= min && args.count <= max) || check_arg_range_in_full(name, args, min, max);
}
// "NAME() takes no keyword arguments"
[[nodiscard]] inline bool check_no_keywords(std::string_view name, const Args& args) {
    return !args.kwnames || check_no_keywords_in_full(name, args);
}

inline constexpr std::size_t kMaxParams = 8;

struct ArgSpec {
    std::string_view name;                // function name for messages
    const char* params[kMaxParams] = {};  // parameter names, in order (unused entries null)
    std::size_t required = 0;             // the first `required` params are required
    std::size_t positional_only = 0;            // the first N cannot be passed by keyword
    std::size_t keyword_only_from = static_cast<std::size_t>(-1);  // index of the first keyword-only param

    std::size_t param_count() const {
        std::size_t n = 0;
        while (n < kMaxParams && params[n]) ++n;
        return n;
    }
};

// Binds positional and keyword arguments to `out[param_count()]` (borrowed,
// null for omitted optional ones). False with TypeError set on a mismatch.
[[nodiscard]] bool parse_args(const Args& args, const ArgSpec& spec, Object** out);

}  // namespace minipy
