// Compiles statements, definitions, imports and annotations to executable nodes (CPython's Python/compile.c).
#include "compiler/compiler_impl.hpp"

#include "compiler/constants.hpp"
#include "compiler/future.hpp"
#include "compiler/unparse.hpp"
#include "interpreter/nodes.hpp"
#include "interpreter/resumable.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace minipy::interp {

namespace {

// Where CPython 3.11 reports a failed `assert test`: its compiler_jump_if
// sets the location to each comparison it branches on (through and/or/not
// and conditional expressions) and never restores it, so the raise takes
// the last such comparison's position; without one, the statement's.
const ast::Expr* last_jump_compare(const ast::Expr* e) {
    if (auto* c = ast::as<ast::Compare>(e)) return c;
    const ast::Expr* found = nullptr;
    auto visit = [&](const ast::Expr* child) {
        if (const ast::Expr* c = last_jump_compare(child)) found = c;
    };
    if (auto* b = ast::as<ast::BoolOp>(e)) {
        for (const ast::Expr* v : b->values) visit(v);
    } else if (auto* u = ast::as<ast::UnaryOp>(e); u && u->op == ast::UnaryOpKind::Not) {
        visit(u->operand);
    } else if (auto* i = ast::as<ast::IfExp>(e)) {
        visit(i->test);
        visit(i->body);
        visit(i->orelse);
    }
    return found;
}

ast::Position assert_raise_position(const ast::Expr* test, const ast::Position& stmt_pos) {
    const ast::Expr* compare = last_jump_compare(test);
    return compare ? compare->pos : stmt_pos;
}

}  // namespace

// ------------------------------------------------------ future imports

// future.c's future_parse: `from __future__ import x` may follow only the
// docstring and other future imports. A late one on the same line as
// the statement before it is caught here, one on a later line by
// import_from. Unknown features are errors; `braces` has its own.
void Compiler::scan_future(const ast::Body& body) {
    bool done = false;
    int prev_line = 0;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const ast::Stmt* s = body[i];
        if (done && s->pos.line > prev_line) return;
        prev_line = s->pos.line;
        auto* f = ast::as<ast::ImportFrom>(s);
        if (f && f->module == "__future__" && f->level == 0) {
            // PyErr_SyntaxLocationObject: a start and no end (end_offset None).
            ast::Position at{s->pos.line, s->pos.col, s->pos.line, -1};
            if (done) {
                // CPython reports this one with the 0-based column as the
                // 1-based offset: the caret lands one place to the left.
                int col = s->pos.col > 0 ? s->pos.col - 1 : 0;
                return fail("from __future__ imports must occur at the beginning of the file",
                            {s->pos.line, col, s->pos.line, col});
            }
            for (const ast::Alias* a : f->names) {
                if (a->name == "braces") return fail("not a chance", at);
                if (!is_future_feature(a->name)) return fail("future feature " + a->name + " is not defined", at);
                if (a->name == "annotations") future_annotations_ = true;
            }
            future_line_ = s->pos.line;
        } else if (!(i == 0 && docstring(body))) {
            done = true;
        }
    }
}

// An annotation's value: evaluated, or under the annotations future its
// source text as CPython's unparser writes it.
ExprNode* Compiler::annotation(const ast::Expr* e) {
    if (!future_annotations_) return expr(e);
    std::string text;
    if (!unparse_expr(e, text)) {
        clear_error();
        text.clear();
    }
    return constant_node(constants_.merge(str_from(text)), e->pos);
}

// -------------------------------------------------------- statements

StmtNode* Compiler::block(const ast::Body& body, const ast::Position& pos) {
    std::vector<StmtNode*> stmts;
    stmts.reserve(body.size());
    // (a block of one statement is that statement)
    const int point = body.size() > 1 ? open_resume_point() : -1;
    for (const ast::Stmt* s : body) stmts.push_back(stmt(s));
    close_resume_point(point);
    if (stmts.size() == 1) return stmts.front();
    if (stackless()) return make<ResumableBlock>(pos, std::move(stmts), point);
    return make<Block>(pos, std::move(stmts));
}

StmtNode* Compiler::optional_block(const ast::Body& body, const ast::Position& pos) {
    return body.empty() ? nullptr : block(body, pos);
}

StmtNode* Compiler::loop_body(const ast::Body& body, const ast::Position& pos) {
    ++loop_depth_;
    StmtNode* b = block(body, pos);
    --loop_depth_;
    return b;
}

