// The operator tables, each written once: binary operators with their forward,
// reflected and in-place dunders, unary operators, and comparisons.
#pragma once

#include <cstdint>

namespace minipy {

//            enum       symbol  forward         reflected        in-place
#define MINIPY_BINARY_OPS(X)                                                \
    X(Add,      "+",  "__add__",      "__radd__",      "__iadd__")          \
    X(Sub,      "-",  "__sub__",      "__rsub__",      "__isub__")          \
    X(Mul,      "*",  "__mul__",      "__rmul__",      "__imul__")          \
    X(MatMul,   "@",  "__matmul__",   "__rmatmul__",   "__imatmul__")       \
    X(TrueDiv,  "/",  "__truediv__",  "__rtruediv__",  "__itruediv__")      \
    X(FloorDiv, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")     \
    X(Mod,      "%",  "__mod__",      "__rmod__",      "__imod__")          \
    X(Pow,      "**", "__pow__",      "__rpow__",      "__ipow__")          \
    X(LShift,   "<<", "__lshift__",   "__rlshift__",   "__ilshift__")       \
    X(RShift,   ">>", "__rshift__",   "__rrshift__",   "__irshift__")       \
    X(And,      "&",  "__and__",      "__rand__",      "__iand__")          \
    X(Xor,      "^",  "__xor__",      "__rxor__",      "__ixor__")          \
    X(Or,       "|",  "__or__",       "__ror__",       "__ior__")

enum class BinaryOp : std::uint8_t {
#define X(name, symbol, fwd, rev, inplace) name,
    MINIPY_BINARY_OPS(X)
#undef X
};
inline constexpr int kBinaryOpCount = 0
#define X(name, symbol, fwd, rev, inplace) +1
    MINIPY_BINARY_OPS(X)
#undef X
    ;

struct BinaryOpNames {
    const char* symbol;
    const char* forward;
    const char* reflected;
    const char* inplace;
};
inline constexpr BinaryOpNames kBinaryOpNames[] = {
#define X(name, symbol, fwd, rev, inplace) {symbol, fwd, rev, inplace},
    MINIPY_BINARY_OPS(X)
#undef X
};
inline const BinaryOpNames& names_of(BinaryOp op) { return kBinaryOpNames[static_cast<int>(op)]; }

#define MINIPY_UNARY_OPS(X)             \
    X(Neg,    "-", "__neg__")           \
    X(Pos,    "+", "__pos__")           \
    X(Invert, "~", "__invert__")        \
    X(Abs,    "abs()", "__abs__")

enum class UnaryOp : std::uint8_t {
#define X(name, symbol, dunder) name,
    MINIPY_UNARY_OPS(X)
#undef X
};
inline constexpr int kUnaryOpCount = 4;
struct UnaryOpNames {
    const char* symbol;
    const char* dunder;
};
inline constexpr UnaryOpNames kUnaryOpNames[] = {
#define X(name, symbol, dunder) {symbol, dunder},
    MINIPY_UNARY_OPS(X)
#undef X
};
inline const UnaryOpNames& names_of(UnaryOp op) { return kUnaryOpNames[static_cast<int>(op)]; }

// Rich comparisons, in CPython's order (Py_LT .. Py_GE). `reflected` is the
// operator tried on the right operand: a < b  ->  b > a.
#define MINIPY_COMPARE_OPS(X)            \
    X(Lt, "<",  "__lt__", Gt)            \
    X(Le, "<=", "__le__", Ge)            \
    X(Eq, "==", "__eq__", Eq)            \
    X(Ne, "!=", "__ne__", Ne)            \
    X(Gt, ">",  "__gt__", Lt)            \
    X(Ge, ">=", "__ge__", Le)

enum class CompareOp : std::uint8_t {
#define X(name, symbol, dunder, reflected) name,
    MINIPY_COMPARE_OPS(X)
#undef X
};
inline constexpr int kCompareOpCount = 6;
struct CompareOpNames {
    const char* symbol;
    const char* dunder;
    CompareOp reflected;
};
inline constexpr CompareOpNames kCompareOpNames[] = {
#define X(name, symbol, dunder, reflected) {symbol, dunder, CompareOp::reflected},
    MINIPY_COMPARE_OPS(X)
#undef X
};
inline const CompareOpNames& names_of(CompareOp op) { return kCompareOpNames[static_cast<int>(op)]; }

// a OP b for two C++ values of one type: 1 or 0 (Python's answers for two
// machine ints or two floats, NaN included).
template <class T>
inline int compare_values(T a, T b, CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return a < b;
        case CompareOp::Le: return a <= b;
        case CompareOp::Eq: return a == b;
        case CompareOp::Ne: return a != b;
        case CompareOp::Gt: return a > b;
        case CompareOp::Ge: return a >= b;
    }
    return -1;
}

// `a OP b` answered from a three-way comparison c (negative, zero or
// positive as a < b, a == b, a > b): how int, float and bytes answer every
// operator from one comparison of their values.
inline bool three_way_holds(int c, CompareOp op) { return compare_values(c, 0, op) != 0; }

}  // namespace minipy
