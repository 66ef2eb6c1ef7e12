// co_stacksize, continued: the expressions, calls, function and class
// objects, comprehensions and assignment targets of CPython 3.11's
// Python/compile.c, followed over the syntax tree (stack_depth.cpp has the
// statements).
#include "compiler/stack_depth_impl.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace minipy::interp::stack_depth {

// ------------------------------------------------------- expressions

// What a `for` iterates over and the right operand of `in`: ast_opt.c's
// fold_iter makes a list or set of constants one constant.
void StackDepth::iter_expr(const ast::Expr* e) {
    const std::vector<ast::Expr*>* elts = nullptr;
    if (auto* l = ast::as<ast::List>(e)) elts = &l->elts;
    if (auto* s = ast::as<ast::Set>(e)) elts = &s->elts;
    if (elts && all_constant(*elts)) return push();
    expr(e);
}

void StackDepth::expr(const ast::Expr* e) {
    using K = ast::ExprKind;
    if (constant(e)) return push();  // LOAD_CONST
    const int d = depth_;
    switch (e->kind) {
        case K::BoolOp: {
            // JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP between the values.
            auto* b = ast::as<ast::BoolOp>(e);
            for (const ast::Expr* v : b->values) {
                depth_ = d;
                expr(v);
            }
            break;
        }
        case K::NamedExpr: {
            auto* n = ast::as<ast::NamedExpr>(e);
            expr(n->value);
            push();  // COPY 1
            store(n->target);
            break;
        }
        case K::BinOp: {
            auto* b = ast::as<ast::BinOp>(e);
            if (percent_format(b)) break;
            expr(b->left);
            expr(b->right);
            pop();  // BINARY_OP
            break;
        }
        case K::UnaryOp:
            expr(ast::as<ast::UnaryOp>(e)->operand);
            break;
        case K::Lambda: {
            auto* l = ast::as<ast::Lambda>(e);
            make_function(l, &l->args, nullptr);
            break;
        }
        case K::IfExp: {
            auto* i = ast::as<ast::IfExp>(e);
            const bool start = live_;
            Branches b = jump_if(i->test, false);
            live_ = start && b.falls;
            expr(i->body);
            const bool after_body = live_;
            depth_ = d;
            live_ = start && b.jumps;
            expr(i->orelse);
            live_ = after_body || live_;
            break;
        }
        case K::Dict:
            dict(ast::as<ast::Dict>(e));
            break;
        case K::Set:
            starunpack(ast::as<ast::Set>(e)->elts, 0, false);
            break;
        case K::List:
            starunpack(ast::as<ast::List>(e)->elts, 0, false);
            break;
        case K::Tuple:
            starunpack(ast::as<ast::Tuple>(e)->elts, 0, true);
            break;
        case K::ListComp:
            comprehension_call(e, ast::as<ast::ListComp>(e)->generators);
            break;
        case K::SetComp:
            comprehension_call(e, ast::as<ast::SetComp>(e)->generators);
            break;
        case K::DictComp:
            comprehension_call(e, ast::as<ast::DictComp>(e)->generators);
            break;
        case K::GeneratorExp:
            comprehension_call(e, ast::as<ast::GeneratorExp>(e)->generators);
            break;
        case K::Yield: {
            auto* y = ast::as<ast::Yield>(e);
            if (y->value) expr(y->value);
            else push();  // LOAD_CONST None; YIELD_VALUE leaves the sent value in its place
            break;
        }
        case K::YieldFrom:
            // GET_YIELD_FROM_ITER, LOAD_CONST None, SEND (its exit pops the
            // iterator and leaves the result).
            expr(ast::as<ast::YieldFrom>(e)->value);
            push();
            break;
        case K::Compare: {
            // Chained: comparator, SWAP 2, COPY 2, COMPARE_OP,
            // JUMP_IF_FALSE_OR_POP; the last comparator is folded as an
            // iterable when the last operator is `in` / `not in`.
            auto* c = ast::as<ast::Compare>(e);
            expr(c->left);
            const std::size_t n = c->comparators.size();
            for (std::size_t i = 0; i + 1 < n; ++i) {
                expr(c->comparators[i]);
                push();    // COPY 2
                pop();     // COMPARE_OP
                pop();     // JUMP_IF_FALSE_OR_POP falling through
            }
            const ast::CmpOpKind last = c->ops.back();
            if (last == ast::CmpOpKind::In || last == ast::CmpOpKind::NotIn) iter_expr(c->comparators.back());
            else expr(c->comparators.back());
            pop();  // COMPARE_OP
            break;
        }
        case K::Call:
            call(ast::as<ast::Call>(e));
            break;
        case K::FormattedValue: {
            auto* f = ast::as<ast::FormattedValue>(e);
            expr(f->value);
            if (f->format_spec) {
                expr(f->format_spec);
                pop();  // FORMAT_VALUE takes the spec
            }
            break;
        }
        case K::JoinedStr: {
            auto* j = ast::as<ast::JoinedStr>(e);
            if (j->values.size() > kStackUseGuideline) {
                push(2);  // LOAD_CONST '', LOAD_METHOD join
                push();   // BUILD_LIST 0
                for (const ast::Expr* v : j->values) {
                    expr(v);
                    pop();  // LIST_APPEND
                }
                pop(2);  // PRECALL 1, CALL 1
            } else {
                for (const ast::Expr* v : j->values) expr(v);
                if (j->values.size() != 1) depth_ = d + 1;  // BUILD_STRING
            }
            break;
        }
        case K::Attribute:
            expr(ast::as<ast::Attribute>(e)->value);  // LOAD_ATTR
            break;
        case K::Subscript: {
            auto* s = ast::as<ast::Subscript>(e);
            expr(s->value);
            expr(s->slice);
            pop();  // BINARY_SUBSCR
            break;
        }
        case K::Slice: {
            auto* s = ast::as<ast::Slice>(e);
            for (const ast::Expr* part : {s->lower, s->upper}) {
                if (part) expr(part);
                else push();  // LOAD_CONST None
            }
            if (s->step) expr(s->step);
            break;
        }
        case K::Constant:
        case K::Starred:
        case K::Name:
            break;
    }
    depth_ = d;
    push();  // the value (BUILD_STRING 0 pushes one from nothing)
}

