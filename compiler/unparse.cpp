// Unparsing expressions, following CPython 3.11's Python/ast_unparse.c: the
// same precedence table, the same spacing, the same parentheses.
#include "compiler/unparse.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/text/str.hpp"

#include <string_view>

namespace minipy::interp {

namespace {

// Binding strength, loosest first (ast_unparse.c's PR_*).
enum Precedence : int {
    kTuple,
    kTest,  // if-else, lambda
    kOr,
    kAnd,
    kNot,
    kCmp,
    kExpr,
    kBitOr = kExpr,
    kBitXor,
    kBitAnd,
    kShift,
    kArith,
    kTerm,
    kFactor,
    kPower,
    kAwait,
    kAtom,
};

class Unparser {
public:
    explicit Unparser(std::string& out) : out_(out) {}

    bool expr(const ast::Expr* e, int level) {
        using K = ast::ExprKind;
        switch (e->kind) {
            case K::BoolOp: return bool_op(ast::as<ast::BoolOp>(e), level);
            case K::BinOp: return bin_op(ast::as<ast::BinOp>(e), level);
            case K::UnaryOp: return unary_op(ast::as<ast::UnaryOp>(e), level);
            case K::Lambda: return lambda(ast::as<ast::Lambda>(e), level);
            case K::IfExp: {
                auto* i = ast::as<ast::IfExp>(e);
                open_if(level > kTest);
                if (!expr(i->body, kTest + 1)) return false;
                out_ += " if ";
                if (!expr(i->test, kTest + 1)) return false;
                out_ += " else ";
                if (!expr(i->orelse, kTest)) return false;
                close_if(level > kTest);
                return true;
            }
            case K::Dict: return dict(ast::as<ast::Dict>(e));
            case K::Set: {
                auto* s = ast::as<ast::Set>(e);
                if (s->elts.empty()) {
                    out_ += "{*()}";  // there is no literal for an empty set
                    return true;
                }
                out_ += "{";
                if (!sequence(s->elts, kTest)) return false;
                out_ += "}";
                return true;
            }
            case K::ListComp: {
                auto* c = ast::as<ast::ListComp>(e);
                return comprehension("[", c->elt, nullptr, c->generators, "]");
            }
            case K::SetComp: {
                auto* c = ast::as<ast::SetComp>(e);
                return comprehension("{", c->elt, nullptr, c->generators, "}");
            }
            case K::DictComp: {
                auto* c = ast::as<ast::DictComp>(e);
                return comprehension("{", c->key, c->value, c->generators, "}");
            }
            case K::GeneratorExp: {
                auto* c = ast::as<ast::GeneratorExp>(e);
                return comprehension("(", c->elt, nullptr, c->generators, ")");
            }
            case K::Yield: {
                auto* y = ast::as<ast::Yield>(e);
                if (!y->value) {
                    out_ += "(yield)";
                    return true;
                }
                out_ += "(yield ";
                if (!expr(y->value, kTest)) return false;
                out_ += ")";
                return true;
            }
            case K::YieldFrom:
                out_ += "(yield from ";
                if (!expr(ast::as<ast::YieldFrom>(e)->value, kTest)) return false;
                out_ += ")";
                return true;
            case K::Compare: return compare(ast::as<ast::Compare>(e), level);
            case K::Call: return call(ast::as<ast::Call>(e));
            case K::FormattedValue:
            case K::JoinedStr: return fstring(e);
            case K::Constant: return constant(ast::as<ast::Constant>(e));
            case K::Attribute: {
                auto* a = ast::as<ast::Attribute>(e);
                if (!expr(a->value, kAtom)) return false;
                // `1 .real`: a decimal int followed by "." would read as a float.
                auto* c = ast::as<ast::Constant>(a->value);
                out_ += c && c->value_kind == ast::ConstantKind::Int ? " ." : ".";
                out_ += a->attr;
                return true;
            }
            case K::Subscript: {
                auto* s = ast::as<ast::Subscript>(e);
                if (!expr(s->value, kAtom)) return false;
                out_ += "[";
                if (!expr(s->slice, kTuple)) return false;
                out_ += "]";
                return true;
            }
            case K::Starred:
                out_ += "*";
                return expr(ast::as<ast::Starred>(e)->value, kExpr);
            case K::Name: out_ += ast::as<ast::Name>(e)->id; return true;
            case K::List:
                out_ += "[";
                if (!sequence(ast::as<ast::List>(e)->elts, kTest)) return false;
                out_ += "]";
                return true;
            case K::Tuple: return tuple(ast::as<ast::Tuple>(e), level);
            case K::Slice: {
                auto* s = ast::as<ast::Slice>(e);
                if (s->lower && !expr(s->lower, kTest)) return false;
                out_ += ":";
                if (s->upper && !expr(s->upper, kTest)) return false;
                if (s->step) {
                    out_ += ":";
                    if (!expr(s->step, kTest)) return false;
                }
                return true;
            }
            case K::NamedExpr: {
                auto* n = ast::as<ast::NamedExpr>(e);
                open_if(level > kTuple);
                if (!expr(n->target, kAtom)) return false;
                out_ += " := ";
                if (!expr(n->value, kAtom)) return false;
                close_if(level > kTuple);
                return true;
            }
        }
        return true;
    }

private:
    std::string& out_;

