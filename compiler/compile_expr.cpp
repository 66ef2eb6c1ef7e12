// Compiles expressions and assignment targets to executable nodes (CPython's Python/compile.c).
#include "compiler/compiler_impl.hpp"

#include "compiler/constants.hpp"
#include "interpreter/nodes.hpp"
#include "interpreter/resumable.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/tuple.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace minipy::interp {

namespace {

CompareKind to_compare_kind(ast::CmpOpKind op) {
    switch (op) {
        case ast::CmpOpKind::Eq: return CompareKind::Eq;
        case ast::CmpOpKind::NotEq: return CompareKind::Ne;
        case ast::CmpOpKind::Lt: return CompareKind::Lt;
        case ast::CmpOpKind::LtE: return CompareKind::Le;
        case ast::CmpOpKind::Gt: return CompareKind::Gt;
        case ast::CmpOpKind::GtE: return CompareKind::Ge;
        case ast::CmpOpKind::Is: return CompareKind::Is;
        case ast::CmpOpKind::IsNot: return CompareKind::IsNot;
        case ast::CmpOpKind::In: return CompareKind::In;
        case ast::CmpOpKind::NotIn: return CompareKind::NotIn;
    }
    return CompareKind::Eq;
}

}  // namespace

// ------------------------------------------------------------ targets

TargetNode* Compiler::target(const ast::Expr* e) {
    using K = ast::ExprKind;
    switch (e->kind) {
        case K::Name:
            return store_name(ast::as<ast::Name>(e)->id, e->pos);
        case K::Attribute: {
            auto* a = ast::as<ast::Attribute>(e);
            if (a->attr == "__debug__") fail("cannot assign to __debug__", e->pos);
            return make<AttributeTarget>(e->pos, expr(a->value), private_name(a->attr));
        }
        case K::Subscript: {
            auto* s = ast::as<ast::Subscript>(e);
            return make<SubscriptTarget>(e->pos, expr(s->value), expr(s->slice));
        }
        case K::Tuple:
        case K::List: {
            const auto& elts = e->kind == K::Tuple ? ast::as<ast::Tuple>(e)->elts : ast::as<ast::List>(e)->elts;
            std::vector<TargetNode*> targets;
            int star = -1;
            for (std::size_t i = 0; i < elts.size(); ++i) {
                if (auto* starred = ast::as<ast::Starred>(elts[i])) {
                    if (star >= 0) {
                        fail("multiple starred expressions in assignment", e->pos);
                        return make<NameTarget>(e->pos, name("_"));
                    }
                    star = static_cast<int>(i);
                    targets.push_back(target(starred->value));
                } else {
                    targets.push_back(target(elts[i]));
                }
            }
            return make<UnpackTarget>(e->pos, std::move(targets), star);
        }
        case K::Starred:
            fail("starred assignment target must be in a list or tuple", e->pos);
            return make<NameTarget>(e->pos, name("_"));
        default:
            fail("cannot assign to expression", e->pos);
            return make<NameTarget>(e->pos, name("_"));
    }
}

// ------------------------------------------------------- expressions

std::vector<ExprNode*> Compiler::exprs(const std::vector<ast::Expr*>& list) {
    std::vector<ExprNode*> out;
    out.reserve(list.size());
    for (const ast::Expr* e : list) out.push_back(expr(e));
    return out;
}

std::vector<DisplayItem> Compiler::display_items(const std::vector<ast::Expr*>& elts) {
    std::vector<DisplayItem> items;
    for (const ast::Expr* e : elts) {
        if (auto* s = ast::as<ast::Starred>(e)) items.push_back({expr(s->value), true});
        else items.push_back({expr(e), false});
    }
    return items;
}

// The values of a display's items as a tuple, when every item is a
// constant (no `*x`); null otherwise. The item nodes stay until
// discard_constants.
Ref<Tuple> Compiler::constant_items(const std::vector<DisplayItem>& items) {
    Ref<Tuple> tuple = tuple_alloc(static_cast<std::int64_t>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i) {
        Ref<> v = items[i].starred ? nullptr : constant_value(items[i].value);
        if (!v) return nullptr;
        tuple_init_item(tuple.get(), static_cast<std::int64_t>(i), std::move(v));
    }
    return tuple;
}

void Compiler::discard_constants(const std::vector<DisplayItem>& items) {
    for (const DisplayItem& item : items) discard_constant(item.value);
}