// ast_opt.c's optimize_format (new in 3.11): `'%s: %r' % (a, b)` with a
// tuple that is not constant and a format of nothing but %s, %r and %a
// (with flags, and a width and precision of at most two digits) is compiled as
// the f-string f'{a!s}: {b!r}': its literal parts, and each item
// formatted (under a constant spec when there is a width or precision).
bool StackDepth::percent_format(const ast::BinOp* b) {
    auto* items = ast::as<ast::Tuple>(b->right);
    Object* format = b->op == ast::BinOpKind::Mod ? constant(b->left) : nullptr;
    if (!items || !format || !is_str(format) || constant(b->right)) return false;
    for (const ast::Expr* x : items->elts)
        if (x->kind == ast::ExprKind::Starred) return false;
    // The parts: a literal is null, an item its expression; `specs` the
    // items with a format spec.
    std::vector<const ast::Expr*> parts;
    std::vector<bool> specs;
    std::string_view f = cast<Str>(format)->view();  // '%' and digits are ASCII in UTF-8
    std::size_t pos = 0, used = 0;
    while (true) {
        const std::size_t start = pos;
        while (pos < f.size() && (f[pos] != '%' || (pos + 1 < f.size() && f[pos + 1] == '%')))
            pos += f[pos] == '%' ? 2 : 1;
        if (pos > start) {
            parts.push_back(nullptr);
            specs.push_back(false);
        }
        if (pos >= f.size()) break;
        if (used >= items->elts.size()) return false;  // more format units than items
        ++pos;                                        // the '%'
        auto next = [&](char& ch) {
            if (pos >= f.size()) return false;
            ch = f[pos++];
            return true;
        };
        char ch = 0;
        bool left = false;
        do {
            if (!next(ch)) return false;
            left = left || ch == '-';
        } while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0');
        int width = -1, precision = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            for (int digits = 0; ch >= '0' && ch <= '9'; ++digits) {
                if (digits >= 2) return false;
                width = width * 10 + (ch - '0');
                if (!next(ch)) return false;
            }
        }
        if (ch == '.') {
            if (!next(ch)) return false;
            precision = 0;
            for (int digits = 0; ch >= '0' && ch <= '9'; ++digits) {
                if (digits >= 2) return false;
                if (!next(ch)) return false;
            }
        }
        if (ch != 's' && ch != 'r' && ch != 'a') return false;
        parts.push_back(items->elts[used++]);
        specs.push_back((!left && width > 0) || width >= 0 || precision >= 0);
    }
    if (used < items->elts.size()) return false;  // more items than format units
    // The f-string (compiler_joined_str).
    const int d = depth_;
    const bool big = parts.size() > kStackUseGuideline;
    if (big) push(3);  // LOAD_CONST '', LOAD_METHOD join, BUILD_LIST 0
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i]) expr(parts[i]);
        else push();
        if (specs[i]) {
            push();  // LOAD_CONST spec
            pop();   // FORMAT_VALUE
        }
        if (big) pop();  // LIST_APPEND
    }
    depth_ = d;
    return true;  // BUILD_STRING or the join: expr() pushes the result
}

