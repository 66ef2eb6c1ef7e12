// Instantiates the simple-statement, block and entry-point rules (statement_def.hpp).
#include "grammar/statement_def.hpp"

namespace minipy::grammar::rules {

BOOST_SPIRIT_INSTANTIATE(file_input_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(interactive_input_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(eval_input_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(statements_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(simple_stmts_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(block_type, iterator_type, context_type)

}  // namespace minipy::grammar::rules
