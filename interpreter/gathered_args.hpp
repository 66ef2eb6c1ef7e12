// Gathering the arguments of a call with unpacking; internal to the evaluator (eval_call.cpp, eval_class.cpp).
#pragma once

#include "interpreter/nodes.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/tuple.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace minipy::interp {

// The arguments of a call with unpacking — `f(*a, k=v, **m)`, or a class
// statement's bases and keywords — gathered with CPython's checks: the
// positional values in one list, the keywords in a dict.
struct GatheredArgs {
    Ref<List> positional = list_new();
    Ref<Dict> keywords = dict_new();

    // Lays them out as Args wants them: `argv` gets the positional values,
    // then the keyword values; the result names the keywords (null if none).
    Ref<Tuple> layout(std::vector<Object*>& argv) const {
        argv.assign(positional->items, positional->items + positional->size);
        if (!keywords->used) return nullptr;
        Ref<Tuple> kwnames = tuple_alloc(keywords->used);
        Object* key;
        Object* value;
        std::int64_t i = 0;
        for (std::int64_t pos = 0; dict_next(keywords.get(), pos, &key, &value); ++i) {
            tuple_init_item(kwnames.get(), i, share(key));
            argv.push_back(value);
        }
        return kwnames;
    }

    // Once the call is made: the positional values go (last to first, as
    // from CPython's argument tuple), then the keywords, the order in which
    // CALL_FUNCTION_EX releases its tuple and dict.
    void release_after_call() {
        positional.reset();
        keywords.reset();
    }
};

// `callee` is how errors name the function ("f()", "__build_class__()").
// A bad `*x` is reported as the call's error, or, for class bases (built as
// a tuple display in CPython), as a display's ("Value after * must be …").
[[nodiscard]] bool gather_args(Frame& frame, const std::vector<CallArg>& args, const std::string& callee,
                               bool star_as_display, GatheredArgs& out);

}  // namespace minipy::interp
