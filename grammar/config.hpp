// The types every X3 translation unit of the grammar agrees on.
//
// X3 rules declared in one .cpp and used in another link only if both see
// the same iterator and context types (a mismatch shows up as an undefined
// `parse_rule` at link time), so they are written once, here.
#pragma once

#include "grammar/parser_state.hpp"

#include <boost/spirit/home/x3.hpp>

namespace minipy::grammar {

namespace x3 = boost::spirit::x3;

// The X3 input: the layout pass's token buffer.
using iterator_type = const char*;

// Tokens in the buffer are separated by single spaces; nothing else is skipped.
struct space_skipper : x3::parser<space_skipper> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last || *first != ' ') return false;
        ++first;
        return true;
    }
};

// Every rule sees the parser state through the context (x3::get<state_tag>).
struct state_tag;
using skipper_context_type = x3::context<x3::skipper_tag, space_skipper const>;
using context_type = x3::context<state_tag, ParserState, skipper_context_type>;

}  // namespace minipy::grammar