ExprNode* Compiler::decorate(const std::vector<ast::Expr*>& decorators, ExprNode* inner, const ast::Position& pos) {
    if (decorators.empty()) return inner;
    std::vector<ast::Position> positions;
    for (const ast::Expr* d : decorators) positions.push_back(d->pos);
    return make<DecorateNode>(pos, exprs(decorators), inner, std::move(positions));
}

StmtNode* Compiler::function_def(const ast::FunctionDef* f) {
    Ref<> doc = docstring(f->body);
    StmtNode* body = in_scope(f, f->pos, [&] {
        std::vector<StmtNode*> stmts;
        for (const ast::Stmt* s : f->body) stmts.push_back(stmt(s));
        return stmts;
    });
    int first_line = f->decorator_list.empty() ? f->pos.line : f->decorator_list.front()->pos.line;
    MakeFunctionNode* fn = function(f, &f->args, body, first_line, f->pos, doc.get(), CodeKind::Function);
    ExprNode* value = decorate(f->decorator_list, fn, f->pos);
    return make<AssignStmt>(f->pos, std::vector<TargetNode*>{store_name(f->name, f->pos)}, value);
}

StmtNode* Compiler::class_def(const ast::ClassDef* c) {
    Scope* class_scope = table_.scope_of(c);
    StmtNode* body = in_scope(c, c->pos, [&] {
        std::vector<StmtNode*> stmts;
        // What every class body starts with: __module__ = __name__ (looked
        // up as any name in a class body is) and __qualname__.
        stmts.push_back(make<AssignStmt>(c->pos, std::vector<TargetNode*>{store_name("__module__", c->pos)},
                                         make<NameNode>(c->pos, name("__name__"))));
        stmts.push_back(make<AssignStmt>(c->pos, std::vector<TargetNode*>{store_name("__qualname__", c->pos)},
                                         constant_node(constants_.merge(str_from(class_scope->qualname)), c->pos)));
        if (contains_annotations(c->body)) stmts.push_back(make<SetupAnnotationsStmt>(c->pos));
        if (Ref<> doc = docstring(c->body)) stmts.push_back(store_docstring(std::move(doc), c->body.front()->pos));
        for (const ast::Stmt* s : c->body) stmts.push_back(stmt(s));
        return stmts;
    });
    int first_line = c->decorator_list.empty() ? c->pos.line : c->decorator_list.front()->pos.line;
    MakeFunctionNode* fn = function(c, nullptr, body, first_line, c->pos, nullptr, CodeKind::Class);
    std::vector<CallArg> bases;
    for (const ast::Expr* b : c->bases) {
        if (auto* s = ast::as<ast::Starred>(b)) bases.push_back({CallArg::Kind::Star, expr(s->value), nullptr});
        else bases.push_back({CallArg::Kind::Positional, expr(b), nullptr});
    }
    for (const ast::Keyword* k : c->keywords) {
        if (k->arg.empty()) bases.push_back({CallArg::Kind::DoubleStar, expr(k->value), nullptr});
        else bases.push_back({CallArg::Kind::Keyword, expr(k->value), name(k->arg)});
    }
    ExprNode* cls = make<BuildClassNode>(c->pos, fn, name(c->name), std::move(bases));
    ExprNode* value = decorate(c->decorator_list, cls, c->pos);
    return make<AssignStmt>(c->pos, std::vector<TargetNode*>{store_name(c->name, c->pos)}, value);
}