// (1, 2, 3) of constants is itself a constant.
ExprNode* Compiler::tuple_display(const ast::Tuple* t) {
    std::vector<DisplayItem> items = display_items(t->elts);
    if (Ref<Tuple> folded = constant_items(items)) {
        discard_constants(items);
        return constant(std::move(folded), t->pos);
    }
    return make<DisplayNode>(t->pos, DisplayKind::Tuple, std::move(items));
}

// [1, 2, 3]: with more than two items, all constant, CPython compiles a
// tuple constant that extends a new list (BUILD_LIST, LIST_EXTEND), which
// gives the list room for an even number of items; we do the same.
ExprNode* Compiler::list_display(const ast::List* l) {
    std::vector<DisplayItem> items = display_items(l->elts);
    Ref<Tuple> folded = items.size() > 2 ? constant_items(items) : nullptr;
    if (!folded) return make<DisplayNode>(l->pos, DisplayKind::List, std::move(items));
    discard_constants(items);
    ExprNode* node = constant(std::move(folded), l->pos);
    return make<DisplayNode>(l->pos, DisplayKind::List, std::vector<DisplayItem>{{node, true}});
}

// {1, 2, 3}: with more than two items, all constant, CPython compiles a
// frozenset constant merged into a new set (BUILD_SET, SET_UPDATE), which
// decides the iteration order; we do the same.
ExprNode* Compiler::set_display(const ast::Set* s) {
    std::vector<DisplayItem> items = display_items(s->elts);
    Ref<Tuple> values = items.size() > 2 ? constant_items(items) : nullptr;
    if (values) {
        Ref<Set> frozen = set_new(&FrozenSetType);
        for (Object* value : *values) {
            if (set_add(frozen.get(), value) < 0) {
                clear_error();  // an unhashable constant fails at run time instead
                values = nullptr;
                break;
            }
        }
        if (values) {
            // CPython's merge_consts_recursive then rebuilds the frozenset
            // from its own iteration order, which moves some items again.
            Ref<Set> rebuilt = set_new(&FrozenSetType);
            Object* key;
            for (std::int64_t pos = 0; rebuilt && set_next(frozen.get(), pos, &key);) {
                if (set_add(rebuilt.get(), key) < 0) {
                    clear_error();  // out of memory: the display makes the set at run time
                    rebuilt = nullptr;
                }
            }
            if (rebuilt) {
                discard_constants(items);
                ExprNode* merged = constant(Ref<>(std::move(rebuilt)), s->pos);
                return make<DisplayNode>(s->pos, DisplayKind::Set, std::vector<DisplayItem>{{merged, true}});
            }
        }
    }
    return make<DisplayNode>(s->pos, DisplayKind::Set, std::move(items));
}

ExprNode* Compiler::call(const ast::Call* c) {
    bool unpacking = std::any_of(c->args.begin(), c->args.end(), [](const ast::Expr* a) { return ast::as<ast::Starred>(a); }) ||
                     std::any_of(c->keywords.begin(), c->keywords.end(), [](const ast::Keyword* k) { return k->arg.empty(); });
    std::set<std::string> seen;
    for (const ast::Keyword* k : c->keywords)
        if (k->arg == "__debug__") fail("cannot assign to __debug__", c->pos);
    for (const ast::Keyword* k : c->keywords) {
        if (!k->arg.empty() && !seen.insert(k->arg).second) fail("keyword argument repeated: " + k->arg, k->pos);
    }
    if (unpacking) {
        std::vector<CallArg> args;
        for (const ast::Expr* a : c->args) {
            if (auto* s = ast::as<ast::Starred>(a)) args.push_back({CallArg::Kind::Star, expr(s->value), nullptr});
            else args.push_back({CallArg::Kind::Positional, expr(a), nullptr});
        }
        for (const ast::Keyword* k : c->keywords) {
            if (k->arg.empty()) args.push_back({CallArg::Kind::DoubleStar, expr(k->value), nullptr});
            else args.push_back({CallArg::Kind::Keyword, expr(k->value), name(k->arg)});
        }
        ExprNode* func = expr(c->func);
        check_caller(c->func, func, c->pos);
        return make<StarCallNode>(c->pos, func, std::move(args));
    }
    std::vector<ExprNode*> args = exprs(c->args);
    Ref<Tuple> kwnames;
    if (!c->keywords.empty()) {
        kwnames = tuple_alloc(static_cast<std::int64_t>(c->keywords.size()));
        for (std::size_t i = 0; i < c->keywords.size(); ++i) {
            tuple_init_item(kwnames.get(), static_cast<std::int64_t>(i), share<Object>(name(c->keywords[i]->arg)));
            args.push_back(expr(c->keywords[i]->value));
        }
    }
    if (auto* attr = ast::as<ast::Attribute>(c->func)) {
        if (ExprNode* node = super_method_call(c, attr, args, kwnames)) return node;
        return make<MethodCallNode>(c->pos, attr->pos, expr(attr->value), private_name(attr->attr), std::move(args),
                                    std::move(kwnames));
    }
    ExprNode* func = expr(c->func);
    check_caller(c->func, func, c->pos);
    return make<CallNode>(c->pos, func, std::move(args), std::move(kwnames));
}

