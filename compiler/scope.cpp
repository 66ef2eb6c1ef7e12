// Scope analysis (CPython's Python/symtable.c): record, then resolve.
#include "compiler/scope.hpp"

#include "compiler/syntax_error.hpp"
#include "runtime/core/recursion.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace minipy::interp {

namespace {

struct ScopeError {
    std::string message;
    ast::Position pos;
    std::string type = "SyntaxError";
};

}  // namespace

// Phase 1: walk the tree, opening a scope at every def, class, lambda and
// comprehension, and record what each scope does with each name.
class ScopeBuilder {
public:
    explicit ScopeBuilder(SymbolTable& table) : table_(table) {}

    void build(const ast::Module& module) {
        table_.root_ = std::make_unique<Scope>();
        Scope* root = table_.root_.get();
        root->kind = ScopeKind::Module;
        root->name = "<module>";
        current_ = root;
        body(module.body);
    }

    std::optional<ScopeError> error;

private:
    SymbolTable& table_;
    Scope* current_ = nullptr;
    // Nesting of statements and expressions being visited. CPython's
    // symtable stops at three times the recursion limit with
    // "RecursionError: maximum recursion depth exceeded during compilation"
    // (a 3000-term `a+a+…` chain is one level too deep), counting from three
    // times the recursion depth of the code that compiles: compile() in a
    // deep call accepts less.
    int depth_ = recursion_depth * 3;
    // For Scope::resumable_yields: how many try and with statements of the
    // current scope enclose this point, and the yield (if any) that is the
    // whole value of the statement being visited.
    int guarded_depth_ = 0;
    const ast::Expr* statement_yield_ = nullptr;

    class DepthGuard {
    public:
        explicit DepthGuard(ScopeBuilder& b) : b_(b) { ++b_.depth_; }
        ~DepthGuard() { --b_.depth_; }
        // Or the stack is nearly used up, which the parser's own bound
        // (grammar/tokens.hpp) makes unlikely but does not rule out.
        bool too_deep() const { return b_.depth_ > recursion_limit * 3 || stack_exhausted(); }

    private:
        ScopeBuilder& b_;
    };

    void fail(const std::string& message, const ast::Position& pos) {
        if (!error) error = ScopeError{message, pos};
    }

    bool check_depth(const DepthGuard& guard, const ast::Position& pos) {
        if (!guard.too_deep()) return true;
        if (!error) error = ScopeError{"maximum recursion depth exceeded during compilation", pos, "RecursionError"};
        return false;
    }

    Symbol& note(Scope* scope, const std::string& raw_id) {
        std::string id = mangle(scope, raw_id);
        auto [it, inserted] = scope->symbols.try_emplace(id);
        if (inserted) scope->order.push_back(id);
        return it->second;
    }

    void bind(const std::string& id, const ast::Position& pos) {
        Symbol& s = note(current_, id);
        if (s.declared_global || s.declared_nonlocal) {
            // Binding after the declaration is fine; the declaration wins.
        }
        s.bound = true;
        (void)pos;
    }

    void use(const std::string& id) {
        note(current_, id).used = true;
        // super() in a method needs the implicit __class__ cell.
        if (id == "super" && current_->kind == ScopeKind::Function) {
            note(current_, "__class__").used = true;
            current_->uses_super = true;
        }
        if (id == "__class__" && current_->is_function_like()) current_->uses_super = true;
    }

    // The nearest enclosing scope that is not a comprehension: where a
    // walrus inside a comprehension binds (PEP 572).
    Scope* walrus_scope() {
        Scope* s = current_;
        while (s->kind == ScopeKind::Comprehension) s = s->parent;
        return s;
    }

