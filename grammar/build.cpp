#include "grammar/build.hpp"

#include "grammar/literals.hpp"

#include <fmt/format.h>

namespace minipy::grammar::build {

using namespace ast;

// ------------------------------------------------------------- positions

Position pos(const ParserState& st, Tok t) { return st.token(t).pos; }

Position join(Position first, Position last) {
    return {first.line, first.col, last.end_line, last.end_col};
}

Position outer(const ParserState& st, const Expr* e) { return st.outer_pos(e); }

Position join(const ParserState& st, const Expr* first, const Expr* last) {
    return join(outer(st, first), outer(st, last));
}

void parenthesize(ParserState& st, Expr* e, Tok open, Tok close) {
    st.outer[e] = join(pos(st, open), pos(st, close));
}

// -------------------------------------------------------------- errors

void raise_at(const ParserState& st, const std::string& message, Position where, const char* type) {
    throw SyntaxErrorException{
        st.source.error_at(type, message, where.line, where.col, where.end_line, where.end_col)};
}

void raise_at(const ParserState& st, const std::string& message, Tok t) {
    const Token& k = st.token(t);
    throw SyntaxErrorException{
        st.source.error_bytes("SyntaxError", message, k.pos.line, k.err_offset, k.pos.end_line, k.err_end_offset)};
}

const char* expr_name(const Expr* e) {
    switch (e->kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::NamedExpr: return "named expression";
        case ExprKind::Slice: return "slice";
        case ExprKind::Constant:
            switch (static_cast<const Constant*>(e)->value_kind) {
                case ConstantKind::None: return "None";
                case ConstantKind::True: return "True";
                case ConstantKind::False: return "False";
                case ConstantKind::Ellipsis: return "ellipsis";
                default: return "literal";
            }
    }
    return "expression";
}

// ---------------------------------------------------------------- atoms

Expr* name(ParserState& st, Tok t) {
    auto* n = st.make<Name>();
    n->id = std::string(st.text(t));
    n->pos = pos(st, t);
    return n;
}

Expr* keyword_constant(ParserState& st, Tok t) {
    auto* c = st.make<Constant>();
    std::string_view w = st.text(t);
    c->value_kind = w == "True" ? ConstantKind::True
                  : w == "False" ? ConstantKind::False
                  : w == "None" ? ConstantKind::None
                                : ConstantKind::Ellipsis;
    c->pos = pos(st, t);
    return c;
}

Expr* number(ParserState& st, Tok t) {
    auto* c = st.make<Constant>();
    decode_number(st.text(t), *c);
    c->pos = pos(st, t);
    if (c->value_kind == ConstantKind::Int && c->int_base == 10 && st.max_int_digits > 0 &&
        static_cast<std::int64_t>(c->text.size()) > st.max_int_digits) {
        // _PyPegen_number_token: no columns, "to avoid a wall of 1000s of '^'s".
        Position where = c->pos;
        where.col = where.end_col = -1;
        raise_at(st,
                 fmt::format("Exceeds the limit ({} digits) for integer string conversion: value has {} digits; "
                             "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                             "huge integer literals to avoid decimal conversion limits.",
                             st.max_int_digits, c->text.size()),
                 where);
    }
    return c;
}

// ------------------------------------------------------------ operators

Expr* binop(ParserState& st, Expr* left, BinOpKind op, Expr* right) {
    auto* b = st.make<BinOp>();
    b->left = left;
    b->op = op;
    b->right = right;
    b->pos = join(st, left, right);
    return b;
}

Expr* unary(ParserState& st, Tok op, UnaryOpKind kind, Expr* operand) {
    auto* u = st.make<UnaryOp>();
    u->op = kind;
    u->operand = operand;
    u->pos = join(pos(st, op), outer(st, operand));
    return u;
}

Expr* boolop(ParserState& st, BoolOpKind op, Expr* first, const std::vector<Expr*>& rest) {
    if (rest.empty()) return first;
    auto* b = st.make<BoolOp>();
    b->op = op;
    b->values.push_back(first);
    b->values.insert(b->values.end(), rest.begin(), rest.end());
    b->pos = join(st, first, rest.back());
    return b;
}

Expr* compare(ParserState& st, Expr* left, CmpOpKind op, Expr* right) {
    auto* c = as<Compare>(left);
    if (!c || st.outer.count(left)) {  // a new chain: `(a < b) < c` is not chained
        c = st.make<Compare>();
        c->left = left;
    }
    c->ops.push_back(op);
    c->comparators.push_back(right);
    c->pos = join(st, c->left, right);
    return c;
}

Expr* if_exp(ParserState& st, Expr* body, Expr* test, Expr* orelse) {
    auto* e = st.make<IfExp>();
    e->body = body;
    e->test = test;
    e->orelse = orelse;
    e->pos = join(st, body, orelse);
    return e;
}

Expr* named_expr(ParserState& st, Tok target, Expr* value) {
    auto* n = st.make<NamedExpr>();
    auto* t = static_cast<Name*>(name(st, target));
    t->ctx = Context::Store;
    n->target = t;
    n->value = value;
    n->pos = join(pos(st, target), outer(st, value));
    return n;
}

Expr* starred(ParserState& st, Tok star, Expr* value) {
    auto* s = st.make<Starred>();
    s->value = value;
    s->pos = join(pos(st, star), outer(st, value));
    return s;
}

Expr* yield(ParserState& st, Tok kw, Expr* value) {
    auto* y = st.make<Yield>();
    y->value = value;
    y->pos = value ? join(pos(st, kw), outer(st, value)) : pos(st, kw);
    return y;
}

Expr* yield_from(ParserState& st, Tok kw, Expr* value) {
    auto* y = st.make<YieldFrom>();
    y->value = value;
    y->pos = join(pos(st, kw), outer(st, value));
    return y;
}

Expr* lambda(ParserState& st, Tok kw, const std::vector<Parameter>& params, Expr* body) {
    auto* l = st.make<Lambda>();
    arguments(st, params, l->args, true);
    l->body = body;
    l->pos = join(pos(st, kw), outer(st, body));
    return l;
}

// --------------------------------------------------------------- primary

Expr* attribute(ParserState& st, Expr* value, Tok attr) {
    auto* a = st.make<Attribute>();
    a->value = value;
    a->attr = std::string(st.text(attr));
    a->pos = join(outer(st, value), pos(st, attr));
    return a;
}

Expr* subscript(ParserState& st, Expr* value, Expr* slice, Tok close) {
    auto* s = st.make<Subscript>();
    s->value = value;
    s->slice = slice;
    s->pos = join(outer(st, value), pos(st, close));
    return s;
}

Expr* slice(ParserState& st, Expr* lower, Tok colon, Expr* upper, Tok colon2, Expr* step) {
    auto* s = st.make<Slice>();
    s->lower = lower;
    s->upper = upper;
    s->step = step;
    Position first = lower ? outer(st, lower) : pos(st, colon);
    Position last = step ? outer(st, step)
                  : colon2.index >= 0 ? pos(st, colon2)
                  : upper ? outer(st, upper)
                          : pos(st, colon);
    s->pos = join(first, last);
    return s;
}

// --------------------------------------------------------------- displays

Expr* bare_tuple(ParserState& st, Expr* first, const std::vector<Expr*>& rest, Tok trailing) {
    if (rest.empty() && trailing.index < 0) return first;
    auto* t = st.make<Tuple>();
    t->elts.push_back(first);
    t->elts.insert(t->elts.end(), rest.begin(), rest.end());
    Position last = trailing.index >= 0 ? pos(st, trailing) : outer(st, t->elts.back());
    t->pos = join(outer(st, first), last);
    return t;
}

namespace {
template <class T>
T* with_elts(ParserState& st, Tok open, std::vector<Expr*> elts, Tok close) {
    auto* node = st.make<T>();
    node->elts = std::move(elts);
    node->pos = join(pos(st, open), pos(st, close));
    return node;
}

template <class T>
T* comprehension(ParserState& st, Tok open, Expr* elt, std::vector<Comprehension> generators, Tok close) {
    // invalid_comprehension: `[*a for a in b]`
    if (elt->kind == ExprKind::Starred) raise_at(st, "iterable unpacking cannot be used in comprehension", elt->pos);
    auto* node = st.make<T>();
    node->elt = elt;
    node->generators = std::move(generators);
    node->pos = join(pos(st, open), pos(st, close));
    return node;
}
}  // namespace

void add_comprehension(ParserState& st, std::vector<Comprehension>& out, Expr* target, Expr* iter,
                       std::vector<Expr*> ifs) {
    set_target(st, target, TargetUse::Comprehension);
    out.push_back(Comprehension{target, iter, std::move(ifs), false});
}

Expr* paren_display(ParserState& st, Tok open, Display& d, Tok close) {
    if (!d.generators.empty())
        return comprehension<GeneratorExp>(st, open, d.elts[0], std::move(d.generators), close);
    if (d.elts.size() == 1 && !d.trailing_comma) {
        Expr* inner = d.elts[0];
        // invalid_group: `(*a)`
        if (inner->kind == ExprKind::Starred) raise_at(st, "cannot use starred expression here", inner->pos);
        parenthesize(st, inner, open, close);
        return inner;
    }
    return with_elts<Tuple>(st, open, std::move(d.elts), close);
}

Expr* list_display(ParserState& st, Tok open, Display& d, Tok close) {
    if (!d.generators.empty())
        return comprehension<ListComp>(st, open, d.elts[0], std::move(d.generators), close);
    return with_elts<List>(st, open, std::move(d.elts), close);
}

Expr* brace_display(ParserState& st, Tok open, Display& d, Tok close) {
    if (d.dict && !d.generators.empty()) {
        auto* node = st.make<DictComp>();
        node->key = d.elts[0];
        node->value = d.values[0];
        node->generators = std::move(d.generators);
        node->pos = join(pos(st, open), pos(st, close));
        return node;
    }
    if (d.dict || d.elts.empty()) {
        auto* node = st.make<Dict>();
        node->keys = std::move(d.elts);
        node->values = std::move(d.values);
        node->pos = join(pos(st, open), pos(st, close));
        return node;
    }
    if (!d.generators.empty())
        return comprehension<SetComp>(st, open, d.elts[0], std::move(d.generators), close);
    return with_elts<Set>(st, open, std::move(d.elts), close);
}

// ------------------------------------------------------------- call args

Call* call(ParserState& st, Expr* func, Tok open, const std::vector<Argument>& args, Tok close) {
    auto* c = st.make<Call>();
    c->func = func;
    if (func) c->pos = join(outer(st, func), pos(st, close));
    bool seen_keyword = false, seen_double_star = false;
    for (const Argument& a : args) {
        if (!a.generators.empty()) {
            if (args.size() > 1) {
                // invalid_arguments: from the element to the end of its last clause.
                const Comprehension& last = a.generators.back();
                const Expr* end = last.ifs.empty() ? last.iter : last.ifs.back();
                raise_at(st, "Generator expression must be parenthesized", join(st, a.value, end));
            }
            // The sole argument: the call's parentheses are the generator's.
            c->args.push_back(comprehension<GeneratorExp>(st, open, a.value, a.generators, close));
            continue;
        }
        switch (a.kind) {
            case Argument::Positional:
                if (seen_keyword || seen_double_star)  // pegen points at the last token read: ')'
                    raise_at(st, seen_double_star ? "positional argument follows keyword argument unpacking"
                                                  : "positional argument follows keyword argument",
                             close);
                c->args.push_back(a.value);
                break;
            case Argument::Star:
                if (seen_double_star)
                    raise_at(st, "iterable argument unpacking follows keyword argument unpacking", a.star);
                c->args.push_back(starred(st, a.star, a.value));
                break;
            case Argument::Keyword: {
                seen_keyword = true;
                auto* k = st.make<Keyword>();
                k->arg = std::string(st.text(a.name));
                k->value = a.value;
                k->pos = join(pos(st, a.name), outer(st, a.value));
                c->keywords.push_back(k);
                break;
            }
            case Argument::DoubleStar: {
                seen_double_star = true;
                auto* k = st.make<Keyword>();
                k->value = a.value;
                k->pos = join(pos(st, a.star), outer(st, a.value));
                c->keywords.push_back(k);
                break;
            }
        }
    }
    return c;
}

// ------------------------------------------------------------ parameters

void arguments(ParserState& st, const std::vector<Parameter>& params, Arguments& out, bool lambda) {
    Arguments* args = &out;
    auto make_arg = [&](Tok name, Expr* annotation) {
        auto* a = st.make<Arg>();
        a->name = std::string(st.text(name));
        a->annotation = annotation;
        a->pos = annotation ? join(pos(st, name), outer(st, annotation)) : pos(st, name);
        return a;
    };
    bool after_star = false, seen_default = false, seen_slash = false;
    for (std::size_t i = 0; i < params.size(); ++i) {
        const Parameter& p = params[i];
        if (args->kwarg) raise_at(st, "arguments cannot follow var-keyword argument", p.token);
        switch (p.kind) {
            case Parameter::Slash:
                if (seen_slash) raise_at(st, "/ may appear only once", p.token);
                if (after_star) raise_at(st, "/ must be ahead of *", p.token);
                seen_slash = true;
                args->posonlyargs = std::move(args->args);
                args->args.clear();
                break;
            case Parameter::Star:
                if (after_star) raise_at(st, "* argument may appear only once", p.token);
                after_star = true;
                if (p.default_value) raise_at(st, "var-positional argument cannot have default value", p.equals);
                if (p.name.index >= 0) {
                    args->vararg = make_arg(p.name, p.annotation);
                } else if (i + 1 == params.size() || params[i + 1].kind == Parameter::DoubleStar) {
                    // def: at the '*'; lambda: at the last token read (after the '*' and a ',').
                    Tok at = p.token;
                    if (lambda) {
                        at.index = p.token.index + 1;
                        if (st.text(at) == ",") ++at.index;
                    }
                    raise_at(st, "named arguments must follow bare *", at);
                }
                break;
            case Parameter::DoubleStar:
                if (p.default_value) raise_at(st, "var-keyword argument cannot have default value", p.equals);
                args->kwarg = make_arg(p.name, p.annotation);
                break;
            case Parameter::Plain: {
                Arg* a = make_arg(p.token, p.annotation);
                if (after_star) {
                    args->kwonlyargs.push_back(a);
                    args->kw_defaults.push_back(p.default_value);
                } else {
                    if (p.default_value) {
                        seen_default = true;
                        args->defaults.push_back(p.default_value);
                    } else if (seen_default) {
                        raise_at(st, "non-default argument follows default argument", p.token);
                    }
                    args->args.push_back(a);
                }
                break;
            }
        }
    }
}

// ---------------------------------------------------------------- targets

const Expr* invalid_target(const Expr* e, TargetUse use) {
    switch (e->kind) {
        case ExprKind::List:
            for (const Expr* x : static_cast<const List*>(e)->elts)
                if (const Expr* bad = invalid_target(x, use)) return bad;
            return nullptr;
        case ExprKind::Tuple:
            for (const Expr* x : static_cast<const Tuple*>(e)->elts)
                if (const Expr* bad = invalid_target(x, use)) return bad;
            return nullptr;
        case ExprKind::Starred:
            if (use == TargetUse::Delete) return e;
            return invalid_target(static_cast<const Starred*>(e)->value, use);
        case ExprKind::Compare: {
            // `for a in b` read as a comparison: look at its left side.
            auto* c = static_cast<const Compare*>(e);
            if (use == TargetUse::For && c->ops[0] == CmpOpKind::In) return invalid_target(c->left, use);
            return use == TargetUse::For ? nullptr : e;
        }
        case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute:
            return nullptr;
        default:
            return e;
    }
}

namespace {
void store(Expr* e, Context ctx) {
    switch (e->kind) {
        case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; break;
        case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; break;
        case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; break;
        case ExprKind::Starred:
            static_cast<Starred*>(e)->ctx = ctx;
            store(static_cast<Starred*>(e)->value, ctx);
            break;
        case ExprKind::List:
            static_cast<List*>(e)->ctx = ctx;
            for (Expr* x : static_cast<List*>(e)->elts) store(x, ctx);
            break;
        case ExprKind::Tuple:
            static_cast<Tuple*>(e)->ctx = ctx;
            for (Expr* x : static_cast<Tuple*>(e)->elts) store(x, ctx);
            break;
        default: break;
    }
}
}  // namespace

void check_target(ParserState& st, const Expr* e, TargetUse use) {
    if (const Expr* bad = invalid_target(e, use))
        raise_at(st, std::string(use == TargetUse::Delete ? "cannot delete " : "cannot assign to ") + expr_name(bad),
                 bad->pos);
}

void set_target(ParserState& st, Expr* e, TargetUse use) {
    check_target(st, e, use);
    store(e, use == TargetUse::Delete ? Context::Del : Context::Store);
}

}  // namespace minipy::grammar::build