// `a, b = b, a + b`: two or three targets and a tuple display of as many
// values, none starred and not all constants, compile as CPython 3.11
// compiles them: the values are evaluated, no tuple is made, and they are
// stored first to last; but when every target is a distinct local
// (STORE_FAST) on one line, CPython's compiler swaps the stores instead
// of the values, so they happen last to first, which __del__ output shows.
// Null for any other shape.
StmtNode* Compiler::parallel_assign(const ast::Assign* a) {
    auto* values = a->targets.size() == 1 ? ast::as<ast::Tuple>(a->value) : nullptr;
    if (!values || values->elts.size() < 2 || values->elts.size() > 3) return nullptr;
    const ast::Expr* lhs = a->targets[0];
    const std::vector<ast::Expr*>* names = nullptr;
    if (auto* t = ast::as<ast::Tuple>(lhs)) names = &t->elts;
    else if (auto* l = ast::as<ast::List>(lhs)) names = &l->elts;
    if (!names || names->size() != values->elts.size()) return nullptr;
    auto starred = [](const ast::Expr* e) { return ast::as<ast::Starred>(e) != nullptr; };
    if (std::any_of(names->begin(), names->end(), starred) ||
        std::any_of(values->elts.begin(), values->elts.end(), starred))
        return nullptr;
    std::vector<ExprNode*> value_nodes = exprs(values->elts);
    if (std::all_of(value_nodes.begin(), value_nodes.end(), [&](const ExprNode* v) { return constant_value(v); })) {
        // `a, b = 0, 1` unpacks a folded constant tuple, in order: the
        // caller compiles it so.
        for (const ExprNode* v : value_nodes) discard_constant(v);
        return nullptr;
    }
    std::vector<TargetNode*> targets;
    std::vector<int> slots;
    for (const ast::Expr* name : *names) {
        targets.push_back(target(name));
        if (auto* local = dynamic_cast<LocalTarget*>(targets.back())) slots.push_back(local->slot());
    }
    std::sort(slots.begin(), slots.end());
    // CPython swaps only stores of one line (a target per line keeps the
    // written order, so that tracing sees the names bound line by line).
    const int line = names->front()->pos.line;
    const bool one_line = std::all_of(names->begin(), names->end(), [&](const ast::Expr* n) { return n->pos.line == line; });
    const bool swapped = one_line && slots.size() == targets.size() &&
                         std::adjacent_find(slots.begin(), slots.end()) == slots.end();
    return make<ParallelAssignStmt>(a->pos, std::move(targets), std::move(value_nodes), swapped);
}

StmtNode* Compiler::aug_assign(const ast::AugAssign* a) {
    BinaryOp op = to_runtime_op(a->op);
    ExprNode* value = expr(a->value);
    if (auto* n = ast::as<ast::Name>(a->target)) {
        ExprNode* load = load_name(n->id, n->pos);
        auto* local = dynamic_cast<LocalNode*>(load);
        if (local && local->lends() && value->lends())
            return make<LentAugAssignStmt>(a->pos, op, load, store_name(n->id, n->pos), value, a->pos, local->slot());
        if (auto* cell = dynamic_cast<CellNode*>(load); cell && value->peek() != ExprNode::Peek::Never)
            return make<AugCellStmt>(a->pos, op, cell, store_name(n->id, n->pos), value, a->pos);
        return make<AugAssignStmt>(a->pos, op, load, store_name(n->id, n->pos), value, a->pos,
                                   local ? local->slot() : -1);
    }
    if (auto* at = ast::as<ast::Attribute>(a->target))
        return make<AugAttributeStmt>(a->pos, op, expr(at->value), private_name(at->attr), value, at->pos);
    if (auto* s = ast::as<ast::Subscript>(a->target))
        return make<AugSubscriptStmt>(a->pos, op, expr(s->value), expr(s->slice), value, s->pos);
    fail("'expression' is an illegal expression for augmented assignment", a->target->pos);
    return make<PassStmt>(a->pos);
}

// Whether a module or class body has an annotated assignment outside
// nested functions and classes: such a body starts by making sure its
// namespace has __annotations__ (CPython's find_ann).
bool Compiler::contains_annotations(const ast::Body& body) {
    using K = ast::StmtKind;
    for (const ast::Stmt* s : body) {
        switch (s->kind) {
            case K::AnnAssign:
                return true;
            case K::For: {
                auto* f = ast::as<ast::For>(s);
                if (contains_annotations(f->body) || contains_annotations(f->orelse)) return true;
                break;
            }
            case K::While: {
                auto* w = ast::as<ast::While>(s);
                if (contains_annotations(w->body) || contains_annotations(w->orelse)) return true;
                break;
            }
            case K::If: {
                auto* i = ast::as<ast::If>(s);
                if (contains_annotations(i->body) || contains_annotations(i->orelse)) return true;
                break;
            }
            case K::With:
                if (contains_annotations(ast::as<ast::With>(s)->body)) return true;
                break;
            case K::Try: {
                auto* t = ast::as<ast::Try>(s);
                for (const ast::ExceptHandler* h : t->handlers)
                    if (contains_annotations(h->body)) return true;
                if (contains_annotations(t->body) || contains_annotations(t->orelse) ||
                    contains_annotations(t->finalbody))
                    return true;
                break;
            }
            default:
                break;
        }
    }
    return false;
}