    Scope* open(ScopeKind kind, std::string name, const ast::Node* node) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->name = std::move(name);
        scope->node = node;
        scope->parent = current_;
        // __qualname__ as CPython computes it: functions and lambdas add
        // ".<locals>" (comprehensions do not).
        std::string prefix;
        if (current_->kind != ScopeKind::Module) {
            prefix = current_->qualname;
            if (current_->kind == ScopeKind::Function || current_->kind == ScopeKind::Lambda) prefix += ".<locals>";
            prefix += ".";
        }
        scope->qualname = prefix + scope->name;
        Scope* raw = scope.get();
        current_->children.push_back(std::move(scope));
        table_.by_node_[node] = raw;
        return raw;
    }

    // ---------------------------------------------------------- statements

    void body(const ast::Body& stmts) {
        // A stackless body notes a statement's index in a 16-bit resume
        // point (interpreter/generator.hpp's ResumePoint).
        if (stmts.size() > 65536) current_->resumable_yields = false;
        for (const ast::Stmt* s : stmts) stmt(s);
    }

    void arguments(const ast::Arguments& args) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for (const ast::Expr* d : args.defaults) expr(d);
        for (const ast::Expr* d : args.kw_defaults)
            if (d) expr(d);
        auto annotations = [&](const std::vector<ast::Arg*>& list) {
            for (const ast::Arg* a : list)
                if (a->annotation) expr(a->annotation);
        };
        annotations(args.posonlyargs);
        annotations(args.args);
        annotations(args.kwonlyargs);
        if (args.vararg && args.vararg->annotation) expr(args.vararg->annotation);
        if (args.kwarg && args.kwarg->annotation) expr(args.kwarg->annotation);
    }

    void parameters(const ast::Arguments& args) {
        auto add = [&](const ast::Arg* a) {
            Symbol& s = note(current_, a->name);
            if (s.parameter) fail("duplicate argument '" + a->name + "' in function definition", a->pos);
            s.parameter = true;
            s.bound = true;
            current_->params.push_back(mangle(current_, a->name));
        };
        // CPython's co_varnames order, which bind_arguments relies on:
        // positional, keyword-only, then *args and **kwargs.
        for (const ast::Arg* a : args.posonlyargs) add(a);
        for (const ast::Arg* a : args.args) add(a);
        for (const ast::Arg* a : args.kwonlyargs) add(a);
        if (args.vararg) add(args.vararg);
        if (args.kwarg) add(args.kwarg);
    }

    void declare(const std::vector<std::string>& names, bool global, const ast::Stmt* s) {
        const char* what = global ? "global" : "nonlocal";
        if (!global && current_->kind == ScopeKind::Module) {
            fail("nonlocal declaration not allowed at module level", s->pos);
            return;
        }
        for (const std::string& id : names) {
            Symbol* existing = current_->find(mangle(current_, id));
            if (existing) {
                if (existing->parameter) {
                    fail("name '" + id + "' is parameter and " + what, s->pos);
                    return;
                }
                // As CPython's symtable: a use before the declaration is
                // reported first, and an earlier declaration of the same
                // kind does not excuse either.
                if (existing->used) {
                    fail("name '" + id + "' is used prior to " + what + " declaration", s->pos);
                    return;
                }
                if (existing->bound) {
                    fail("name '" + id + "' is assigned to before " + what + " declaration", s->pos);
                    return;
                }
                if (global ? existing->declared_nonlocal : existing->declared_global) {
                    // analyze_name's error_at_directive: at the first declaration.
                    fail("name '" + id + "' is nonlocal and global", existing->directive);
                    return;
                }
            }
            Symbol& sym = note(current_, id);
            if (!sym.declared_global && !sym.declared_nonlocal) sym.directive = s->pos;  // the first one
            if (global) sym.declared_global = true;
            else sym.declared_nonlocal = true;
        }
    }

    void stmt(const ast::Stmt* s) {
        DepthGuard guard(*this);
        if (!check_depth(guard, s->pos)) return;
        using K = ast::StmtKind;
        switch (s->kind) {
            case K::FunctionDef: {
                auto* f = ast::as<ast::FunctionDef>(s);
                for (const ast::Expr* d : f->decorator_list) expr(d);
                arguments(f->args);
                if (f->returns) expr(f->returns);
                bind(f->name, f->pos);
                Scope* outer = current_;
                current_ = open(ScopeKind::Function, f->name, f);
                parameters(f->args);
                int outer_guarded = std::exchange(guarded_depth_, 0);
                body(f->body);
                guarded_depth_ = outer_guarded;
                current_ = outer;
                break;
            }
            case K::ClassDef: {
                auto* c = ast::as<ast::ClassDef>(s);
                for (const ast::Expr* d : c->decorator_list) expr(d);
                for (const ast::Expr* b : c->bases) expr(b);
                for (const ast::Keyword* k : c->keywords) expr(k->value);
                bind(c->name, c->pos);
                Scope* outer = current_;
                current_ = open(ScopeKind::Class, c->name, c);
                int outer_guarded = std::exchange(guarded_depth_, 0);
                body(c->body);
                guarded_depth_ = outer_guarded;
                current_ = outer;
                break;
            }
            case K::Return:
                if (auto* r = ast::as<ast::Return>(s); r->value) expr(r->value);
                break;
            case K::Delete:
                for (const ast::Expr* t : ast::as<ast::Delete>(s)->targets) expr(t);
                break;
            case K::Assign: {
                auto* a = ast::as<ast::Assign>(s);
                statement_value(a->value);
                for (const ast::Expr* t : a->targets) expr(t);
                break;
            }
            case K::AugAssign: {
                auto* a = ast::as<ast::AugAssign>(s);
                expr(a->value);
                if (auto* n = ast::as<ast::Name>(a->target)) {
                    use(n->id);
                    bind(n->id, n->pos);
                } else {
                    expr(a->target);
                }
                break;
            }
            case K::AnnAssign: {
                auto* a = ast::as<ast::AnnAssign>(s);
                if (auto* n = ast::as<ast::Name>(a->target)) {
                    Symbol& sym = note(current_, n->id);
                    if ((sym.declared_global || sym.declared_nonlocal) && a->simple) {
                        fail("annotated name '" + n->id + "' can't be " +
                                 (sym.declared_global ? "global" : "nonlocal"),
                             s->pos);
                    }
                    sym.annotated = true;
                    if (a->value) bind(n->id, n->pos);
                } else {
                    expr(a->target);
                }
                expr(a->annotation);
                if (a->value) expr(a->value);
                break;
            }
            case K::For: {
                auto* f = ast::as<ast::For>(s);
                expr(f->iter);
                expr(f->target);
                body(f->body);
                body(f->orelse);
                break;
            }
            case K::While: {
                auto* w = ast::as<ast::While>(s);
                expr(w->test);
                body(w->body);
                body(w->orelse);
                break;
            }
            case K::If: {
                auto* i = ast::as<ast::If>(s);
                expr(i->test);
                body(i->body);
                body(i->orelse);
                break;
            }
            case K::With: {
                auto* w = ast::as<ast::With>(s);
                for (const ast::WithItem& item : w->items) {
                    expr(item.context_expr);
                    if (item.optional_vars) expr(item.optional_vars);
                }
                ++guarded_depth_;
                body(w->body);
                --guarded_depth_;
                break;
            }
            case K::Raise: {
                auto* r = ast::as<ast::Raise>(s);
                if (r->exc) expr(r->exc);
                if (r->cause) expr(r->cause);
                break;
            }
            case K::Try: {
                auto* t = ast::as<ast::Try>(s);
                ++guarded_depth_;
                body(t->body);
                for (const ast::ExceptHandler* h : t->handlers) {
                    if (h->type) expr(h->type);
                    if (!h->name.empty()) bind(h->name, h->pos);
                    body(h->body);
                }
                body(t->orelse);
                body(t->finalbody);
                --guarded_depth_;
                break;
            }
            case K::Assert: {
                auto* a = ast::as<ast::Assert>(s);
                expr(a->test);
                if (a->msg) expr(a->msg);
                break;
            }
            case K::Import:
                for (const ast::Alias* a : ast::as<ast::Import>(s)->names) {
                    std::string id = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
                    bind(id, a->pos);
                }
                break;
            case K::ImportFrom:
                for (const ast::Alias* a : ast::as<ast::ImportFrom>(s)->names) {
                    if (a->name == "*") {
                        if (current_->kind != ScopeKind::Module) fail("import * only allowed at module level", a->pos);
                        continue;
                    }
                    bind(a->asname.empty() ? a->name : a->asname, a->pos);
                }
                break;
            case K::Global:
                declare(ast::as<ast::Global>(s)->names, true, s);
                break;
            case K::Nonlocal:
                declare(ast::as<ast::Nonlocal>(s)->names, false, s);
                break;
            case K::Expr:
                statement_value(ast::as<ast::ExprStmt>(s)->value);
                break;
            case K::Pass:
            case K::Break:
            case K::Continue:
                break;
        }
    }

    // --------------------------------------------------------- expressions

    void exprs(const std::vector<ast::Expr*>& list) {
        for (const ast::Expr* e : list) expr(e);
    }

    // A comprehension: the first iterable belongs to the enclosing scope,
    // the rest to the comprehension's own function scope, whose one
    // parameter is the first iterator (".0").
    void comprehension(const ast::Expr* node, const char* name, const std::vector<ast::Comprehension>& gens,
                       const ast::Expr* elt, const ast::Expr* value, bool is_generator) {
        expr(gens.front().iter);
        Scope* outer = current_;
        current_ = open(ScopeKind::Comprehension, name, node);
        current_->is_generator = is_generator;
        Symbol& dot0 = note(current_, ".0");
        dot0.parameter = dot0.bound = true;
        current_->params.push_back(".0");
        for (std::size_t i = 0; i < gens.size(); ++i) {
            if (i > 0) expr(gens[i].iter);
            expr(gens[i].target);
            exprs(gens[i].ifs);
        }
        if (value) expr(value);
        expr(elt);
        current_ = outer;
    }

    // The value of an expression or assignment statement: a yield (or
    // yield from) there, outside try and with, can be resumed without a
    // stack of its own.
    void statement_value(const ast::Expr* value) {
        const bool yields = value->kind == ast::ExprKind::Yield || value->kind == ast::ExprKind::YieldFrom;
        if (yields && guarded_depth_ == 0) statement_yield_ = value;
        expr(value);
        statement_yield_ = nullptr;
    }

    void yield_here(const ast::Expr* e) {
        if (current_->kind == ScopeKind::Module || current_->kind == ScopeKind::Class) {
            fail("'yield' outside function", e->pos);
            return;
        }
        if (current_->kind == ScopeKind::Comprehension && !current_->is_generator) {
            fail(std::string("'yield' inside ") + comprehension_word(current_->name), e->pos);
            return;
        }
        current_->is_generator = true;
        if (e != statement_yield_) current_->resumable_yields = false;
        statement_yield_ = nullptr;  // a yield inside its value is not at the statement
    }

    static const char* comprehension_word(const std::string& name) {
        if (name == "<listcomp>") return "list comprehension";
        if (name == "<setcomp>") return "set comprehension";
        if (name == "<dictcomp>") return "dict comprehension";
        return "generator expression";
    }

    void expr(const ast::Expr* e) {
        DepthGuard guard(*this);
        if (!check_depth(guard, e->pos)) return;
        using K = ast::ExprKind;
        switch (e->kind) {
            case K::BoolOp:
                exprs(ast::as<ast::BoolOp>(e)->values);
                break;
            case K::NamedExpr: {
                auto* n = ast::as<ast::NamedExpr>(e);
                expr(n->value);
                auto* target = ast::as<ast::Name>(n->target);
                Scope* scope = walrus_scope();
                if (scope != current_) {
                    if (scope->kind == ScopeKind::Class) {
                        fail("assignment expression within a comprehension cannot be used in a class body", e->pos);
                        break;
                    }
                    // Bound in the enclosing scope; the comprehensions in
                    // between see it as that scope's variable.
                    note(scope, target->id).bound = true;
                    for (Scope* c = current_; c != scope; c = c->parent) {
                        Symbol& inner = note(c, target->id);
                        inner.used = true;
                        if (scope->kind == ScopeKind::Module) inner.declared_global = true;
                        else inner.declared_nonlocal = true;
                    }
                } else {
                    bind(target->id, target->pos);
                    note(current_, target->id).walrus_target = true;
                }
                break;
            }
            case K::BinOp: {
                auto* b = ast::as<ast::BinOp>(e);
                expr(b->left);
                expr(b->right);
                break;
            }
            case K::UnaryOp:
                expr(ast::as<ast::UnaryOp>(e)->operand);
                break;
            case K::Lambda: {
                auto* l = ast::as<ast::Lambda>(e);
                arguments(l->args);
                Scope* outer = current_;
                current_ = open(ScopeKind::Lambda, "<lambda>", l);
                parameters(l->args);
                expr(l->body);
                current_ = outer;
                break;
            }
            case K::IfExp: {
                auto* i = ast::as<ast::IfExp>(e);
                expr(i->test);
                expr(i->body);
                expr(i->orelse);
                break;
            }
            case K::Dict: {
                auto* d = ast::as<ast::Dict>(e);
                for (std::size_t i = 0; i < d->values.size(); ++i) {
                    if (d->keys[i]) expr(d->keys[i]);
                    expr(d->values[i]);
                }
                break;
            }
            case K::Set:
                exprs(ast::as<ast::Set>(e)->elts);
                break;
            case K::ListComp: {
                auto* c = ast::as<ast::ListComp>(e);
                comprehension(e, "<listcomp>", c->generators, c->elt, nullptr, false);
                break;
            }
            case K::SetComp: {
                auto* c = ast::as<ast::SetComp>(e);
                comprehension(e, "<setcomp>", c->generators, c->elt, nullptr, false);
                break;
            }
            case K::DictComp: {
                auto* c = ast::as<ast::DictComp>(e);
                comprehension(e, "<dictcomp>", c->generators, c->key, c->value, false);
                break;
            }
            case K::GeneratorExp: {
                auto* c = ast::as<ast::GeneratorExp>(e);
                comprehension(e, "<genexpr>", c->generators, c->elt, nullptr, true);
                break;
            }
            case K::Yield:
                yield_here(e);
                if (auto* y = ast::as<ast::Yield>(e); y->value) expr(y->value);
                break;
            case K::YieldFrom:
                yield_here(e);
                expr(ast::as<ast::YieldFrom>(e)->value);
                break;
            case K::Compare: {
                auto* c = ast::as<ast::Compare>(e);
                expr(c->left);
                exprs(c->comparators);
                break;
            }
            case K::Call: {
                auto* c = ast::as<ast::Call>(e);
                expr(c->func);
                exprs(c->args);
                for (const ast::Keyword* k : c->keywords) expr(k->value);
                break;
            }
            case K::FormattedValue: {
                auto* f = ast::as<ast::FormattedValue>(e);
                expr(f->value);
                if (f->format_spec) expr(f->format_spec);
                break;
            }
            case K::JoinedStr:
                exprs(ast::as<ast::JoinedStr>(e)->values);
                break;
            case K::Constant:
                break;
            case K::Attribute:
                expr(ast::as<ast::Attribute>(e)->value);
                break;
            case K::Subscript: {
                auto* s = ast::as<ast::Subscript>(e);
                expr(s->value);
                expr(s->slice);
                break;
            }
            case K::Starred:
                expr(ast::as<ast::Starred>(e)->value);
                break;
            case K::Name: {
                auto* n = ast::as<ast::Name>(e);
                if (n->ctx == ast::Context::Load) use(n->id);
                else bind(n->id, n->pos);
                break;
            }
            case K::List:
                exprs(ast::as<ast::List>(e)->elts);
                break;
            case K::Tuple:
                exprs(ast::as<ast::Tuple>(e)->elts);
                break;
            case K::Slice: {
                auto* s = ast::as<ast::Slice>(e);
                if (s->lower) expr(s->lower);
                if (s->upper) expr(s->upper);
                if (s->step) expr(s->step);
                break;
            }
        }
    }
};

