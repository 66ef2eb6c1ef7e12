// Small helpers for writing X3 semantic actions against ParserState.
#pragma once

#include "grammar/build.hpp"
#include "grammar/config.hpp"

#include <boost/fusion/include/at_c.hpp>

namespace minipy::grammar::actions {

using boost::fusion::at_c;

template <class Context>
ParserState& state(Context const& ctx) {
    return x3::get<state_tag>(ctx);
}

// `rule = p[assign]`: the rule's value is p's attribute.
inline constexpr auto assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

// Wraps f(state, rule value, attribute) as an X3 action.
template <class F>
constexpr auto act(F f) {
    return [f](auto& ctx) { f(state(ctx), x3::_val(ctx), x3::_attr(ctx)); };
}

// Like act, but f returns whether the match stands (false backtracks).
template <class F>
constexpr auto check(F f) {
    return [f](auto& ctx) { x3::_pass(ctx) = f(state(ctx), x3::_val(ctx), x3::_attr(ctx)); };
}

// Building a build::Parameter piece by piece (def and lambda parameters).
template <build::Parameter::Kind K>
inline constexpr auto start_param = act([](ParserState&, build::Parameter& val, Tok t) {
    val = build::Parameter{K, t, {}, nullptr, nullptr, {}};
});
inline constexpr auto set_param_name = act([](ParserState&, build::Parameter& val, Tok t) { val.name = t; });
inline constexpr auto set_default = act([](ParserState&, build::Parameter& val, auto& attr) {
    val.equals = at_c<0>(attr);
    val.default_value = at_c<1>(attr);
});

}  // namespace minipy::grammar::actions
