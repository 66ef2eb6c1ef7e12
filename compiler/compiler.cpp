// The compile pass: walks the syntax tree once with the resolved scopes and
// builds the executable tree and one code object per scope.
#include "compiler/compiler.hpp"

#include "compiler/compiler_impl.hpp"
#include "compiler/constants.hpp"
#include "compiler/scope.hpp"
#include "compiler/syntax_error.hpp"
#include "compiler/unparse.hpp"
#include "interpreter/future.hpp"
#include "interpreter/nodes.hpp"
#include "interpreter/resumable.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
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

void write_warning(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stderr); }

}  // namespace

Ref<CodeObject> Compiler::compile() {
    scope_ = table_.root();
    arena_ = arena_for(scope_);
    std::vector<StmtNode*> stmts;
    ast::Position start{1, 0, 1, 0};
    if (mode_ == CompileMode::Eval) {
        auto* e = ast::as<ast::ExprStmt>(module_.body.empty() ? nullptr : module_.body.front());
        if (!e) return fail_code("expected an expression", start);
        stmts.push_back(make<ReturnStmt>(e->pos, expr(e->value)));
    } else {
        scan_future(module_.body);
        if (contains_annotations(module_.body)) stmts.push_back(make<SetupAnnotationsStmt>(start));
        if (Ref<> doc = docstring(module_.body)) stmts.push_back(store_docstring(std::move(doc), module_.body.front()->pos));
        for (const ast::Stmt* s : module_.body) stmts.push_back(stmt(s));
    }
    if (error) return nullptr;
    Block* body = make<Block>(start, std::move(stmts));
    return make_code(scope_, body, nullptr, 1, CodeKind::Module);
}

// A hidden slot for a loop iterator in a generator's frame (-1 elsewhere,
// where the iterator can stay on the C++ stack: no frame is suspended).
int Compiler::iterator_slot() {
    if (!scope_->is_generator) return -1;
    return scope_->slot_count() + temps_[scope_]++;
}

NodeArena* Compiler::arena_for(const Scope* scope) {
    std::unique_ptr<NodeArena>& arena = arenas_[scope];
    if (!arena) arena = std::make_unique<NodeArena>();
    return arena.get();
}

void Compiler::fail(const std::string& message, const ast::Position& pos) {
    if (!error) error = CompileError{message, pos};
}

std::nullptr_t Compiler::fail_code(const std::string& message, const ast::Position& pos) {
    fail(message, pos);
    return nullptr;
}

ExprNode* Compiler::fail_expr(const std::string& message, const ast::Position& pos) {
    fail(message, pos);
    return constant_node(none(), pos);
}

// ---------------------------------------------------- syntax warnings
//
// CPython's compiler_warn: code that is valid but almost certainly a
// mistake (`x is 5`, `(a, b)(c)`, `assert (x, "msg")`) gets a
// SyntaxWarning on sys.stderr, formatted as the warnings module does:
// `file:line: SyntaxWarning: message`, then the stripped source line
// when the file can be read back ("<string>" and "<stdin>" cannot).
// Checks run on compiled (so folded) operands: `x is -1` warns too.

void Compiler::warn(const std::string& message, const ast::Position& pos) {
    if (error) return;  // CPython stops at the first error
    std::string text = module_.filename + ":" + std::to_string(pos.line) + ": SyntaxWarning: " + message + "\n";
    std::string line;
    if (!module_.filename.empty() && module_.filename.front() != '<' && source_line(pos.line, line))
        text += "  " + line + "\n";
    write_warning(text);
}

// Line `lineno` of the source, without surrounding whitespace.
bool Compiler::source_line(int lineno, std::string& out) const {
    std::size_t start = 0;
    for (int i = 1; i < lineno; ++i) {
        start = module_.source.find('\n', start);
        if (start == std::string::npos) return false;
        ++start;
    }
    std::size_t end = module_.source.find('\n', start);
    std::string line = module_.source.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const char* space = " \t\f\r\v";
    std::size_t first = line.find_first_not_of(space);
    if (first == std::string::npos) return false;
    out = line.substr(first, line.find_last_not_of(space) - first + 1);
    return true;
}

