// Constant folding and sharing, following CPython 3.11's Python/ast_opt.c
// (folding limits) and Python/compile.c (merge_consts_recursive, interning).
#include "compiler/constants.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstring>

namespace minipy::interp {

namespace {

// ast_opt.c's limits on what folding may produce.
constexpr std::size_t kMaxIntBits = 128;
constexpr std::int64_t kMaxCollectionSize = 256;
constexpr std::int64_t kMaxStrSize = 4096;

// CPython interns string constants made only of ASCII letters, digits and '_'.
bool all_name_chars(std::string_view s) {
    for (unsigned char c : s)
        if (!(std::isalnum(c) || c == '_') || c >= 0x80) return false;
    return true;
}

// A key that tells constants apart exactly as CPython's _PyCode_ConstantKey:
// type and value (so 1, 1.0 and True stay distinct, as do 0.0 and -0.0).
bool constant_key(Object* o, std::string& key) {
    if (o == None) key += "N";
    else if (o == True) key += "T";
    else if (o == False) key += "F";
    else if (o == Ellipsis) key += "E";
    else if (is_exact_int(o)) {
        key += "i";
        key += int_to_decimal(cast<Int>(o));
        key += ";";
    } else if (o->type == &FloatType) {
        double d = cast<Float>(o)->value;
        char bits[sizeof d];
        std::memcpy(bits, &d, sizeof d);
        key += "f";
        key.append(bits, sizeof bits);
    } else if (is_exact_str(o)) {
        const StrUtf8 text(cast<Str>(o));  // a constant keeps no UTF-8 form, as in CPython
        key += "s";
        key += std::to_string(text.view().size());
        key += ":";
        key += text.view();
    } else if (o->type == &BytesType) {
        auto* b = cast<Bytes>(o);
        key += "b";
        key += std::to_string(b->size);
        key += ":";
        key.append(b->data(), static_cast<std::size_t>(b->size));
    } else if (o->type == &TupleType) {
        key += "t(";
        for (Object* item : *cast<Tuple>(o)) {
            if (!constant_key(item, key)) return false;
            key += ",";
        }
        key += ")";
    } else {
        return false;  // frozensets and other rare constants are not shared
    }
    return true;
}

bool is_int_value(Object* o) { return is_int(o); }

std::size_t bit_length(Object* o) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(cast<Int>(o), z);
    std::size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    mpz_clear(z);
    return bits;
}

std::int64_t seq_size(Object* o) {
    if (is_tuple(o)) return cast<Tuple>(o)->length();
    if (is_str(o)) return cast<Str>(o)->length;
    if (o->type == &BytesType) return cast<Bytes>(o)->size;
    return -1;
}

// CPython's safe_multiply / safe_power / safe_lshift / safe_mod: decline
// folds whose result would be too big to keep in the code object.
bool too_big(ast::BinOpKind op, Object* v, Object* w) {
    switch (op) {
        case ast::BinOpKind::Mult: {
            if (is_int_value(v) && is_int_value(w)) return bit_length(v) + bit_length(w) > kMaxIntBits;
            Object* count = is_int_value(v) ? v : is_int_value(w) ? w : nullptr;
            Object* seq = count == v ? w : v;
            if (!count) return false;
            std::int64_t size = seq_size(seq);
            if (size <= 0) return false;
            auto n = int_to_i64(cast<Int>(count));
            std::int64_t limit = is_tuple(seq) ? kMaxCollectionSize : kMaxStrSize;
            return !n || *n < 0 || *n > limit / size;
        }
        case ast::BinOpKind::Pow: {
            if (!is_int_value(v) || !is_int_value(w)) return false;
            if (int_sign(cast<Int>(v)) == 0 || int_sign(cast<Int>(w)) <= 0) return false;
            auto wbits = int_to_i64(cast<Int>(w));
            if (!wbits) return true;
            return bit_length(v) > kMaxIntBits / static_cast<std::size_t>(*wbits);
        }
        case ast::BinOpKind::LShift: {
            if (!is_int_value(v) || !is_int_value(w) || int_sign(cast<Int>(v)) == 0) return false;
            auto wbits = int_to_i64(cast<Int>(w));
            if (!wbits || *wbits < 0) return false;  // negative shift: an error at run time
            return static_cast<std::size_t>(*wbits) > kMaxIntBits ||
                   bit_length(v) > kMaxIntBits - static_cast<std::size_t>(*wbits);
        }
        case ast::BinOpKind::Mod:
            return is_str(v) || v->type == &BytesType;  // %-formatting is never folded
        default:
            return false;
    }
}

bool foldable(Object* o) {
    return o == None || is_int(o) || o->type == &FloatType || is_exact_str(o) || o->type == &BytesType ||
           o->type == &TupleType || o == Ellipsis;
}

}  // namespace

