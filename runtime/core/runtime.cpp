// Runtime start-up.
#include "runtime/core/runtime.hpp"

#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/names.hpp"
#include "runtime/core/slot_dispatch.hpp"
#include "runtime/core/type.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/bound_method.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/memoryview.hpp"
#include "runtime/objects/cell.hpp"
#include "runtime/objects/classmethod.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/mappingproxy.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/object_type.hpp"
#include "runtime/objects/property.hpp"
#include "runtime/objects/range.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/super.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/objects/union_type.hpp"
#include "runtime/text/str.hpp"

namespace minipy {

void runtime_init() {
    static bool done = false;
    if (done) return;
    done = true;
    heap_keep_reserve();  // what an exhausted heap lives on until MemoryError is raised
    gc_read_environment();

    // The bootstrap types: readying any type needs str (names), dict
    // (namespaces), tuple (bases, MRO) and the descriptor types (methods).
    // Their type_ready calls wait until all of them are set up.
    object_type_init();
    type_type_init();
    str_type_init();
    dict_type_init();
    tuple_type_init();
    getset_descriptor_type_init();
    builtin_function_type_init();
    method_descriptor_types_init();
    function_type_init();
    bound_method_type_init();
    staticmethod_classmethod_types_init();
    property_type_init();
    slot_wrapper_type_init();
    mappingproxy_type_init();
    singletons_init();
    int_type_init();
    bool_type_init();
    type_finish_bootstrap();
    tuple_make_empty();
    names_init();

    generic_alias_type_init();
    union_type_init();
    float_type_init();
    bytes_type_init();
    bytearray_type_init();
    memoryview_type_init();
    list_type_init();
    set_type_init();
    range_type_init();
    slice_type_init();
    // The iterator types, each beside its container; object.__subclasses__()
    // lists them in the order of these calls.
    seq_iter_type_init();
    list_iter_types_init();
    tuple_iter_type_init();
    range_iter_types_init();
    iterator_types_init();
    cell_type_init();
    module_type_init();
    weakref_types_init();
    super_type_init();
    exceptions_init();
}

}  // namespace minipy
