// co_stacksize as CPython 3.11's compiler computes it: the rules of
// Python/compile.c (code generation, stack_effect, stackdepth) and the
// folding of Python/ast_opt.c, followed over the syntax tree. Here: folding,
// statements and scopes; stack_depth_expr.cpp holds the expressions.
#include "compiler/stack_depth.hpp"

#include "compiler/constants.hpp"
#include "compiler/stack_depth_impl.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace minipy::interp {

namespace stack_depth {

// ------------------------------------------------------------ folding
//
// ast_opt.c replaces an expression by its value where it can: constant
// operands of an operator (within the size limits fold_unary and
// fold_binary keep), a tuple of constants, a constant subscript of a
// constant, and `__debug__`.

Ref<> StackDepth::fold(const ast::Expr* e) {
    using K = ast::ExprKind;
    switch (e->kind) {
        case K::Constant: {
            Ref<> v = pool_.literal(*ast::as<ast::Constant>(e));
            if (!v) clear_error();
            return v;
        }
        case K::Name: {
            auto* n = ast::as<ast::Name>(e);
            return n->ctx == ast::Context::Load && n->id == "__debug__" ? share(True) : nullptr;
        }
        case K::UnaryOp: {
            auto* u = ast::as<ast::UnaryOp>(e);
            Object* v = constant(u->operand);
            return v ? fold_unary(u->op, v) : nullptr;
        }
        case K::BinOp: {
            auto* b = ast::as<ast::BinOp>(e);
            Object* l = constant(b->left);
            Object* r = l ? constant(b->right) : nullptr;
            return r ? fold_binary(b->op, l, r) : nullptr;
        }
        case K::Tuple: {
            auto* t = ast::as<ast::Tuple>(e);
            if (t->ctx != ast::Context::Load || !all_constant(t->elts)) return nullptr;
            std::vector<Object*> items;
            for (const ast::Expr* x : t->elts) items.push_back(constant(x));
            return tuple_from_array(items.data(), static_cast<std::int64_t>(items.size()));
        }
        case K::Subscript: {
            auto* s = ast::as<ast::Subscript>(e);
            if (s->ctx != ast::Context::Load) return nullptr;
            Object* v = constant(s->value);
            Object* i = v ? constant(s->slice) : nullptr;
            if (!i) return nullptr;
            Ref<> r = getitem(v, i);
            if (!r) clear_error();
            return r;
        }
        default:
            return nullptr;
    }
}

// The value ast_opt.c folds `e` into, or null.
Object* StackDepth::constant(const ast::Expr* e) {
    if (auto it = folded_.find(e); it != folded_.end()) return it->second.get();
    Ref<> v = fold(e);
    Object* raw = v.get();
    folded_.emplace(e, std::move(v));
    return raw;
}

// compile.c's are_all_items_const.
bool StackDepth::all_constant(const std::vector<ast::Expr*>& elts) {
    for (const ast::Expr* x : elts)
        if (x->kind == ast::ExprKind::Starred || !constant(x)) return false;
    return true;
}

// ------------------------------------------------------- statements

void StackDepth::body(const ast::Body& b) {
    for (const ast::Stmt* s : b) {
        if (!live_) return;  // unreachable: stackdepth() never gets here
        stmt(s);
    }
}

void StackDepth::stmt(const ast::Stmt* s) {
    using K = ast::StmtKind;
    const int d = depth_;
    switch (s->kind) {
        case K::FunctionDef:
            function_def(ast::as<ast::FunctionDef>(s));
            break;
        case K::ClassDef:
            class_def(ast::as<ast::ClassDef>(s));
            break;
        case K::Return:
            return_stmt(ast::as<ast::Return>(s));
            break;
        case K::Delete:
            for (const ast::Expr* t : ast::as<ast::Delete>(s)->targets) del(t);
            break;
        case K::Assign:
            assign(ast::as<ast::Assign>(s));
            break;
        case K::AugAssign:
            aug_assign(ast::as<ast::AugAssign>(s));
            break;
        case K::AnnAssign:
            ann_assign(ast::as<ast::AnnAssign>(s));
            break;
        case K::For:
            for_stmt(ast::as<ast::For>(s));
            break;
        case K::While:
            while_stmt(ast::as<ast::While>(s));
            break;
        case K::If:
            if_stmt(ast::as<ast::If>(s));
            break;
        case K::With:
            with_stmt(ast::as<ast::With>(s), 0);
            break;
        case K::Raise: {
            auto* r = ast::as<ast::Raise>(s);
            if (r->exc) expr(r->exc);
            if (r->cause) expr(r->cause);
            live_ = false;  // RAISE_VARARGS
            break;
        }
        case K::Try:
            try_stmt(ast::as<ast::Try>(s));
            break;
        case K::Assert: {
            // The test jumps past the raise when true.
            auto* a = ast::as<ast::Assert>(s);
            const bool start = live_;
            Branches b = jump_if(a->test, true);
            live_ = start && b.falls;
            push();  // LOAD_ASSERTION_ERROR
            if (a->msg) {
                expr(a->msg);
                pop();  // PRECALL 0, CALL 0
            }
            live_ = start && b.jumps;  // RAISE_VARARGS
            break;
        }
        case K::Import:
        case K::ImportFrom:
            // LOAD_CONST level, LOAD_CONST names, IMPORT_NAME; then
            // IMPORT_FROM pushes each attribute on top of the module.
            push(2);
            break;
        case K::Expr: {
            const ast::Expr* value = ast::as<ast::ExprStmt>(s)->value;
            if (!constant(value)) expr(value);  // a constant statement is a NOP
            break;
        }
        case K::Break:
            loop_exit(true);
            break;
        case K::Continue:
            loop_exit(false);
            break;
        case K::Global:
        case K::Nonlocal:
        case K::Pass:
            break;
    }
    depth_ = d;
}

void StackDepth::function_def(const ast::FunctionDef* f) {
    for (const ast::Expr* deco : f->decorator_list) expr(deco);
    make_function(f, &f->args, f->returns);
    // PRECALL 0, CALL 0 per decorator; the store.
}

// compile.c's compiler_class: __build_class__(function, name, *bases, **keywords).
void StackDepth::class_def(const ast::ClassDef* c) {
    for (const ast::Expr* deco : c->decorator_list) expr(deco);
    push(2);  // PUSH_NULL, LOAD_BUILD_CLASS
    make_closure(c, 0);
    push();  // LOAD_CONST name
    call_helper(2, c->bases, c->keywords);
}

void StackDepth::assign(const ast::Assign* a) {
    expr(a->value);
    for (std::size_t i = 0; i < a->targets.size(); ++i) {
        if (i + 1 < a->targets.size()) push();  // COPY 1
        store(a->targets[i]);
    }
}

// compile.c's compiler_augassign.
void StackDepth::aug_assign(const ast::AugAssign* a) {
    if (auto* attr = ast::as<ast::Attribute>(a->target)) {
        expr(attr->value);
        push();  // COPY 1; LOAD_ATTR
    } else if (auto* sub = ast::as<ast::Subscript>(a->target)) {
        expr(sub->value);
        expr(sub->slice);
        push(2);  // COPY 2, COPY 2
        pop();    // BINARY_SUBSCR
    } else {
        push();  // the name's value
    }
    expr(a->value);
    // BINARY_OP, then SWAPs and the store.
}

// compile.c's compiler_annassign: the assignment, then in a module or
// class body `__annotations__[name] = annotation`, or for other targets the
// parts an annotation without a value still evaluates (check_ann_expr).
void StackDepth::ann_assign(const ast::AnnAssign* a) {
    const int d = depth_;
    if (a->value) {
        expr(a->value);
        store(a->target);
    }
    auto check = [&](const ast::Expr* e) {
        expr(e);
        depth_ = d;  // POP_TOP
    };
    if (ast::as<ast::Name>(a->target)) {
        if (a->simple && in_module_or_class_) {
            annotation(a->annotation);
            push(2);  // LOAD_NAME __annotations__, LOAD_CONST name; STORE_SUBSCR
            depth_ = d;
        }
    } else if (auto* attr = ast::as<ast::Attribute>(a->target)) {
        if (!a->value) check(attr->value);
    } else if (auto* sub = ast::as<ast::Subscript>(a->target)) {
        if (!a->value) {
            check(sub->value);
            // check_ann_subscr
            auto subscr = [&](auto&& self, const ast::Expr* e) -> void {
                if (auto* sl = ast::as<ast::Slice>(e)) {
                    for (const ast::Expr* part : {sl->lower, sl->upper, sl->step})
                        if (part) check(part);
                } else if (auto* t = ast::as<ast::Tuple>(e)) {
                    for (const ast::Expr* x : t->elts) self(self, x);
                } else {
                    check(e);
                }
            };
            subscr(subscr, sub->slice);
        }
    }
    if (!a->simple && !future_annotations_ && in_module_or_class_) check(a->annotation);
}

void StackDepth::for_stmt(const ast::For* f) {
    const int d = depth_;
    const bool start = live_;
    bool broken = false;
    iter_expr(f->iter);  // GET_ITER
    blocks_.push_back({BlockKind::ForLoop, nullptr, false, &broken});
    push();  // FOR_ITER (its exit pops the iterator)
    store(f->target);
    body(f->body);
    blocks_.pop_back();
    depth_ = d;
    live_ = start;
    body(f->orelse);
    live_ = live_ || broken;
}

void StackDepth::while_stmt(const ast::While* w) {
    const int d = depth_;
    const bool start = live_;
    bool broken = false;
    blocks_.push_back({BlockKind::WhileLoop, nullptr, false, &broken});
    Branches b = jump_if(w->test, false);
    live_ = start && b.falls;
    body(w->body);  // (the test repeated at the bottom reaches the same depth)
    blocks_.pop_back();
    depth_ = d;
    live_ = start && b.jumps;
    body(w->orelse);
    live_ = live_ || broken;
}

void StackDepth::if_stmt(const ast::If* i) {
    const int d = depth_;
    const bool start = live_;
    Branches b = jump_if(i->test, false);
    live_ = start && b.falls;
    body(i->body);
    const bool after_body = live_;
    depth_ = d;
    live_ = start && b.jumps;
    body(i->orelse);
    live_ = after_body || live_;
}

// compile.c's compiler_with, one item at a time: BEFORE_WITH leaves
// __exit__ under __enter__'s result; SETUP_WITH's handler gets __exit__,
// lasti and the exception; its own cleanup handler (SETUP_CLEANUP) two
// more, where COPY 3 takes one more.
void StackDepth::with_stmt(const ast::With* w, std::size_t item) {
    const int d = depth_;
    const bool start = live_;
    expr(w->items[item].context_expr);
    push();  // BEFORE_WITH
    handler(d + 3);
    blocks_.push_back({BlockKind::With});
    if (w->items[item].optional_vars) store(w->items[item].optional_vars);
    else pop();  // POP_TOP
    if (item + 1 < w->items.size()) with_stmt(w, item + 1);
    else body(w->body);
    blocks_.pop_back();
    push(3);  // __exit__(None, None, None)
    live_ = start;
    handler(d + 6);  // PUSH_EXC_INFO, WITH_EXCEPT_START; the cleanup's COPY 3
    depth_ = d;
}

void StackDepth::try_stmt(const ast::Try* t) {
    if (t->finalbody.empty()) return try_except(t);
    // compile.c's compiler_try_finally.
    const int d = depth_;
    const bool start = live_;
    handler(d + 1);  // SETUP_FINALLY
    blocks_.push_back({BlockKind::FinallyTry, &t->finalbody});
    if (!t->handlers.empty()) try_except(t);
    else body(t->body);
    blocks_.pop_back();
    body(t->finalbody);
    const bool after = live_;
    // The finally body again, on the exceptional path: PUSH_EXC_INFO above
    // the exception.
    live_ = start;
    depth_ = d + 1;
    handler(d + 4);  // SETUP_CLEANUP; the cleanup's COPY 3
    push();          // PUSH_EXC_INFO
    blocks_.push_back({BlockKind::FinallyEnd});
    body(t->finalbody);
    blocks_.pop_back();
    live_ = after;
    depth_ = d;
}

// compile.c's compiler_try_except.
void StackDepth::try_except(const ast::Try* t) {
    const int d = depth_;
    const bool start = live_;
    handler(d + 1);  // SETUP_FINALLY
    blocks_.push_back({BlockKind::TryExcept});
    body(t->body);
    blocks_.pop_back();
    body(t->orelse);
    bool end = live_;
    live_ = start;
    handler(d + 4);  // SETUP_CLEANUP; the cleanup's COPY 3
    depth_ = d + 1;
    push();  // PUSH_EXC_INFO: the exception being handled before, and this one
    blocks_.push_back({BlockKind::ExceptionHandler});
    for (const ast::ExceptHandler* h : t->handlers) {
        depth_ = d + 2;
        live_ = start;
        if (h->type) {
            expr(h->type);
            pop();  // CHECK_EXC_MATCH, POP_JUMP_IF_FALSE
        }
        pop();  // the exception: stored or popped
        const bool named = !h->name.empty();
        if (named) handler(d + 4);  // SETUP_CLEANUP; LOAD_CONST None there
        blocks_.push_back({BlockKind::HandlerCleanup, nullptr, named});
        body(h->body);
        blocks_.pop_back();
        end = end || live_;
    }
    blocks_.pop_back();
    live_ = end;
    depth_ = d;
}

void StackDepth::return_stmt(const ast::Return* r) {
    const bool preserve = r->value && !constant(r->value);
    if (preserve) expr(r->value);
    unwind_blocks(preserve, false);
    if (!preserve) push();  // LOAD_CONST
    live_ = false;          // RETURN_VALUE
}

void StackDepth::loop_exit(bool is_break) {
    int loop = -1;
    // compile.c's compiler_unwind_fblock_stack, up to the loop.
    for (int i = static_cast<int>(blocks_.size()) - 1; i >= 0 && loop < 0; --i)
        if (blocks_[static_cast<std::size_t>(i)].kind == BlockKind::WhileLoop ||
            blocks_[static_cast<std::size_t>(i)].kind == BlockKind::ForLoop)
            loop = i;
    if (loop < 0) return;
    unwind_blocks(false, true);
    const Block& b = blocks_[static_cast<std::size_t>(loop)];
    if (is_break) {
        unwind(b, false);
        if (live_) *b.broken = true;
    }
    live_ = false;  // JUMP
}

// compile.c's compiler_unwind_fblock_stack: each block left is unwound
// with the blocks inside it out of the way (a finally body repeated here is
// compiled as if the blocks it is in were all there is).
bool StackDepth::unwind_blocks(bool preserve_tos, bool to_loop) {
    if (blocks_.empty()) return false;
    Block top = blocks_.back();
    if (to_loop && (top.kind == BlockKind::WhileLoop || top.kind == BlockKind::ForLoop)) return true;
    blocks_.pop_back();
    unwind(top, preserve_tos);
    bool found = unwind_blocks(preserve_tos, to_loop);
    blocks_.push_back(top);
    return found;
}

// compile.c's compiler_unwind_fblock.
void StackDepth::unwind(const Block& b, bool preserve_tos) {
    switch (b.kind) {
        case BlockKind::WhileLoop:
        case BlockKind::TryExcept:
        case BlockKind::ExceptionHandler:
            break;
        case BlockKind::ForLoop:
        case BlockKind::PopValue:
            pop();  // (SWAP 2,) POP_TOP
            break;
        case BlockKind::FinallyTry:
            if (preserve_tos) blocks_.push_back({BlockKind::PopValue});
            body(*b.finalbody);
            if (preserve_tos) blocks_.pop_back();
            break;
        case BlockKind::FinallyEnd:
            pop(2);  // POP_TOP the exception, POP_EXCEPT
            break;
        case BlockKind::With:
            push(3);  // __exit__(None, None, None)
            pop(4);   // PRECALL 2, CALL 2, POP_TOP
            break;
        case BlockKind::HandlerCleanup:
            pop();  // POP_EXCEPT
            if (b.named) {
                push();  // name = None; del name
                pop();
            }
            break;
    }
}

// ------------------------------------------------------------- scopes

int StackDepth::module(const ast::Module& m) {
    in_module_or_class_ = true;
    body(m.body);  // (a docstring is LOAD_CONST, STORE_NAME __doc__)
    if (!m.body.empty()) {
        auto* e = ast::as<ast::ExprStmt>(m.body.front());
        auto* c = e ? ast::as<ast::Constant>(e->value) : nullptr;
        if (c && c->value_kind == ast::ConstantKind::Str) max_ = std::max(max_, 1);
    }
    if (live_) implicit_return();
    return max_;
}

int StackDepth::function(const ast::FunctionDef* f) {
    body(f->body);
    if (live_) implicit_return();
    return max_;
}

int StackDepth::lambda(const ast::Lambda* l) {
    expr(l->body);  // RETURN_VALUE
    return max_;
}

// __module__ = __name__, __qualname__ = '...', the body, and the return of
// the __class__ cell (LOAD_CLOSURE, COPY 1, STORE_NAME __classcell__) or None.
int StackDepth::class_body(const ast::ClassDef* c) {
    in_module_or_class_ = true;
    push();
    pop();
    body(c->body);
    const Scope* scope = table_.scope_of(c);
    if (live_) push(scope && scope->needs_class_cell ? 2 : 1);
    return max_;
}

int StackDepth::comprehension(const ast::Expr* e) {
    if (auto* g = ast::as<ast::GeneratorExp>(e)) {
        comprehension_generator(g->generators, 0, g->elt, nullptr);
        if (live_) implicit_return();
        return max_;
    }
    push();  // BUILD_LIST / BUILD_SET / BUILD_MAP 0
    if (auto* l = ast::as<ast::ListComp>(e)) comprehension_generator(l->generators, 0, l->elt, nullptr);
    if (auto* s = ast::as<ast::SetComp>(e)) comprehension_generator(s->generators, 0, s->elt, nullptr);
    if (auto* d = ast::as<ast::DictComp>(e)) comprehension_generator(d->generators, 0, d->key, d->value);
    return max_;
}

}  // namespace stack_depth

using stack_depth::StackDepth;

int module_stack_size(const ast::Module& module, const SymbolTable& table, bool future_annotations) {
    return StackDepth(table, future_annotations).module(module);
}

int stack_size(const ast::Node* node, const SymbolTable& table, bool future_annotations) {
    StackDepth s(table, future_annotations);
    if (auto* f = dynamic_cast<const ast::FunctionDef*>(node)) return s.function(f);
    if (auto* c = dynamic_cast<const ast::ClassDef*>(node)) return s.class_body(c);
    if (auto* l = dynamic_cast<const ast::Lambda*>(node)) return s.lambda(l);
    if (auto* e = dynamic_cast<const ast::Expr*>(node)) return s.comprehension(e);
    return 0;
}

int expression_stack_size(const ast::Expr* e, const SymbolTable& table, bool future_annotations) {
    return StackDepth(table, future_annotations).expression(e);
}

}  // namespace minipy::interp
