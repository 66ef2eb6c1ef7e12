// Argument checks for native functions, worded as CPython 3.11's
// Python/getargs.c and Argument Clinic.
#include "runtime/core/args.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>

namespace minipy {

static const char* plural(std::size_t n) { return n == 1 ? "" : "s"; }

bool check_no_keywords_in_full(std::string_view name, const Args& args) {
    if (!args.has_keywords()) return true;  // an empty kwnames tuple
    raisef(exc::TypeError, "{}() takes no keyword arguments", name);
    return false;
}

bool check_no_args_in_full(std::string_view name, const Args& args) {
    if (!check_no_keywords(name, args)) return false;
    if (args.size() == 0) return true;
    raisef(exc::TypeError, "{}() takes no arguments ({} given)", name, args.size());
    return false;
}

bool check_one_arg_in_full(std::string_view name, const Args& args) {
    if (!check_no_keywords(name, args)) return false;
    if (args.size() == 1) return true;
    raisef(exc::TypeError, "{}() takes exactly one argument ({} given)", name, args.size());
    return false;
}

bool check_arg_range_in_full(std::string_view name, const Args& args, std::size_t min, std::size_t max) {
    if (!check_no_keywords(name, args)) return false;
    const std::size_t n = args.size();
    if (n < min) {
        raisef(exc::TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at least ", min,
               plural(min), n);
        return false;
    }
    if (n > max) {
        raisef(exc::TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : "at most ", max,
               plural(max), n);
        return false;
    }
    return true;
}

// Every call parse_args does not bind by itself: keywords, or a count that
// does not fit (and then the error).
[[gnu::noinline]] static bool parse_args_in_full(const Args& args, const ArgSpec& spec, Object** out) {
    const std::size_t nparams = spec.param_count();
    const std::size_t max_positional = std::min(nparams, spec.keyword_only_from);
    for (std::size_t i = 0; i < nparams; ++i) out[i] = nullptr;

    // CPython's _PyArg_UnpackKeywords: too many arguments in all first,
    // then too many positional ones.
    const std::size_t given = args.size() + args.kw_count();
    if (given > nparams) {
        raisef(exc::TypeError, "{}() takes at most {} {}argument{} ({} given)", spec.name, nparams,
               args.size() == 0 ? "keyword " : "", plural(nparams), given);
        return false;
    }
    if (args.size() > max_positional) {
        if (max_positional == 0) {
            raisef(exc::TypeError, "{}() takes no positional arguments", spec.name);
        } else {
            raisef(exc::TypeError, "{}() takes {} {} positional argument{} ({} given)", spec.name,
                   spec.required < max_positional ? "at most" : "exactly", max_positional, plural(max_positional),
                   args.size());
        }
        return false;
    }
    for (std::size_t i = 0; i < args.size(); ++i) out[i] = args[i];

    // The keywords that name a parameter not given by position fill it;
    // the others are reported only after the missing arguments, in
    // _PyArg_UnpackKeywords' order: a missing required argument, then one
    // given by name and position, then an unknown name.
    std::string_view unknown, duplicate;
    std::size_t duplicate_index = 0;
    for (std::size_t k = 0; k < args.kw_count(); ++k) {
        std::string_view key = args.kw_name(k)->view();
        std::size_t index = nparams;
        for (std::size_t i = spec.positional_only; i < nparams; ++i) {
            if (key == spec.params[i]) {
                index = i;
                break;
            }
        }
        if (index == nparams) {
            if (unknown.empty()) unknown = key;
        } else if (index < args.size()) {
            if (duplicate.empty()) {
                duplicate = key;
                duplicate_index = index;
            }
        } else {
            out[index] = args.kw_value(k);
        }
    }

    for (std::size_t i = 0; i < spec.required; ++i) {
        if (!out[i]) {
            raisef(exc::TypeError, "{}() missing required argument '{}' (pos {})", spec.name, spec.params[i],
                   i + 1);
            return false;
        }
    }
    if (!duplicate.empty()) {
        raisef(exc::TypeError, "argument for {}() given by name ('{}') and position ({})", spec.name, duplicate,
               duplicate_index + 1);
        return false;
    }
    if (!unknown.empty()) {
        raisef(exc::TypeError, "'{}' is an invalid keyword argument for {}()", unknown, spec.name);
        return false;
    }
    return true;
}

// The common call, positional arguments only and as many as the signature
// takes, is bound here without the full function's frame.
bool parse_args(const Args& args, const ArgSpec& spec, Object** out) {
    const std::size_t nparams = spec.param_count();
    const std::size_t n = args.count;
    if (args.kwnames || n < spec.required || n > nparams || n > spec.keyword_only_from)
        return parse_args_in_full(args, spec, out);
    std::size_t i = 0;
    for (; i < n; ++i) out[i] = args.values[i];
    for (; i < nparams; ++i) out[i] = nullptr;
    return true;
}

}  // namespace minipy