// The type CPython's infer_type gives an expression: a constant's own
// type, or what a display, comprehension, lambda or f-string makes;
// empty when it cannot tell.
std::string Compiler::inferred_type(const ast::Expr* e, const ExprNode* node) {
    if (auto* c = dynamic_cast<const ConstantNode*>(node)) return std::string(type_name(c->value()));
    using K = ast::ExprKind;
    switch (e->kind) {
        case K::Tuple: return "tuple";
        case K::List:
        case K::ListComp: return "list";
        case K::Dict:
        case K::DictComp: return "dict";
        case K::Set:
        case K::SetComp: return "set";
        case K::GeneratorExp: return "generator";
        case K::Lambda: return "function";
        case K::JoinedStr:
        case K::FormattedValue: return "str";
        default: return "";
    }
}

// check_is_arg: None, True, False and ... may be compared by identity.
bool Compiler::is_arg_ok(const ExprNode* node) {
    auto* c = dynamic_cast<const ConstantNode*>(node);
    if (!c) return true;
    Object* v = c->value();
    return v == None || v == True || v == False || v == Ellipsis;
}

void Compiler::check_compare(const ExprNode* left, const std::vector<CompareKind>& ops,
                             const std::vector<ExprNode*>& comparators, const ast::Position& pos) {
    bool left_ok = is_arg_ok(left);
    for (std::size_t i = 0; i < ops.size(); ++i) {
        bool right_ok = is_arg_ok(comparators[i]);
        if ((ops[i] == CompareKind::Is || ops[i] == CompareKind::IsNot) && (!left_ok || !right_ok)) {
            warn(ops[i] == CompareKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                           : "\"is not\" with a literal. Did you mean \"!=\"?",
                 pos);
            return;
        }
        left_ok = right_ok;
    }
}

void Compiler::check_caller(const ast::Expr* func, const ExprNode* node, const ast::Position& pos) {
    using K = ast::ExprKind;
    bool literal = dynamic_cast<const ConstantNode*>(node) != nullptr;
    switch (func->kind) {
        case K::Tuple: case K::List: case K::ListComp: case K::Dict: case K::DictComp: case K::Set:
        case K::SetComp: case K::GeneratorExp: case K::JoinedStr: case K::FormattedValue:
            literal = true;
            break;
        default:
            break;
    }
    if (literal) warn("'" + inferred_type(func, node) + "' object is not callable; perhaps you missed a comma?", pos);
}

void Compiler::check_subscript(const ast::Subscript* s, const ExprNode* value, const ExprNode* index) {
    using K = ast::ExprKind;
    std::string value_type = inferred_type(s->value, value);
    auto* constant = dynamic_cast<const ConstantNode*>(value);
    // check_subscripter: values that are never subscriptable.
    bool not_subscriptable = s->value->kind == K::Set || s->value->kind == K::SetComp ||
                             s->value->kind == K::GeneratorExp || s->value->kind == K::Lambda;
    if (constant) {
        Object* v = constant->value();
        not_subscriptable = v == None || v == Ellipsis || is_int(v) || v->type == &FloatType || is_anyset(v);
    }
    if (not_subscriptable) warn("'" + value_type + "' object is not subscriptable; perhaps you missed a comma?", s->pos);
    // check_index: sequences indexed by something that is not an int or slice.
    std::string index_type = inferred_type(s->slice, index);
    auto* index_constant = dynamic_cast<const ConstantNode*>(index);
    if (index_type.empty() || (index_constant && is_int(index_constant->value()))) return;
    bool sequence = s->value->kind == K::Tuple || s->value->kind == K::List || s->value->kind == K::ListComp ||
                    s->value->kind == K::JoinedStr || s->value->kind == K::FormattedValue;
    if (constant) {
        Object* v = constant->value();
        sequence = is_str(v) || v->type == &BytesType || is_tuple(v);
    }
    if (sequence)
        warn(value_type + " indices must be integers or slices, not " + index_type + "; perhaps you missed a comma?",
             s->pos);
}

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
            ast::Position at{s->pos.line, s->pos.col, s->pos.line, s->pos.col};  // one caret
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

// ----------------------------------------------------------- constants
//
// How each scope counts its constants: see ScopeConstants in compiler_impl.hpp.