namespace {

// Phase 2 (CPython's analyze_block): resolve every name, then turn locals
// that children capture into cells and pass other children's free variables
// through as free variables of this scope.
class Resolver {
public:
    std::optional<ScopeError> error;

    // `bound`: names bound in enclosing function scopes (visible as free
    // variables). Returns the free variables this scope needs from outside.
    std::set<std::string> analyze(Scope* scope, const std::set<std::string>& bound) {
        std::set<std::string> free;
        std::set<std::string> local;
        for (const std::string& id : scope->order) {
            Symbol& s = scope->symbols[id];
            resolve(scope, id, s, bound, free);
            if (s.kind == NameKind::Local) local.insert(id);
        }

        std::set<std::string> child_bound = bound;
        if (scope->is_function_like()) {
            child_bound.insert(local.begin(), local.end());
            for (auto& [id, s] : scope->symbols)
                if (s.kind == NameKind::Free) child_bound.insert(id);
        } else if (scope->kind == ScopeKind::Class) {
            child_bound.insert("__class__");  // methods can reach the implicit class cell
        } else {
            child_bound.clear();
        }

        std::set<std::string> children_free;
        for (auto& child : scope->children) {
            std::set<std::string> f = analyze(child.get(), child_bound);
            children_free.insert(f.begin(), f.end());
        }

        for (const std::string& id : children_free) {
            Symbol* s = scope->find(id);
            if (scope->is_function_like() && s && s->kind == NameKind::Local) {
                s->kind = NameKind::Cell;
                continue;
            }
            if (scope->kind == ScopeKind::Class && id == "__class__") {
                scope->needs_class_cell = true;
                continue;
            }
            if (scope->is_function_like() && s && s->kind == NameKind::Free) continue;
            if (scope->kind == ScopeKind::Module) continue;
            // Passed through to a child: this scope carries the cell too.
            if (!s) {
                Symbol pass;
                pass.kind = NameKind::Free;
                scope->symbols[id] = pass;
                scope->order.push_back(id);
            } else if (scope->kind == ScopeKind::Class) {
                class_free_.insert({scope, id});
            } else if (s->kind == NameKind::GlobalImplicit) {
                s->kind = NameKind::Free;
            }
            free.insert(id);
        }
        layout(scope);
        return free;
    }

private:
    std::set<std::pair<Scope*, std::string>> class_free_;