StmtNode* Compiler::ann_assign(const ast::AnnAssign* a) {
    std::vector<StmtNode*> stmts;
    auto* n = ast::as<ast::Name>(a->target);
    bool records = n && a->simple && (scope_->kind == ScopeKind::Module || scope_->kind == ScopeKind::Class);
    if (a->value) stmts.push_back(make<AssignStmt>(a->pos, std::vector<TargetNode*>{target(a->target)}, expr(a->value)));
    if (records)
        stmts.push_back(make<AnnotateStmt>(a->pos, private_name(n->id), annotation(a->annotation),
                                           make<NameNode>(a->pos, name("__annotations__"))));
    if (stmts.empty()) return make<PassStmt>(a->pos);
    if (stmts.size() == 1) return stmts.front();
    return make<Block>(a->pos, std::move(stmts));
}

StmtNode* Compiler::try_stmt(const ast::Try* t) {
    StmtNode* body = block(t->body, t->pos);
    std::vector<Handler> handlers;
    for (std::size_t i = 0; i < t->handlers.size(); ++i) {
        const ast::ExceptHandler* h = t->handlers[i];
        if (!h->type && i + 1 != t->handlers.size()) fail("default 'except:' must be last", h->pos);
        Handler handler;
        handler.pos = h->pos;
        handler.type = h->type ? expr(h->type) : nullptr;
        handler.name = h->name.empty() ? nullptr : store_name(h->name, h->pos);
        handler.body = block(h->body, h->pos);
        handlers.push_back(handler);
    }
    return make<TryStmt>(t->pos, body, std::move(handlers), optional_block(t->orelse, t->pos),
                         optional_block(t->finalbody, t->pos));
}

StmtNode* Compiler::import_stmt(const ast::Import* i) {
    std::vector<ImportStmt::Name> names;
    for (const ast::Alias* a : i->names) {
        ImportStmt::Name n;
        n.module = name(a->name);
        n.bind_top = a->asname.empty();
        std::string bound = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
        if (bound == "__debug__") fail("cannot assign to __debug__", i->pos);  // the whole statement
        n.target = store_name(bound, a->pos);
        names.push_back(n);
    }
    return make<ImportStmt>(i->pos, std::move(names));
}

StmtNode* Compiler::import_from(const ast::ImportFrom* i) {
    if (i->module == "__future__" && i->level == 0 && i->pos.line > future_line_)
        fail("from __future__ imports must occur at the beginning of the file", i->pos);
    std::vector<ImportFromStmt::Name> names;
    bool star = false;
    for (const ast::Alias* a : i->names) {
        if (a->name == "*") {
            star = true;
            continue;
        }
        const std::string& bound = a->asname.empty() ? a->name : a->asname;
        if (bound == "__debug__") fail("cannot assign to __debug__", i->pos);
        names.push_back({private_name(a->name), store_name(bound, a->pos)});
    }
    return make<ImportFromStmt>(i->pos, name(i->module), i->level, std::move(names), star);
}

