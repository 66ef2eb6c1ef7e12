// Instantiates the bracket, call, comprehension and lambda rules (display_def.hpp).
#include "grammar/display_def.hpp"

namespace minipy::grammar::rules {

BOOST_SPIRIT_INSTANTIATE(paren_atom_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(list_atom_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(brace_atom_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(slices_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(call_args_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(comp_for_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(lambdef_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(lambda_params_type, iterator_type, context_type)

}  // namespace minipy::grammar::rules