    void fail(const std::string& message, const ast::Position& pos) {
        if (!error) error = ScopeError{message, pos};
    }

    void resolve(Scope* scope, const std::string& id, Symbol& s, const std::set<std::string>& bound,
                 std::set<std::string>& free) {
        if (s.declared_global) {
            s.kind = NameKind::GlobalExplicit;
            return;
        }
        if (s.declared_nonlocal) {
            if (!bound.count(id)) {
                // CPython's error_at_directive: reported at the nonlocal statement.
                fail("no binding for nonlocal '" + id + "' found", s.directive);
                return;
            }
            s.kind = NameKind::Free;
            free.insert(id);
            return;
        }
        switch (scope->kind) {
            case ScopeKind::Module:
                s.kind = NameKind::Name;
                return;
            case ScopeKind::Class:
                if (!s.bound && bound.count(id) && id != "__class__") {
                    s.kind = NameKind::Free;  // read from an enclosing function (LOAD_CLASSDEREF)
                    free.insert(id);
                } else {
                    s.kind = NameKind::Name;
                }
                return;
            default:
                if (s.bound) {
                    s.kind = NameKind::Local;
                } else if (bound.count(id)) {
                    s.kind = NameKind::Free;
                    free.insert(id);
                } else {
                    s.kind = NameKind::GlobalImplicit;
                }
                return;
        }
    }