// `super().name(args)` in a method whose first parameter and __class__
// cell are plain slots: a SuperMethodCallNode. Null for any other call.
ExprNode* Compiler::super_method_call(const ast::Call* c, const ast::Attribute* attr, std::vector<ExprNode*>& args,
                                      Ref<Tuple>& kwnames) {
    auto* inner = ast::as<ast::Call>(attr->value);
    auto* callee = inner ? ast::as<ast::Name>(inner->func) : nullptr;
    if (!callee || callee->id != "super" || !inner->args.empty() || !inner->keywords.empty() ||
        attr->attr == "__class__" || scope_->kind != ScopeKind::Function || scope_->params.empty())
        return nullptr;
    const Symbol* first = scope_->find(scope_->params.front());
    const Symbol* class_cell = scope_->find("__class__");
    if (!first || first->kind != NameKind::Local || first->slot != 0 || !class_cell ||
        class_cell->kind != NameKind::Free)
        return nullptr;
    return make<SuperMethodCallNode>(c->pos, attr->pos, expr(attr->value), expr(inner->func), class_cell->slot,
                                     private_name(attr->attr), std::move(args), std::move(kwnames));
}

ExprNode* Compiler::formatted(const ast::Expr* e) {
    if (auto* c = ast::as<ast::Constant>(e)) return expr(c);
    auto* f = ast::as<ast::FormattedValue>(e);
    ExprNode* spec = f->format_spec ? expr(f->format_spec) : nullptr;
    return make<FormatValueNode>(e->pos, expr(f->value), f->conversion, spec);
}

// A comprehension's function: parameter ".0" is the first iterator.
ExprNode* Compiler::comprehension(const ast::Expr* e, ComprehensionKind kind,
                                  const std::vector<ast::Comprehension>& gens, const ast::Expr* elt,
                                  const ast::Expr* value) {
    ExprNode* first_iter = expr(gens.front().iter);
    StmtNode* body = in_scope(e, e->pos, [&] {
        std::vector<ComprehensionLoop> loops;
        // (the loops nest: each holds its hidden slot to the end)
        for (std::size_t i = 0; i < gens.size(); ++i) {
            ComprehensionLoop loop;
            loop.iter = i == 0 ? nullptr : expr(gens[i].iter);
            loop.iter_slot = i == 0 ? -1 : iterator_slot();
            loop.target = target(gens[i].target);
            loop.conditions = exprs(gens[i].ifs);
            loops.push_back(std::move(loop));
        }
        ExprNode* element = expr(elt);
        if (kind == ComprehensionKind::Generator)
            return std::vector<StmtNode*>{make<GeneratorExpBodyNode>(e->pos, std::move(loops), element)};
        ExprNode* val = value ? expr(value) : nullptr;
        return std::vector<StmtNode*>{make<ComprehensionBodyNode>(e->pos, kind, std::move(loops), element, val)};
    });
    MakeFunctionNode* fn = function(e, nullptr, body, e->pos.line, e->pos, nullptr, CodeKind::Function);
    return make<ComprehensionNode>(e->pos, fn, first_iter);
}

