// bool: the two singletons True and False. They are ints (Int layout, type
// bool), so every int operation applies; only repr, the constructor and the
// bitwise operators between two bools differ (CPython's Objects/boolobject.c).
// bool is final: without kBaseType, `class B(bool)` fails with "type 'bool'
// is not an acceptable base type".
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/text/str.hpp"

namespace minipy {

Type BoolType;
Int TrueObject;
Int FalseObject;

// The singletons are statics, never freed: the runtime holds one reference.
// Set up during static initialisation, like the small ints.
static const bool bools_ready = [] {
    for (Int* b : {&FalseObject, &TrueObject}) {
        b->refcount = 1;
        b->type = &BoolType;
    }
    FalseObject.small = 0;
    TrueObject.small = 1;
    TrueObject.digits = 1;
    heap_register_static(&FalseObject, sizeof(Int));  // ctypes reads them
    heap_register_static(&TrueObject, sizeof(Int));
    return true;
}();

static Ref<> bool_repr(Object* o) { return share<Object>(intern(o == True ? "True" : "False")); }

// bool(x=False, /)
static Ref<> bool_new(Type*, const Args& args) {
    if (!check_no_keywords("bool", args)) return nullptr;
    if (!check_arg_range("bool", args, 0, 1)) return nullptr;
    if (args.size() == 0) return bool_from(false);
    int truth = is_true(args[0]);
    if (truth < 0) return nullptr;
    return bool_from(truth != 0);
}

// &, | and ^ of two bools give a bool; with any other int they are int operations.
template <BinaryOp Op>
static Ref<> bool_bitwise(Object* a, Object* b) {
    if (is_bool(a) && is_bool(b)) {
        bool x = a == True, y = b == True;
        bool r = Op == BinaryOp::And ? (x && y) : Op == BinaryOp::Or ? (x || y) : (x != y);
        return bool_from(r);
    }
    return IntType.binary[static_cast<int>(Op)](a, b);
}

void bool_type_init() {
    type_init_builtin(BoolType, "bool", &IntType, sizeof(Int), type_flags::kIntSubclass);
    BoolType.repr = bool_repr;
    BoolType.new_instance = bool_new;
    BoolType.binary[static_cast<int>(BinaryOp::And)] = bool_bitwise<BinaryOp::And>;
    BoolType.binary[static_cast<int>(BinaryOp::Or)] = bool_bitwise<BinaryOp::Or>;
    BoolType.binary[static_cast<int>(BinaryOp::Xor)] = bool_bitwise<BinaryOp::Xor>;
    type_ready(BoolType);
}

}  // namespace minipy