BinaryOp to_runtime_op(ast::BinOpKind op) {
    switch (op) {
        case ast::BinOpKind::Add: return BinaryOp::Add;
        case ast::BinOpKind::Sub: return BinaryOp::Sub;
        case ast::BinOpKind::Mult: return BinaryOp::Mul;
        case ast::BinOpKind::MatMult: return BinaryOp::MatMul;
        case ast::BinOpKind::Div: return BinaryOp::TrueDiv;
        case ast::BinOpKind::Mod: return BinaryOp::Mod;
        case ast::BinOpKind::Pow: return BinaryOp::Pow;
        case ast::BinOpKind::LShift: return BinaryOp::LShift;
        case ast::BinOpKind::RShift: return BinaryOp::RShift;
        case ast::BinOpKind::BitOr: return BinaryOp::Or;
        case ast::BinOpKind::BitXor: return BinaryOp::Xor;
        case ast::BinOpKind::BitAnd: return BinaryOp::And;
        case ast::BinOpKind::FloorDiv: return BinaryOp::FloorDiv;
    }
    return BinaryOp::Add;
}

Ref<> ConstantPool::merge(Ref<> value) {
    if (!value) return value;  // the literal could not be made (a pending error says why)
    std::string key;
    if (!constant_key(value.get(), key)) return value;
    auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    if (is_exact_str(value.get()) && cast<Str>(value.get())->ascii() && all_name_chars(cast<Str>(value.get())->view()))
        value = intern_str(cast<Str>(std::move(value)));
    by_key_.emplace(std::move(key), value);
    return value;
}

std::vector<Ref<>> ConstantPool::take_references() {
    std::vector<Ref<>> refs;
    refs.reserve(by_key_.size());
    for (auto& [key, value] : by_key_) refs.push_back(std::move(value));
    by_key_.clear();
    return refs;
}

Ref<> ConstantPool::literal(const ast::Constant& c) {
    switch (c.value_kind) {
        case ast::ConstantKind::None: return none();
        case ast::ConstantKind::True: return share(True);
        case ast::ConstantKind::False: return share(False);
        case ast::ConstantKind::Ellipsis: return share(Ellipsis);
        case ast::ConstantKind::Int: return merge(int_from_string(c.text, c.int_base));
        case ast::ConstantKind::Float: return merge(float_from(c.number));
        case ast::ConstantKind::Str: return merge(str_from(c.text));
        case ast::ConstantKind::Bytes: return merge(bytes_from(c.text));
        case ast::ConstantKind::Imaginary:
            return raise(exc::NotImplementedError, "complex numbers are not supported by minipy");
    }
    return nullptr;
}

Ref<> fold_unary(ast::UnaryOpKind op, Object* operand) {
    if (!foldable(operand)) return nullptr;
    Ref<> result;
    switch (op) {
        case ast::UnaryOpKind::Not: {
            int truth = is_true(operand);
            if (truth >= 0) result = bool_from(!truth);
            break;
        }
        case ast::UnaryOpKind::USub: result = unary_op(operand, UnaryOp::Neg); break;
        case ast::UnaryOpKind::UAdd: result = unary_op(operand, UnaryOp::Pos); break;
        case ast::UnaryOpKind::Invert: result = unary_op(operand, UnaryOp::Invert); break;
    }
    if (!result) clear_error();
    return result;
}

Ref<> fold_binary(ast::BinOpKind op, Object* left, Object* right) {
    if (!foldable(left) || !foldable(right) || too_big(op, left, right)) return nullptr;
    Ref<> result = binary_op(left, right, to_runtime_op(op));
    if (!result) clear_error();
    return result;
}

Ref<> fold_subscript(Object* value, Object* index) {
    if (!foldable(value) || !foldable(index)) return nullptr;
    Ref<> result = getitem(value, index);
    if (!result) clear_error();
    return result;
}

}  // namespace minipy::interp