// compile.c's compiler_jump_if: a test followed by a conditional jump
// (taken when the test is `cond`). A constant test is one NOP or JUMP once
// optimize_basic_block has seen it, and only one way out is reachable.
StackDepth::Branches StackDepth::jump_if(const ast::Expr* e, bool cond) {
    using K = ast::ExprKind;
    const int d = depth_;
    if (Object* c = constant(e)) {
        int truth = is_true(c);
        if (truth < 0) {
            clear_error();
            return {true, true};
        }
        bool jumps = (truth != 0) == cond;
        return {!jumps, jumps};
    }
    switch (e->kind) {
        case K::UnaryOp:
            if (ast::as<ast::UnaryOp>(e)->op == ast::UnaryOpKind::Not)
                return jump_if(ast::as<ast::UnaryOp>(e)->operand, !cond);
            break;
        case K::BoolOp:
            for (const ast::Expr* v : ast::as<ast::BoolOp>(e)->values) jump_if(v, cond);
            return {true, true};
        case K::IfExp: {
            auto* i = ast::as<ast::IfExp>(e);
            jump_if(i->test, false);
            jump_if(i->body, cond);
            jump_if(i->orelse, cond);
            return {true, true};
        }
        default:
            break;
    }
    if (auto* c = ast::as<ast::Compare>(e)) {
        // optimize_basic_block turns `LOAD_CONST None; IS_OP; POP_JUMP_IF_*`
        // into POP_JUMP_IF_(NOT_)NONE: the None is never loaded.
        const ast::CmpOpKind last = c->ops.back();
        Object* right = constant(c->comparators.back());
        if ((last == ast::CmpOpKind::Is || last == ast::CmpOpKind::IsNot) && right == None) {
            expr(c->left);
            for (std::size_t i = 0; i + 1 < c->comparators.size(); ++i) {
                expr(c->comparators[i]);
                push();  // COPY 2
                pop(2);  // COMPARE_OP, POP_JUMP_IF_FALSE
            }
            depth_ = d;
            return {true, true};
        }
    }
    expr(e);  // (a chained comparison reaches the depth it does as a value)
    depth_ = d;  // POP_JUMP_IF_*
    return {true, true};
}

// compile.c's starunpack_helper: a list, set or tuple display (or a call's
// positional arguments) on top of `pushed` values already on the stack.
void StackDepth::starunpack(const std::vector<ast::Expr*>& elts, int pushed, bool tuple) {
    const int d = depth_;  // the `pushed` values are below this
    const std::size_t n = elts.size();
    if (n > 2 && all_constant(elts)) {
        if (tuple && pushed == 0) return push();  // LOAD_CONST
        push();  // BUILD_LIST/SET pushed
        push();  // LOAD_CONST
        depth_ = d - pushed + 1;  // LIST_EXTEND / SET_UPDATE (LIST_TO_TUPLE)
        return;
    }
    const bool big = n + static_cast<std::size_t>(pushed) > kStackUseGuideline;
    bool starred = false;
    for (const ast::Expr* x : elts) starred |= x->kind == ast::ExprKind::Starred;
    if (!starred && !big) {
        for (const ast::Expr* x : elts) expr(x);
        depth_ = d - pushed;
        push();  // BUILD_*
        return;
    }
    bool built = false;
    if (big) {
        depth_ = d - pushed;
        push();  // BUILD_LIST pushed
        built = true;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const ast::Expr* x = elts[i];
        if (auto* s = ast::as<ast::Starred>(x)) {
            if (!built) {
                depth_ -= static_cast<int>(i) + pushed;
                push();  // BUILD_LIST i + pushed
                built = true;
            }
            expr(s->value);
            pop();  // LIST_EXTEND
        } else {
            expr(x);
            if (built) pop();  // LIST_APPEND
        }
    }
    depth_ = d - pushed + 1;
}