    // Slots: parameters, other locals, cells that are not parameters, free
    // variables. A parameter that is captured keeps its parameter slot and
    // holds a cell once the call has bound it. A class scope has only cells
    // (its own `__class__`) and free variables in slots; its names live in
    // the namespace dict.
    void layout(Scope* scope) {
        for (const std::string& p : scope->params) scope->varnames.push_back(p);
        for (const std::string& id : scope->order) {
            Symbol& s = scope->symbols[id];
            if (s.parameter) continue;
            if (s.kind == NameKind::Local && scope->is_function_like()) scope->varnames.push_back(id);
            else if (s.kind == NameKind::Cell) scope->cellvars.push_back(id);
            else if (s.kind == NameKind::Free) scope->freevars.push_back(id);
        }
        for (const auto& [cls, id] : class_free_)
            if (cls == scope) scope->freevars.push_back(id);
        // CPython sorts cell and free variables by name (co_cellvars after
        // the captured parameters, co_freevars, and so __closure__).
        std::sort(scope->cellvars.begin(), scope->cellvars.end());
        std::sort(scope->freevars.begin(), scope->freevars.end());
        if (scope->needs_class_cell) scope->cellvars.push_back("__class__");  // last: CodeObject::class_cell
        int slot = 0;
        for (const std::string& id : scope->varnames) scope->symbols[id].slot = slot++;
        for (const std::string& id : scope->cellvars) {
            if (Symbol* s = scope->find(id); s && s->kind == NameKind::Cell) s->slot = slot;
            ++slot;
        }
        for (const std::string& id : scope->freevars) {
            if (Symbol* s = scope->find(id); s && s->kind == NameKind::Free) s->slot = slot;
            ++slot;
        }
    }
};

}  // namespace

