// Instantiates the compound-statement rules (compound_def.hpp).
#include "grammar/compound_def.hpp"

namespace minipy::grammar::rules {

BOOST_SPIRIT_INSTANTIATE(compound_stmt_type, iterator_type, context_type)

}  // namespace minipy::grammar::rules