// compile.c's compiler_dict.
void StackDepth::dict(const ast::Dict* d) {
    const int start = depth_;
    const std::size_t n = d->keys.size();
    std::size_t elements = 0;
    bool have_dict = false;
    auto update = [&] {
        if (have_dict) depth_ = start + 1;  // DICT_UPDATE
        have_dict = true;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (!d->keys[i]) {
            if (elements) {
                subdict(d, i - elements, i);
                update();
                elements = 0;
            }
            if (!have_dict) {
                push();  // BUILD_MAP 0
                have_dict = true;
            }
            expr(d->values[i]);
            pop();  // DICT_UPDATE
        } else if (elements * 2 > kStackUseGuideline) {
            subdict(d, i - elements, i + 1);
            update();
            elements = 0;
        } else {
            ++elements;
        }
    }
    if (elements) {
        subdict(d, n - elements, n);
        update();
    }
    if (!have_dict) push();  // BUILD_MAP 0
    depth_ = start + 1;
}

void StackDepth::subdict(const ast::Dict* d, std::size_t begin, std::size_t end) {
    const int start = depth_;
    const std::size_t n = end - begin;
    const bool big = n * 2 > kStackUseGuideline;
    bool keys_constant = true;
    for (std::size_t i = begin; i < end; ++i) keys_constant = keys_constant && constant(d->keys[i]);
    if (n > 1 && !big && keys_constant) {
        for (std::size_t i = begin; i < end; ++i) expr(d->values[i]);
        push();  // LOAD_CONST keys
    } else {
        if (big) push();  // BUILD_MAP 0
        for (std::size_t i = begin; i < end; ++i) {
            expr(d->keys[i]);
            expr(d->values[i]);
            if (big) pop(2);  // MAP_ADD
        }
    }
    depth_ = start + 1;
}

// compile.c's compiler_call and maybe_optimize_method_call.
void StackDepth::call(const ast::Call* c) {
    const int d = depth_;
    auto* method = ast::as<ast::Attribute>(c->func);
    bool simple = method && method->ctx == ast::Context::Load &&
                  c->args.size() + c->keywords.size() + (c->keywords.empty() ? 0 : 1) < kStackUseGuideline;
    for (const ast::Expr* a : c->args) simple = simple && a->kind != ast::ExprKind::Starred;
    for (const ast::Keyword* k : c->keywords) simple = simple && !k->arg.empty();
    if (simple) {
        expr(method->value);
        push();  // LOAD_METHOD: the method and self (or NULL and the attribute)
        for (const ast::Expr* a : c->args) expr(a);
        for (const ast::Keyword* k : c->keywords) expr(k->value);
    } else {
        push();  // PUSH_NULL
        expr(c->func);
        call_helper(0, c->args, c->keywords);
    }
    depth_ = d + 1;  // PRECALL, CALL
}

