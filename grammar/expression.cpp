// Instantiates the operator and atom rules (expression_def.hpp).
#include "grammar/expression_def.hpp"

namespace minipy::grammar::rules {

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(named_expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(star_expressions_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(star_expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(star_named_expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(yield_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(disjunction_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(conjunction_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(inversion_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(comparison_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bitwise_or_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bitwise_xor_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bitwise_and_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(shift_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(sum_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(term_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(factor_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(power_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(primary_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(atom_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(strings_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(star_target_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(star_targets_type, iterator_type, context_type)

}  // namespace minipy::grammar::rules