    void open_if(bool cond) {
        if (cond) out_ += "(";
    }
    void close_if(bool cond) {
        if (cond) out_ += ")";
    }

    bool sequence(const std::vector<ast::Expr*>& items, int level) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i) out_ += ", ";
            if (!expr(items[i], level)) return false;
        }
        return true;
    }

    bool bool_op(const ast::BoolOp* b, int level) {
        bool is_and = b->op == ast::BoolOpKind::And;
        int pr = is_and ? kAnd : kOr;
        open_if(level > pr);
        for (std::size_t i = 0; i < b->values.size(); ++i) {
            if (i) out_ += is_and ? " and " : " or ";
            if (!expr(b->values[i], pr + 1)) return false;
        }
        close_if(level > pr);
        return true;
    }

    bool bin_op(const ast::BinOp* b, int level) {
        using Op = ast::BinOpKind;
        const char* op = "";
        int pr = kArith;
        switch (b->op) {
            case Op::Add: op = " + "; pr = kArith; break;
            case Op::Sub: op = " - "; pr = kArith; break;
            case Op::Mult: op = " * "; pr = kTerm; break;
            case Op::MatMult: op = " @ "; pr = kTerm; break;
            case Op::Div: op = " / "; pr = kTerm; break;
            case Op::Mod: op = " % "; pr = kTerm; break;
            case Op::FloorDiv: op = " // "; pr = kTerm; break;
            case Op::LShift: op = " << "; pr = kShift; break;
            case Op::RShift: op = " >> "; pr = kShift; break;
            case Op::BitOr: op = " | "; pr = kBitOr; break;
            case Op::BitXor: op = " ^ "; pr = kBitXor; break;
            case Op::BitAnd: op = " & "; pr = kBitAnd; break;
            case Op::Pow: op = " ** "; pr = kPower; break;
        }
        int right_assoc = b->op == Op::Pow ? 1 : 0;
        open_if(level > pr);
        if (!expr(b->left, pr + right_assoc)) return false;
        out_ += op;
        if (!expr(b->right, pr + 1 - right_assoc)) return false;
        close_if(level > pr);
        return true;
    }

    bool unary_op(const ast::UnaryOp* u, int level) {
        using Op = ast::UnaryOpKind;
        const char* op = u->op == Op::Invert ? "~" : u->op == Op::Not ? "not " : u->op == Op::UAdd ? "+" : "-";
        int pr = u->op == Op::Not ? kNot : kFactor;
        open_if(level > pr);
        out_ += op;
        if (!expr(u->operand, pr)) return false;
        close_if(level > pr);
        return true;
    }

    bool arg_with_default(const ast::Arg* a, const ast::Expr* default_value) {
        out_ += a->name;
        if (!default_value) return true;
        out_ += "=";
        return expr(default_value, kTest);
    }

    // ast_unparse.c's append_ast_args (lambda parameters carry no annotations).
    bool arguments(const ast::Arguments& args) {
        bool first = true;
        auto sep = [&] {
            if (!first) out_ += ", ";
            first = false;
        };
        std::size_t positional = args.posonlyargs.size() + args.args.size();
        std::size_t first_default = positional - args.defaults.size();
        for (std::size_t i = 0; i < positional; ++i) {
            sep();
            const ast::Arg* a = i < args.posonlyargs.size() ? args.posonlyargs[i] : args.args[i - args.posonlyargs.size()];
            if (!arg_with_default(a, i >= first_default ? args.defaults[i - first_default] : nullptr)) return false;
            if (i + 1 == args.posonlyargs.size()) out_ += ", /";
        }
        if (args.vararg || !args.kwonlyargs.empty()) {
            sep();
            out_ += "*";
            if (args.vararg) out_ += args.vararg->name;
        }
        for (std::size_t i = 0; i < args.kwonlyargs.size(); ++i) {
            sep();
            if (!arg_with_default(args.kwonlyargs[i], args.kw_defaults[i])) return false;
        }
        if (args.kwarg) {
            sep();
            out_ += "**" + args.kwarg->name;
        }
        return true;
    }

    bool lambda(const ast::Lambda* l, int level) {
        const ast::Arguments& a = l->args;
        // Only positional parameters get a space after the keyword: `lambda*a: 0`.
        bool positional = !a.posonlyargs.empty() || !a.args.empty();
        open_if(level > kTest);
        out_ += positional ? "lambda " : "lambda";
        if (!arguments(a)) return false;
        out_ += ": ";
        if (!expr(l->body, kTest)) return false;
        close_if(level > kTest);
        return true;
    }

    bool dict(const ast::Dict* d) {
        out_ += "{";
        for (std::size_t i = 0; i < d->values.size(); ++i) {
            if (i) out_ += ", ";
            if (d->keys[i]) {
                if (!expr(d->keys[i], kTest)) return false;
                out_ += ": ";
                if (!expr(d->values[i], kTest)) return false;
            } else {
                out_ += "**";
                if (!expr(d->values[i], kExpr)) return false;
            }
        }
        out_ += "}";
        return true;
    }

    bool comprehension(const char* open, const ast::Expr* elt, const ast::Expr* value,
                       const std::vector<ast::Comprehension>& generators, const char* close) {
        out_ += open;
        if (!expr(elt, kTest)) return false;
        if (value) {
            out_ += ": ";
            if (!expr(value, kTest)) return false;
        }
        for (const ast::Comprehension& g : generators) {
            out_ += g.is_async ? " async for " : " for ";
            if (!expr(g.target, kTuple)) return false;
            out_ += " in ";
            if (!expr(g.iter, kTest + 1)) return false;
            for (const ast::Expr* cond : g.ifs) {
                out_ += " if ";
                if (!expr(cond, kTest + 1)) return false;
            }
        }
        out_ += close;
        return true;
    }

    bool compare(const ast::Compare* c, int level) {
        static const char* const kOps[] = {" == ", " != ", " < ", " <= ", " > ", " >= ",
                                           " is ", " is not ", " in ", " not in "};
        open_if(level > kCmp);
        if (!expr(c->left, kCmp + 1)) return false;
        for (std::size_t i = 0; i < c->ops.size(); ++i) {
            out_ += kOps[static_cast<int>(c->ops[i])];
            if (!expr(c->comparators[i], kCmp + 1)) return false;
        }
        close_if(level > kCmp);
        return true;
    }

    bool call(const ast::Call* c) {
        if (!expr(c->func, kAtom)) return false;
        // f(x for x in y): a lone generator expression keeps its own parentheses.
        if (c->args.size() == 1 && c->keywords.empty())
            if (auto* g = ast::as<ast::GeneratorExp>(c->args[0])) return comprehension("(", g->elt, nullptr, g->generators, ")");
        out_ += "(";
        bool first = true;
        for (const ast::Expr* a : c->args) {
            if (!first) out_ += ", ";
            first = false;
            if (!expr(a, kTest)) return false;
        }
        for (const ast::Keyword* k : c->keywords) {
            if (!first) out_ += ", ";
            first = false;
            out_ += k->arg.empty() ? "**" : k->arg + "=";
            if (!expr(k->value, kTest)) return false;
        }
        out_ += ")";
        return true;
    }

    bool tuple(const ast::Tuple* t, int level) {
        if (t->elts.empty()) {
            out_ += "()";
            return true;
        }
        open_if(level > kTuple);
        if (!sequence(t->elts, kTest)) return false;
        if (t->elts.size() == 1) out_ += ",";
        close_if(level > kTuple);
        return true;
    }

    bool repr_of(Ref<> value, bool is_float) {
        if (!value) return false;
        std::string text;
        if (!repr_text(value.get(), text)) return false;
        // An infinite float literal has no spelling; 1e309 overflows to it.
        if (is_float)
            for (std::size_t at = text.find("inf"); at != std::string::npos; at = text.find("inf", at + 5))
                text.replace(at, 3, "1e309");
        out_ += text;
        return true;
    }

    bool constant(const ast::Constant* c) {
        using CK = ast::ConstantKind;
        switch (c->value_kind) {
            case CK::None: out_ += "None"; return true;
            case CK::True: out_ += "True"; return true;
            case CK::False: out_ += "False"; return true;
            case CK::Ellipsis: out_ += "..."; return true;
            case CK::Int: return repr_of(int_from_string(c->text, c->int_base), false);
            case CK::Float: return repr_of(float_from(c->number), true);
            case CK::Imaginary:
                if (!repr_of(float_from(c->number), true)) return false;
                out_ += "j";
                return true;
            case CK::Str:
                if (c->u_prefix) out_ += "u";
                return repr_of(str_from(c->text), false);
            case CK::Bytes: return repr_of(bytes_from(c->text), false);
        }
        return true;
    }

    // An f-string: its body rebuilt, then written as a str literal with an f prefix.
    bool fstring(const ast::Expr* e) {
        std::string body;
        if (!fstring_body(e, body)) return false;
        out_ += "f";
        return repr_of(str_from(body), false);
    }

    static void escape_braces(std::string_view text, std::string& body) {
        for (char ch : text) {
            body += ch;
            if (ch == '{' || ch == '}') body += ch;
        }
    }

    bool fstring_body(const ast::Expr* e, std::string& body) {
        if (auto* j = ast::as<ast::JoinedStr>(e)) {
            for (const ast::Expr* part : j->values)
                if (!fstring_body(part, body)) return false;
            return true;
        }
        if (auto* c = ast::as<ast::Constant>(e)) {
            escape_braces(c->text, body);
            return true;
        }
        auto* f = ast::as<ast::FormattedValue>(e);
        if (!f) return true;
        std::string inner;
        Unparser nested(inner);
        if (!nested.expr(f->value, kTest + 1)) return false;
        body += inner.starts_with("{") ? "{ " : "{";  // "{{" would read as an escaped brace
        body += inner;
        if (f->conversion >= 0) {
            body += "!";
            body += static_cast<char>(f->conversion);
        }
        if (f->format_spec) {
            body += ":";
            if (!fstring_body(f->format_spec, body)) return false;
        }
        body += "}";
        return true;
    }
};

}  // namespace

bool unparse_expr(const ast::Expr* e, std::string& out) {
    out.clear();
    Unparser unparser(out);
    return unparser.expr(e, kTest);
}

}  // namespace minipy::interp
