// Runtime start-up.
#include "runtime/runtime.hpp"

#include "runtime/bytes.hpp"
#include "runtime/cell.hpp"
#include "runtime/dict.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/generic_alias.hpp"
#include "runtime/instance.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/mappingproxy.hpp"
#include "runtime/module.hpp"
#include "runtime/names.hpp"
#include "runtime/range.hpp"
#include "runtime/set.hpp"
#include "runtime/singletons.hpp"
#include "runtime/slot_dispatch.hpp"
#include "runtime/str.hpp"
#include "runtime/super.hpp"
#include "runtime/tuple.hpp"
#include "runtime/type.hpp"
#include "runtime/weakref.hpp"

namespace minipy {

void runtime_init() {
    static bool done = false;
    if (done) return;
    done = true;

    // The bootstrap types: readying any type needs str (names), dict
    // (namespaces), tuple (bases, MRO) and the descriptor types (methods).
    // Their type_ready calls wait until all of them are set up.
    object_type_init();
    type_type_init();
    str_type_init();
    dict_type_init();
    tuple_type_init();
    function_types_init();
    slot_wrapper_type_init();
    mappingproxy_type_init();
    singletons_init();
    int_type_init();
    bool_type_init();
    type_finish_bootstrap();
    tuple_make_empty();
    names_init();

    generic_alias_type_init();
    float_type_init();
    bytes_type_init();
    list_type_init();
    set_type_init();
    range_type_init();
    slice_type_init();
    iterator_types_init();
    cell_type_init();
    module_type_init();
    weakref_types_init();
    super_type_init();
    exceptions_init();
}

}  // namespace minipy
