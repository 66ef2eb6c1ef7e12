// Running one X3 entry rule over a token buffer, pegen style.
#pragma once

#include "grammar/config.hpp"
#include "grammar/parser.hpp"

#include <functional>
#include <optional>

namespace minipy::grammar {

// Parses the whole buffer with `rule`, in the first or the second pass.
template <class Rule, class Attr>
bool run_rule(ParserState& st, Rule const& rule, Attr& attr, bool second_pass) {
    st.second_pass = second_pass;
    st.furthest = 0;
    st.disjunction_failed.assign(st.buffer.text.size() + 1, 0);
    const char* first = st.begin();
    const char* last = first + st.buffer.text.size();
    const space_skipper skipper{};
    auto skipper_context = x3::make_context<x3::skipper_tag>(skipper);
    auto context = x3::make_context<state_tag>(st, skipper_context);
    return rule.parse(first, last, context, x3::unused, attr) && first == last;
}

struct ParseOutcome {
    std::optional<SyntaxErrorInfo> error;
    bool incomplete = false;  // the first pass stopped at the Incomplete marker
    int furthest = 0;         // where the first pass stopped
    int furthest_any = 0;     // the furthest token either pass read (pegen's last token)
};

// Runs `rule` (a call of run_rule) once, and on failure again in the second
// pass to find CPython's message.
using RuleRunner = std::function<bool(ParserState&, bool second_pass)>;
ParseOutcome run_parser(ParserState& st, const RuleRunner& rule);

}  // namespace minipy::grammar