ExprNode* Compiler::constant_node(Ref<> value, const ast::Position& pos) {
    Object* raw = value.get();
    ScopeConstants& c = consts_[scope_];
    auto [it, inserted] = c.index.try_emplace(raw, c.values.size());
    if (inserted) c.values.emplace_back(std::move(value), 0);
    ++c.values[it->second].second;
    return make<ConstantNode>(pos, raw);
}

void Compiler::discard_constant(const ExprNode* node) {
    auto* c = dynamic_cast<const ConstantNode*>(node);
    if (!c) return;
    ScopeConstants& sc = consts_[scope_];
    if (auto it = sc.index.find(c->value()); it != sc.index.end()) --sc.values[it->second].second;
}

std::vector<Object*>* Compiler::take_constants(const Scope* scope) {
    auto* out = new std::vector<Object*>();
    for (auto& [value, uses] : consts_[scope].values)
        if (uses > 0) out->push_back(share(value.get()).release());
    consts_.erase(scope);
    return out;
}

// ------------------------------------------------------- code objects

Ref<CodeObject> Compiler::make_code(Scope* scope, StmtNode* body, const ast::Arguments* args, int first_line,
                                    CodeKind kind) {
    auto code = new_object<CodeObject>(&CodeType);
    code->name = share(name(scope->kind == ScopeKind::Module ? "<module>" : scope->name)).release();
    code->qualname = share(name(scope->kind == ScopeKind::Module ? "<module>" : scope->qualname)).release();
    code->filename = str_from(module_.filename).release();
    code->first_line = first_line;
    code->kind = kind;
    code->is_generator = scope->is_generator;
    code->stackless = scope->is_generator && scope->resumable_yields;
    code->resume_points = resume_points_[scope];
    resume_points_.erase(scope);
    if (args) {
        code->posonly_count = static_cast<int>(args->posonlyargs.size());
        code->argcount = code->posonly_count + static_cast<int>(args->args.size());
        code->kwonly_count = static_cast<int>(args->kwonlyargs.size());
        code->has_varargs = args->vararg != nullptr;
        code->has_varkw = args->kwarg != nullptr;
    } else if (scope->kind == ScopeKind::Comprehension) {
        code->argcount = 1;  // the iterator, ".0"
    }
    code->nlocals = static_cast<int>(scope->varnames.size());
    code->first_cell = code->nlocals;
    code->first_free = code->first_cell + static_cast<int>(scope->cellvars.size());
    code->first_temp = scope->slot_count();
    code->nslots = code->first_temp + temps_[scope];
    temps_.erase(scope);
    std::vector<Object*> names;
    for (const auto* list : {&scope->varnames, &scope->cellvars, &scope->freevars})
        for (const std::string& id : *list) names.push_back(name(id));
    code->varnames = tuple_from_array(names.data(), static_cast<std::int64_t>(names.size())).release();
    code->cell_params = new std::vector<int>();
    for (const std::string& p : scope->params) {
        const Symbol* s = scope->find(p);
        if (s && s->kind == NameKind::Cell) code->cell_params->push_back(s->slot);
    }
    if (scope->needs_class_cell) code->class_cell = code->first_free - 1;
    code->consts = take_constants(scope);
    code->body = body;
    code->nodes = arenas_[scope].release();
    arenas_.erase(scope);
    return code;
}

// A body's docstring: its first statement, when that is a string literal.
Ref<> Compiler::docstring(const ast::Body& body) {
    if (body.empty()) return nullptr;
    auto* e = ast::as<ast::ExprStmt>(body.front());
    auto* c = e ? ast::as<ast::Constant>(e->value) : nullptr;
    if (!c || c->value_kind != ast::ConstantKind::Str) return nullptr;
    return constants_.literal(*c);
}

StmtNode* Compiler::store_docstring(Ref<> doc, const ast::Position& pos) {
    return make<AssignStmt>(pos, std::vector<TargetNode*>{store_name("__doc__", pos)},
                            constant_node(std::move(doc), pos));
}