void StackDepth::call_helper(int pushed, const std::vector<ast::Expr*>& args,
                             const std::vector<ast::Keyword*>& keywords) {
    bool ex_call = args.size() + keywords.size() * 2 > kStackUseGuideline;
    for (const ast::Expr* a : args) ex_call = ex_call || a->kind == ast::ExprKind::Starred;
    for (const ast::Keyword* k : keywords) ex_call = ex_call || k->arg.empty();
    if (!ex_call) {
        for (const ast::Expr* a : args) expr(a);
        for (const ast::Keyword* k : keywords) expr(k->value);
        return;
    }
    // CALL_FUNCTION_EX: the positional arguments as one tuple ...
    if (pushed == 0 && args.size() == 1 && args[0]->kind == ast::ExprKind::Starred)
        expr(ast::as<ast::Starred>(args[0])->value);
    else
        starunpack(args, pushed, true);
    // ... and the keyword arguments as one dict.
    if (keywords.empty()) return;
    const int with_args = depth_;
    bool have_dict = false;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < keywords.size(); ++i) {
        if (!keywords[i]->arg.empty()) {
            ++seen;
            continue;
        }
        if (seen) {
            subkwargs(keywords, i - seen, i);
            if (have_dict) pop();  // DICT_MERGE
            have_dict = true;
            seen = 0;
        }
        if (!have_dict) {
            push();  // BUILD_MAP 0
            have_dict = true;
        }
        expr(keywords[i]->value);
        pop();  // DICT_MERGE
    }
    if (seen) {
        subkwargs(keywords, keywords.size() - seen, keywords.size());
        if (have_dict) pop();  // DICT_MERGE
    }
    depth_ = with_args + 1;
}

// compile.c's compiler_subkwargs: keyword arguments into a dict.
void StackDepth::subkwargs(const std::vector<ast::Keyword*>& keywords, std::size_t begin, std::size_t end) {
    const int d = depth_;
    const std::size_t n = end - begin;
    const bool big = n * 2 > kStackUseGuideline;
    if (n > 1 && !big) {
        for (std::size_t i = begin; i < end; ++i) expr(keywords[i]->value);
        push();  // LOAD_CONST names; BUILD_CONST_KEY_MAP
    } else {
        if (big) push();  // BUILD_MAP 0
        for (std::size_t i = begin; i < end; ++i) {
            push();  // LOAD_CONST name
            expr(keywords[i]->value);
            if (big) pop(2);  // MAP_ADD
        }
    }
    depth_ = d + 1;
}

// What MAKE_FUNCTION takes: defaults, keyword-only defaults, annotations,
// the closure, then the code object (compiler_default_arguments,
// compiler_visit_annotations, compiler_make_closure).
void StackDepth::make_function(const ast::Node* node, const ast::Arguments* args, const ast::Expr* returns) {
    const int d = depth_;
    int extras = 0;
    // optimize_basic_block folds a BUILD_TUPLE of nothing but LOAD_CONSTs
    // into one LOAD_CONST: defaults that are all constants, annotations
    // that are all constants (strings, None, or anything under the
    // annotations future) load one tuple.
    if (!args->defaults.empty()) {
        if (all_constant(args->defaults)) push();
        else for (const ast::Expr* x : args->defaults) expr(x);
        depth_ = d + ++extras;  // BUILD_TUPLE
    }
    bool kwdefaults = false;
    for (std::size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        if (!args->kw_defaults[i]) continue;
        expr(args->kw_defaults[i]);
        kwdefaults = true;
    }
    if (kwdefaults) {
        push();  // LOAD_CONST names
        depth_ = d + ++extras;  // BUILD_CONST_KEY_MAP
    }
    if (dynamic_cast<const ast::FunctionDef*>(node)) {
        std::vector<const ast::Expr*> annotations;  // in compile.c's order
        auto annotated = [&](const ast::Arg* a) {
            if (a && a->annotation) annotations.push_back(a->annotation);
        };
        for (const ast::Arg* a : args->args) annotated(a);
        for (const ast::Arg* a : args->posonlyargs) annotated(a);
        annotated(args->vararg);
        for (const ast::Arg* a : args->kwonlyargs) annotated(a);
        annotated(args->kwarg);
        if (returns) annotations.push_back(returns);
        bool constants = future_annotations_;
        if (!constants) {
            constants = true;
            for (const ast::Expr* a : annotations) constants = constants && constant(a);
        }
        if (!annotations.empty()) {
            if (constants) {
                push();
            } else {
                for (const ast::Expr* a : annotations) {
                    push();  // LOAD_CONST name
                    expr(a);
                }
            }
            depth_ = d + ++extras;  // BUILD_TUPLE
        }
    }
    make_closure(node, extras);
}

void StackDepth::annotation(const ast::Expr* e) {
    if (future_annotations_) push();  // the annotation's text, a constant
    else expr(e);
}