std::string mangle(const Scope* scope, const std::string& id) {
    if (id.size() < 2 || id[0] != '_' || id[1] != '_') return id;
    if (id.compare(id.size() - 2, 2, "__") == 0) return id;  // __dunder__ (and "__" itself)
    if (id.find('.') != std::string::npos) return id;
    while (scope && scope->kind != ScopeKind::Class) scope = scope->parent;
    if (!scope) return id;
    std::size_t start = scope->name.find_first_not_of('_');
    if (start == std::string::npos) return id;  // a class named only with underscores
    return "_" + scope->name.substr(start) + id;
}

SymbolTableResult build_symbol_table(const ast::Module& module, bool interactive) {
    (void)interactive;
    SymbolTableResult result;
    result.table = std::make_unique<SymbolTable>();
    ScopeBuilder builder(*result.table);
    builder.build(module);
    if (builder.error) {
        result.error = make_syntax_error(module, builder.error->message, builder.error->pos);
        result.error->type = builder.error->type;
        result.table.reset();
        return result;
    }
    Resolver resolver;
    resolver.analyze(result.table->root(), {});
    if (resolver.error) {
        result.error = make_syntax_error(module, resolver.error->message, resolver.error->pos);
        result.table.reset();
    }
    return result;
}

}  // namespace minipy::interp