// The function object for a def, lambda, comprehension or class body.
MakeFunctionNode* Compiler::function(const ast::Node* node, const ast::Arguments* args, StmtNode* body, int first_line,
                                     const ast::Position& pos, Object* doc, CodeKind kind) {
    Scope* child = table_.scope_of(node);
    if (args) {
        // A parameter named __debug__ is an assignment to it: the whole def is reported.
        std::vector<const ast::Arg*> params(args->posonlyargs.begin(), args->posonlyargs.end());
        params.insert(params.end(), args->args.begin(), args->args.end());
        params.insert(params.end(), args->kwonlyargs.begin(), args->kwonlyargs.end());
        params.push_back(args->vararg);
        params.push_back(args->kwarg);
        for (const ast::Arg* a : params)
            if (a && a->name == "__debug__") fail("cannot assign to __debug__", pos);
    }
    Ref<CodeObject> code = make_code(child, body, args, first_line, kind);
    std::vector<ExprNode*> defaults;
    std::vector<std::pair<Str*, ExprNode*>> kwdefaults;
    std::vector<std::pair<Str*, ExprNode*>> annotations;
    if (args) {
        for (const ast::Expr* d : args->defaults) defaults.push_back(expr(d));
        for (std::size_t i = 0; i < args->kwonlyargs.size(); ++i)
            if (args->kw_defaults[i])
                kwdefaults.emplace_back(private_name(args->kwonlyargs[i]->name), expr(args->kw_defaults[i]));
        auto annotate = [&](const ast::Arg* a) {
            if (a && a->annotation) annotations.emplace_back(private_name(a->name), annotation(a->annotation));
        };
        for (const ast::Arg* a : args->posonlyargs) annotate(a);
        for (const ast::Arg* a : args->args) annotate(a);
        annotate(args->vararg);
        for (const ast::Arg* a : args->kwonlyargs) annotate(a);
        annotate(args->kwarg);
        if (auto* def = dynamic_cast<const ast::FunctionDef*>(node); def && def->returns)
            annotations.emplace_back(name("return"), annotation(def->returns));
    }
    std::vector<int> closure;
    for (const std::string& id : child->freevars) closure.push_back(scope_->closure_slot(id));
    return make<MakeFunctionNode>(pos, std::move(code), std::move(defaults), std::move(kwdefaults),
                                  std::move(closure), std::move(annotations), doc);
}

// ------------------------------------------------------------ names

ExprNode* Compiler::load_name(const std::string& raw_id, const ast::Position& pos) {
    const std::string id = mangle(scope_, raw_id);
    const Symbol* s = scope_->find(id);
    NameKind kind = s ? s->kind : (scope_->is_function_like() ? NameKind::GlobalImplicit : NameKind::Name);
    switch (kind) {
        case NameKind::Local:
            return make<LocalNode>(pos, s->slot, name(id), !s->walrus_target);
        case NameKind::Cell:
            return make<CellNode>(pos, s->slot, name(id), false);
        case NameKind::Free:
            if (scope_->kind == ScopeKind::Class) return make<ClassDerefNode>(pos, name(id), s->slot);
            return make<CellNode>(pos, s->slot, name(id), true);
        case NameKind::GlobalExplicit:
        case NameKind::GlobalImplicit:
            return make<GlobalNode>(pos, name(id));
        case NameKind::Name:
            return make<NameNode>(pos, name(id));
    }
    return nullptr;
}

TargetNode* Compiler::store_name(const std::string& raw_id, const ast::Position& pos) {
    if (raw_id == "__debug__") fail("cannot assign to __debug__", pos);  // a constant (forbidden_name)
    const std::string id = mangle(scope_, raw_id);
    const Symbol* s = scope_->find(id);
    NameKind kind = s ? s->kind : NameKind::Name;
    switch (kind) {
        case NameKind::Local:
            return make<LocalTarget>(pos, s->slot, name(id));
        case NameKind::Cell:
            return make<CellTarget>(pos, s->slot, name(id), false);
        case NameKind::Free:
            return make<CellTarget>(pos, s->slot, name(id), true);
        case NameKind::GlobalExplicit:
        case NameKind::GlobalImplicit:
            if (scope_->kind == ScopeKind::Module && kind == NameKind::GlobalImplicit)
                return make<NameTarget>(pos, name(id));
            return make<GlobalTarget>(pos, name(id));
        case NameKind::Name:
            return make<NameTarget>(pos, name(id));
    }
    return nullptr;
}

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

Ref<> Compiler::constant_value(const ExprNode* node) {
    if (auto* c = dynamic_cast<const ConstantNode*>(node)) return share(c->value());
    return nullptr;
}