ExprNode* Compiler::expr(const ast::Expr* e) {
    // The symbol table stopped nesting deeper than CPython's compiler
    // allows; a stack too small even for that (a sanitizer build's frames
    // are several times larger) stops here.
    if (stack_exhausted()) {
        if (!error) error = CompileError{"maximum recursion depth exceeded during compilation", e->pos, "RecursionError"};
        return constant_node(none(), e->pos);
    }
    const int depth = ++expr_depth_;
    ExprNode* node = expr_node(e);
    --expr_depth_;
    // Evaluating the expression recurses once per level on the C++ stack,
    // where operators check nothing (a call checks, in enter_recursion): a
    // check every so many levels makes a deep tree in a generator, whose
    // stack is 1 MB, a RecursionError instead of an overflow. A constant is
    // left bare, so that folding sees it.
    if (depth % kStackCheckInterval == 0 && !constant_value(node)) return make<StackCheckNode>(e->pos, node);
    return node;
}

ExprNode* Compiler::expr_node(const ast::Expr* e) {
    using K = ast::ExprKind;
    switch (e->kind) {
        case K::Constant: {
            Ref<> value = constants_.literal(*ast::as<ast::Constant>(e));
            if (!value) {
                Ref<> exc = take_error();
                return fail_expr("complex numbers are not supported by minipy", e->pos);
            }
            return constant_node(std::move(value), e->pos);
        }
        case K::Name:
            return load_name(ast::as<ast::Name>(e)->id, e->pos);
        case K::Attribute: {
            auto* a = ast::as<ast::Attribute>(e);
            ExprNode* object = expr(a->value);
            if (object->lends()) return make<LentAttributeNode>(e->pos, object, private_name(a->attr));
            return make<AttributeNode>(e->pos, object, private_name(a->attr));
        }
        case K::Subscript: {
            auto* s = ast::as<ast::Subscript>(e);
            ExprNode* value = expr(s->value);
            ExprNode* index = expr(s->slice);
            check_subscript(s, value, index);
            Ref<> v = constant_value(value), i = constant_value(index);
            if (v && i) {
                if (Ref<> folded = fold_subscript(v.get(), i.get())) {
                    discard_constant(value);
                    discard_constant(index);
                    return constant(std::move(folded), e->pos);
                }
            }
            if (value->lends() && index->lends()) return make<LentSubscriptNode>(e->pos, value, index);
            return make<SubscriptNode>(e->pos, value, index);
        }
        case K::Slice: {
            auto* s = ast::as<ast::Slice>(e);
            return make<SliceNode>(e->pos, s->lower ? expr(s->lower) : nullptr, s->upper ? expr(s->upper) : nullptr,
                                   s->step ? expr(s->step) : nullptr);
        }
        case K::BinOp: {
            auto* b = ast::as<ast::BinOp>(e);
            ExprNode* left = expr(b->left);
            ExprNode* right = expr(b->right);
            Ref<> l = constant_value(left), r = constant_value(right);
            if (l && r) {
                if (Ref<> folded = fold_binary(b->op, l.get(), r.get())) {
                    discard_constant(left);
                    discard_constant(right);
                    return constant(std::move(folded), e->pos);
                }
            }
            const BinaryOp op = to_runtime_op(b->op);
            if (left->lends() && right->lends()) return make<LentBinaryNode>(e->pos, op, left, right);
            if (PeekedBinaryNode::suits(left, right)) return make<PeekedBinaryNode>(e->pos, op, left, right);
            return make<BinaryNode>(e->pos, op, left, right);
        }
        case K::UnaryOp: {
            auto* u = ast::as<ast::UnaryOp>(e);
            ExprNode* operand = expr(u->operand);
            if (Ref<> v = constant_value(operand)) {
                if (Ref<> folded = fold_unary(u->op, v.get())) {
                    discard_constant(operand);
                    return constant(std::move(folded), e->pos);
                }
            }
            switch (u->op) {
                case ast::UnaryOpKind::Not: return make<NotNode>(e->pos, operand);
                case ast::UnaryOpKind::USub: return make<UnaryNode>(e->pos, UnaryOp::Neg, operand);
                case ast::UnaryOpKind::UAdd: return make<UnaryNode>(e->pos, UnaryOp::Pos, operand);
                case ast::UnaryOpKind::Invert: return make<UnaryNode>(e->pos, UnaryOp::Invert, operand);
            }
            return operand;
        }
        case K::BoolOp: {
            auto* b = ast::as<ast::BoolOp>(e);
            return make<BoolOpNode>(e->pos, b->op == ast::BoolOpKind::And, exprs(b->values));
        }
        case K::Compare: {
            auto* c = ast::as<ast::Compare>(e);
            std::vector<CompareKind> ops;
            for (ast::CmpOpKind op : c->ops) ops.push_back(to_compare_kind(op));
            std::vector<ExprNode*> comparators;
            for (std::size_t i = 0; i < c->comparators.size(); ++i) {
                const ast::Expr* right = c->comparators[i];
                // `x in [1, 2]` tests against a constant tuple (CPython's fold_iter,
                // which folds the last comparand only).
                auto* list = i + 1 == c->comparators.size() ? ast::as<ast::List>(right) : nullptr;
                if (list && (ops[i] == CompareKind::In || ops[i] == CompareKind::NotIn)) {
                    ast::Tuple as_tuple;
                    as_tuple.pos = list->pos;
                    as_tuple.elts = list->elts;
                    ExprNode* t = tuple_display(&as_tuple);
                    if (constant_value(t)) {
                        comparators.push_back(t);
                        continue;
                    }
                }
                comparators.push_back(expr(right));
            }
            ExprNode* left = expr(c->left);
            check_compare(left, ops, comparators, e->pos);
            const bool lent = left->lends() && comparators.size() == 1 && comparators[0]->lends();
            if (lent && ops[0] <= CompareKind::Ge)
                return make<LentCompareNode>(e->pos, left, std::move(ops), std::move(comparators));
            return make<CompareNode>(e->pos, left, std::move(ops), std::move(comparators));
        }
        case K::IfExp: {
            auto* i = ast::as<ast::IfExp>(e);
            return make<IfExpNode>(e->pos, expr(i->test), expr(i->body), expr(i->orelse));
        }
        case K::NamedExpr: {
            auto* n = ast::as<ast::NamedExpr>(e);
            ExprNode* value = expr(n->value);
            return make<NamedExprNode>(e->pos, target(n->target), value);
        }
        case K::Call:
            return call(ast::as<ast::Call>(e));
        case K::Tuple:
            return tuple_display(ast::as<ast::Tuple>(e));
        case K::List:
            return list_display(ast::as<ast::List>(e));
        case K::Set:
            return set_display(ast::as<ast::Set>(e));
        case K::Dict: {
            auto* d = ast::as<ast::Dict>(e);
            std::vector<ExprNode*> keys;
            for (const ast::Expr* k : d->keys) keys.push_back(k ? expr(k) : nullptr);
            return make<DictNode>(e->pos, std::move(keys), exprs(d->values));
        }
        case K::JoinedStr: {
            auto* j = ast::as<ast::JoinedStr>(e);
            std::vector<ExprNode*> parts;
            for (const ast::Expr* part : j->values) parts.push_back(formatted(part));
            return make<JoinedStrNode>(e->pos, std::move(parts));
        }
        case K::FormattedValue:
            return formatted(e);
        case K::Lambda: {
            auto* l = ast::as<ast::Lambda>(e);
            StmtNode* body = in_scope(l, l->pos, [&] {
                return std::vector<StmtNode*>{make<ReturnStmt>(l->body->pos, expr(l->body))};
            });
            return function(l, &l->args, body, e->pos.line, e->pos, nullptr, CodeKind::Function);
        }
        case K::ListComp: {
            auto* c = ast::as<ast::ListComp>(e);
            return comprehension(e, ComprehensionKind::List, c->generators, c->elt, nullptr);
        }
        case K::SetComp: {
            auto* c = ast::as<ast::SetComp>(e);
            return comprehension(e, ComprehensionKind::Set, c->generators, c->elt, nullptr);
        }
        case K::DictComp: {
            auto* c = ast::as<ast::DictComp>(e);
            return comprehension(e, ComprehensionKind::Dict, c->generators, c->key, c->value);
        }
        case K::GeneratorExp: {
            auto* c = ast::as<ast::GeneratorExp>(e);
            return comprehension(e, ComprehensionKind::Generator, c->generators, c->elt, nullptr);
        }
        case K::Yield: {
            auto* y = ast::as<ast::Yield>(e);
            return make<YieldNode>(e->pos, y->value ? expr(y->value) : nullptr);
        }
        case K::YieldFrom:
            return make<YieldFromNode>(e->pos, expr(ast::as<ast::YieldFrom>(e)->value));
        case K::Starred:
            return fail_expr("can't use starred expression here", e->pos);
    }
    return fail_expr("invalid syntax", e->pos);
}

}  // namespace minipy::interp