StmtNode* Compiler::stmt(const ast::Stmt* s) {
    using K = ast::StmtKind;
    switch (s->kind) {
        case K::FunctionDef:
            return function_def(ast::as<ast::FunctionDef>(s));
        case K::ClassDef:
            return class_def(ast::as<ast::ClassDef>(s));
        case K::Return: {
            if (!scope_->is_function_like()) fail("'return' outside function", s->pos);
            auto* r = ast::as<ast::Return>(s);
            return make<ReturnStmt>(s->pos, r->value ? expr(r->value) : nullptr);
        }
        case K::Delete: {
            std::vector<TargetNode*> targets;
            for (const ast::Expr* t : ast::as<ast::Delete>(s)->targets) {
                if (auto* n = ast::as<ast::Name>(t); n && n->id == "__debug__") fail("cannot delete __debug__", t->pos);
                targets.push_back(target(t));
            }
            return make<DeleteStmt>(s->pos, std::move(targets));
        }
        case K::Assign: {
            auto* a = ast::as<ast::Assign>(s);
            if (StmtNode* parallel = parallel_assign(a)) return parallel;
            auto* y = stackless() ? ast::as<ast::Yield>(a->value) : nullptr;
            auto* yf = stackless() ? ast::as<ast::YieldFrom>(a->value) : nullptr;
            ExprNode* value = y ? (y->value ? expr(y->value) : nullptr) : yf ? expr(yf->value) : expr(a->value);
            std::vector<TargetNode*> targets;
            for (const ast::Expr* t : a->targets) targets.push_back(target(t));
            if (y) return make<YieldStmt>(s->pos, y->pos, value, std::move(targets));
            if (yf) return make<YieldFromStmt>(s->pos, yf->pos, value, std::move(targets));
            if (auto* local = targets.size() == 1 ? dynamic_cast<LocalTarget*>(targets[0]) : nullptr)
                return make<LocalAssignStmt>(s->pos, local->slot(), value);
            return make<AssignStmt>(s->pos, std::move(targets), value);
        }
        case K::AugAssign:
            return aug_assign(ast::as<ast::AugAssign>(s));
        case K::AnnAssign:
            return ann_assign(ast::as<ast::AnnAssign>(s));
        case K::For: {
            auto* f = ast::as<ast::For>(s);
            ExprNode* iter = expr(f->iter);
            TargetNode* t = target(f->target);
            const int point = open_resume_point();
            const int slot = iterator_slot();
            StmtNode* body = loop_body(f->body, s->pos);
            release_iterator_slot(slot);  // emptied before the else clause runs
            StmtNode* orelse = optional_block(f->orelse, s->pos);
            close_resume_point(point);
            if (stackless()) return make<ResumableFor>(s->pos, t, iter, body, orelse, slot, point);
            return make<ForStmt>(s->pos, t, iter, body, orelse, slot);
        }
        case K::While: {
            auto* w = ast::as<ast::While>(s);
            ExprNode* test = expr(w->test);
            const int point = open_resume_point();
            StmtNode* body = loop_body(w->body, s->pos);
            StmtNode* orelse = optional_block(w->orelse, s->pos);
            close_resume_point(point);
            if (stackless()) return make<ResumableWhile>(s->pos, test, body, orelse, point);
            return make<WhileStmt>(s->pos, test, body, orelse);
        }
        case K::If: {
            auto* i = ast::as<ast::If>(s);
            ExprNode* test = expr(i->test);
            const int point = open_resume_point();
            StmtNode* body = block(i->body, s->pos);
            StmtNode* orelse = optional_block(i->orelse, s->pos);
            close_resume_point(point);
            if (stackless()) return make<ResumableIf>(s->pos, test, body, orelse, point);
            return make<IfStmt>(s->pos, test, body, orelse);
        }
        case K::With: {
            auto* w = ast::as<ast::With>(s);
            std::vector<WithItem> items;
            for (const ast::WithItem& item : w->items)
                items.push_back({expr(item.context_expr), item.optional_vars ? target(item.optional_vars) : nullptr});
            return make<WithStmt>(s->pos, std::move(items), block(w->body, s->pos));
        }
        case K::Raise: {
            auto* r = ast::as<ast::Raise>(s);
            return make<RaiseStmt>(s->pos, r->exc ? expr(r->exc) : nullptr, r->cause ? expr(r->cause) : nullptr);
        }
        case K::Try:
            return try_stmt(ast::as<ast::Try>(s));
        case K::Assert: {
            auto* a = ast::as<ast::Assert>(s);
            auto* tuple = ast::as<ast::Tuple>(a->test);
            if (tuple && !tuple->elts.empty()) warn("assertion is always true, perhaps remove parentheses?", s->pos);
            return make<AssertStmt>(s->pos, expr(a->test), a->msg ? expr(a->msg) : nullptr,
                                    assert_raise_position(a->test, s->pos));
        }
        case K::Import:
            return import_stmt(ast::as<ast::Import>(s));
        case K::ImportFrom:
            return import_from(ast::as<ast::ImportFrom>(s));
        case K::Global:
        case K::Nonlocal:
        case K::Pass:
            return make<PassStmt>(s->pos);
        case K::Break:
            if (loop_depth_ == 0) fail("'break' outside loop", s->pos);
            return make<JumpStmt>(s->pos, Flow::Break);
        case K::Continue:
            if (loop_depth_ == 0) fail("'continue' not properly in loop", s->pos);
            return make<JumpStmt>(s->pos, Flow::Continue);
        case K::Expr: {
            auto* e = ast::as<ast::ExprStmt>(s);
            if (is_interactive(mode_) && scope_->kind == ScopeKind::Module)
                return make<DisplayStmt>(s->pos, expr(e->value));
            if (auto* y = stackless() ? ast::as<ast::Yield>(e->value) : nullptr)
                return make<YieldStmt>(s->pos, y->pos, y->value ? expr(y->value) : nullptr, std::vector<TargetNode*>{});
            if (auto* yf = stackless() ? ast::as<ast::YieldFrom>(e->value) : nullptr)
                return make<YieldFromStmt>(s->pos, yf->pos, expr(yf->value), std::vector<TargetNode*>{});
            return make<ExprStmt>(s->pos, expr(e->value));
        }
    }
    fail("invalid syntax", s->pos);
    return make<PassStmt>(s->pos);
}

}  // namespace minipy::interp