ExprNode* Compiler::constant(Ref<> value, const ast::Position& pos) {
    return constant_node(constants_.merge(std::move(value)), pos);
}

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

// (1, 2, 3) of constants is itself a constant.
ExprNode* Compiler::tuple_display(const ast::Tuple* t) {
    std::vector<DisplayItem> items = display_items(t->elts);
    bool all_constant = true;
    std::vector<Ref<>> values;
    for (const DisplayItem& item : items) {
        Ref<> v = item.starred ? nullptr : constant_value(item.value);
        if (!v) {
            all_constant = false;
            break;
        }
        values.push_back(std::move(v));
    }
    if (all_constant) {
        for (const DisplayItem& item : items) discard_constant(item.value);
        Ref<Tuple> tuple = tuple_alloc(static_cast<std::int64_t>(values.size()));
        for (std::size_t i = 0; i < values.size(); ++i)
            tuple_init_item(tuple.get(), static_cast<std::int64_t>(i), std::move(values[i]));
        return constant(std::move(tuple), t->pos);
    }
    return make<DisplayNode>(t->pos, DisplayKind::Tuple, std::move(items));
}

// {1, 2, 3}: with more than two items, all constant, CPython compiles a
// frozenset constant merged into a new set (BUILD_SET, SET_UPDATE), which
// decides the iteration order; we do the same.
ExprNode* Compiler::set_display(const ast::Set* s) {
    std::vector<DisplayItem> items = display_items(s->elts);
    bool all_constant = items.size() > 2 && std::all_of(items.begin(), items.end(), [&](const DisplayItem& i) {
                            return !i.starred && constant_value(i.value);
                        });
    if (all_constant) {
        Ref<Set> frozen = set_new(&FrozenSetType);
        for (const DisplayItem& item : items) {
            if (set_add(frozen.get(), constant_value(item.value).get()) < 0) {
                clear_error();  // an unhashable constant fails at run time instead
                all_constant = false;
                break;
            }
        }
        if (all_constant) {
            for (const DisplayItem& item : items) discard_constant(item.value);
            // CPython's merge_consts_recursive then rebuilds the frozenset
            // from its own iteration order, which moves some items again.
            Ref<Set> rebuilt = set_new(&FrozenSetType);
            Object* key;
            for (std::int64_t pos = 0; set_next(frozen.get(), pos, &key);) set_add(rebuilt.get(), key);
            ExprNode* merged = constant(Ref<>(std::move(rebuilt)), s->pos);
            return make<DisplayNode>(s->pos, DisplayKind::Set, std::vector<DisplayItem>{{merged, true}});
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
    if (auto* attr = ast::as<ast::Attribute>(c->func))
        return make<MethodCallNode>(c->pos, attr->pos, expr(attr->value), private_name(attr->attr), std::move(args),
                                    std::move(kwnames));
    ExprNode* func = expr(c->func);
    check_caller(c->func, func, c->pos);
    return make<CallNode>(c->pos, func, std::move(args), std::move(kwnames));
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
            return make<AttributeNode>(e->pos, expr(a->value), private_name(a->attr));
        }
        case K::Subscript: {
            auto* s = ast::as<ast::Subscript>(e);
            ExprNode* value = expr(s->value);
            ExprNode* index = expr(s->slice);
            check_subscript(s, value, index);
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
            return make<BinaryNode>(e->pos, to_runtime_op(b->op), left, right);
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
                // `x in [1, 2]` tests against a constant tuple (CPython's fold_iter).
                auto* list = ast::as<ast::List>(right);
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
            return make<DisplayNode>(e->pos, DisplayKind::List, display_items(ast::as<ast::List>(e)->elts));
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

// -------------------------------------------------------- statements

StmtNode* Compiler::block(const ast::Body& body, const ast::Position& pos) {
    std::vector<StmtNode*> stmts;
    stmts.reserve(body.size());
    for (const ast::Stmt* s : body) stmts.push_back(stmt(s));
    if (stmts.size() == 1) return stmts.front();
    if (stackless()) return make<ResumableBlock>(pos, std::move(stmts), resume_point());
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

StmtNode* Compiler::aug_assign(const ast::AugAssign* a) {
    BinaryOp op = to_runtime_op(a->op);
    ExprNode* value = expr(a->value);
    if (auto* n = ast::as<ast::Name>(a->target)) {
        ExprNode* load = load_name(n->id, n->pos);
        auto* local = dynamic_cast<LocalNode*>(load);
        return make<AugAssignStmt>(a->pos, op, load, store_name(n->id, n->pos), value, a->pos,
                                   local ? local->slot() : -1);
    }
    if (auto* at = ast::as<ast::Attribute>(a->target))
        return make<AugAttributeStmt>(a->pos, op, expr(at->value), private_name(at->attr), value, at->pos);
    if (auto* s = ast::as<ast::Subscript>(a->target))
        return make<AugSubscriptStmt>(a->pos, op, expr(s->value), expr(s->slice), value, s->pos);
    fail("'" + std::string("expression") + "' is an illegal expression for augmented assignment", a->target->pos);
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
            auto* y = stackless() ? ast::as<ast::Yield>(a->value) : nullptr;
            ExprNode* value = y ? (y->value ? expr(y->value) : nullptr) : expr(a->value);
            std::vector<TargetNode*> targets;
            for (const ast::Expr* t : a->targets) targets.push_back(target(t));
            if (y) return make<YieldStmt>(s->pos, y->pos, value, std::move(targets));
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
            StmtNode* body = loop_body(f->body, s->pos);
            StmtNode* orelse = optional_block(f->orelse, s->pos);
            if (stackless()) return make<ResumableFor>(s->pos, t, iter, body, orelse, iterator_slot(), resume_point());
            return make<ForStmt>(s->pos, t, iter, body, orelse, iterator_slot());
        }
        case K::While: {
            auto* w = ast::as<ast::While>(s);
            ExprNode* test = expr(w->test);
            StmtNode* body = loop_body(w->body, s->pos);
            StmtNode* orelse = optional_block(w->orelse, s->pos);
            if (stackless()) return make<ResumableWhile>(s->pos, test, body, orelse, resume_point());
            return make<WhileStmt>(s->pos, test, body, orelse);
        }
        case K::If: {
            auto* i = ast::as<ast::If>(s);
            ExprNode* test = expr(i->test);
            StmtNode* body = block(i->body, s->pos);
            StmtNode* orelse = optional_block(i->orelse, s->pos);
            if (stackless()) return make<ResumableIf>(s->pos, test, body, orelse, resume_point());
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
            if (mode_ == CompileMode::Interactive && scope_->kind == ScopeKind::Module)
                return make<DisplayStmt>(s->pos, expr(e->value));
            if (auto* y = stackless() ? ast::as<ast::Yield>(e->value) : nullptr)
                return make<YieldStmt>(s->pos, y->pos, y->value ? expr(y->value) : nullptr, std::vector<TargetNode*>{});
            return make<ExprStmt>(s->pos, expr(e->value));
        }
    }
    fail("invalid syntax", s->pos);
    return make<PassStmt>(s->pos);
}

CompileResult compile_module(const ast::Module& module, CompileMode mode) {
    CompileResult result;
    SymbolTableResult symbols = build_symbol_table(module, mode == CompileMode::Interactive);
    if (symbols.error) {
        result.error = symbols.error;
        return result;
    }
    Compiler compiler(module, *symbols.table, mode);
    Ref<CodeObject> code = compiler.compile();
    if (compiler.error) {
        result.error = make_syntax_error(module, compiler.error->message, compiler.error->pos);
        return result;
    }
    result.code = std::move(code);
    result.syntax_refs = compiler.take_syntax_refs();
    return result;
}

CompileResult compile_source(std::string_view source, const std::string& filename, CompileMode mode) {
    grammar::Mode grammar_mode = mode == CompileMode::Eval          ? grammar::Mode::Expression
                                 : mode == CompileMode::Interactive ? grammar::Mode::Interactive
                                                                    : grammar::Mode::File;
    grammar::ParseResult parsed = grammar::parse(source, filename, grammar_mode);
    CompileResult result;
    if (parsed.incomplete) {
        result.incomplete = true;
        return result;
    }
    if (parsed.error) {
        result.error = parsed.error;
        return result;
    }
    return compile_module(*parsed.module, mode);
}

}  // namespace minipy::interp