// `extras`: how many values below the top MAKE_FUNCTION takes besides.
void StackDepth::make_closure(const ast::Node* node, int extras) {
    const int d = depth_;
    const Scope* scope = table_.scope_of(node);
    if (int free = scope ? static_cast<int>(scope->freevars.size()) : 0) {
        push(free);      // LOAD_CLOSURE each
        depth_ = d + 1;  // BUILD_TUPLE
    }
    push();  // LOAD_CONST code
    depth_ = d - extras + 1;  // MAKE_FUNCTION takes the code, the closure and the extras
}

// A comprehension where it is written: the function made from its code,
// called with the iterator of its outermost iterable.
void StackDepth::comprehension_call(const ast::Expr* e, const std::vector<ast::Comprehension>& gens) {
    const int d = depth_;
    make_closure(e, 0);
    iter_expr(gens.front().iter);  // GET_ITER
    depth_ = d + 1;                // PRECALL 0, CALL 0
}

// compile.c's compiler_sync_comprehension_generator, inside the
// comprehension's own code.
void StackDepth::comprehension_generator(const std::vector<ast::Comprehension>& gens, std::size_t index,
                                         const ast::Expr* elt, const ast::Expr* value) {
    const int d = depth_;
    const ast::Comprehension& gen = gens[index];
    bool loop = true;
    if (index == 0) {
        push();  // LOAD_FAST .0
    } else {
        // `for y in [f(x)]` binds y without a loop.
        const std::vector<ast::Expr*>* elts = nullptr;
        if (!constant(gen.iter)) {
            if (auto* l = ast::as<ast::List>(gen.iter)) elts = all_constant(l->elts) ? nullptr : &l->elts;
            if (auto* t = ast::as<ast::Tuple>(gen.iter)) elts = &t->elts;
        }
        if (elts && elts->size() == 1 && elts->front()->kind != ast::ExprKind::Starred) {
            expr(elts->front());
            loop = false;
        } else {
            iter_expr(gen.iter);  // GET_ITER
        }
    }
    if (loop) push();  // FOR_ITER
    store(gen.target);
    for (const ast::Expr* test : gen.ifs) jump_if(test, false);
    if (index + 1 < gens.size()) {
        comprehension_generator(gens, index + 1, elt, value);
    } else {
        expr(elt);
        if (value) expr(value);
        // YIELD_VALUE and POP_TOP; LIST_APPEND, SET_ADD, MAP_ADD.
    }
    depth_ = d;  // the loop's end pops the iterator
}

// What STORE_ATTR / STORE_SUBSCR (and their DELETE twins) take besides the
// value: an attribute's object, or a subscript's object and index. False
// for any other target.
bool StackDepth::target_operands(const ast::Expr* e) {
    if (auto* a = ast::as<ast::Attribute>(e)) {
        expr(a->value);
        return true;
    }
    if (auto* s = ast::as<ast::Subscript>(e)) {
        expr(s->value);
        expr(s->slice);
        return true;
    }
    return false;
}

// An assignment target, taking the value on top of the stack.
void StackDepth::store(const ast::Expr* e) {
    const int d = depth_;
    using K = ast::ExprKind;
    if (!target_operands(e)) {
        switch (e->kind) {
            case K::Tuple:
            case K::List: {
                const auto& elts = e->kind == K::Tuple ? ast::as<ast::Tuple>(e)->elts : ast::as<ast::List>(e)->elts;
                depth_ = d - 1;
                push(static_cast<int>(elts.size()));  // UNPACK_SEQUENCE / UNPACK_EX
                for (const ast::Expr* x : elts) {
                    auto* s = ast::as<ast::Starred>(x);
                    store(s ? s->value : x);
                }
                break;
            }
            case K::Starred:
                store(ast::as<ast::Starred>(e)->value);
                break;
            default:
                break;
        }
    }
    depth_ = d - 1;
}

void StackDepth::del(const ast::Expr* e) {
    const int d = depth_;
    if (!target_operands(e)) {
        if (auto* t = ast::as<ast::Tuple>(e))
            for (const ast::Expr* x : t->elts) del(x);
        else if (auto* l = ast::as<ast::List>(e))
            for (const ast::Expr* x : l->elts) del(x);
    }
    depth_ = d;
}

}  // namespace minipy::interp::stack_depth
