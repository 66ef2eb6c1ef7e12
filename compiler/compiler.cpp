// The compile pass: walks the syntax tree once with the resolved scopes and
// builds the executable tree and one code object per scope (CPython's
// Python/compile.c). Here: the driver, code objects, names, constants and
// syntax warnings; compile_expr.cpp and compile_stmt.cpp hold the visitors.
#include "compiler/compiler.hpp"

#include "compiler/compiler_impl.hpp"
#include "compiler/constants.hpp"
#include "compiler/scope.hpp"
#include "compiler/stack_depth.hpp"
#include "compiler/syntax_error.hpp"
#include "interpreter/nodes.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/fiber_stack.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace minipy::interp {

namespace {

// Line `lineno` of `source`, without surrounding whitespace; false when it
// is missing or blank.
bool stripped_line(std::string_view source, int lineno, std::string& out) {
    std::size_t start = 0;
    for (int i = 1; i < lineno; ++i) {
        start = source.find('\n', start);
        if (start == std::string_view::npos) return false;
        ++start;
    }
    std::size_t end = source.find('\n', start);
    std::string_view line = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    const char* space = " \t\f\r\v";
    std::size_t first = line.find_first_not_of(space);
    if (first == std::string_view::npos) return false;
    out = std::string(line.substr(first, line.find_last_not_of(space) - first + 1));
    return true;
}

}  // namespace

void write_syntax_warning(const std::string& filename, std::string_view source, int lineno, const std::string& message) {
    std::string text = filename + ":" + std::to_string(lineno) + ": SyntaxWarning: " + message + "\n";
    std::string line;
    if (!filename.empty() && filename.front() != '<' && stripped_line(source, lineno, line)) text += "  " + line + "\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
}

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
// where the iterator can stay on the C++ stack: no frame is suspended),
// held until release_iterator_slot: the loops inside get others.
int Compiler::iterator_slot() {
    if (!scope_->is_generator) return -1;
    int& most = temps_[scope_];
    most = std::max(most, open_iterators_ + 1);
    return scope_->slot_count() + open_iterators_++;
}

void Compiler::release_iterator_slot(int slot) {
    if (slot >= 0) --open_iterators_;
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
    write_syntax_warning(module_.filename, module_.source, pos.line, message);
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
    if (!literal) return;
    const std::string type = inferred_type(func, node);
    warn("'" + type + "' object is not callable; perhaps you missed a comma?", pos);
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

Ref<> Compiler::constant_value(const ExprNode* node) {
    if (auto* c = dynamic_cast<const ConstantNode*>(node)) return share(c->value());
    return nullptr;
}

ExprNode* Compiler::constant(Ref<> value, const ast::Position& pos) {
    return constant_node(constants_.merge(std::move(value)), pos);
}

// ------------------------------------------------------- code objects

Ref<CodeObject> Compiler::make_code(Scope* scope, StmtNode* body, const ast::Arguments* args, int first_line,
                                    CodeKind kind) {
    auto code = new_object<CodeObject>(&CodeType);
    code->name = share(name(scope->kind == ScopeKind::Module ? "<module>" : scope->name)).release();
    code->qualname = share(name(scope->kind == ScopeKind::Module ? "<module>" : scope->qualname)).release();
    if (!filename_) filename_ = str_from(module_.filename);
    code->filename = share(filename_.get()).release();
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
    code->sets_up_cells = code->first_cell != code->first_temp || !code->cell_params->empty();
    code->consts = take_constants(scope);
    code->stacksize = code_stack_size(scope);
    code->nested = new std::vector<CodeObject*>(std::move(nested_[scope]));
    nested_.erase(scope);
    code->body = body;
    code->body_block = dynamic_cast<const Block*>(body);
    code->nodes = arenas_[scope].release();
    arenas_.erase(scope);
    return code;
}

// CPython's co_stacksize for the scope's code (stack_depth.hpp).
int Compiler::code_stack_size(const Scope* scope) const {
    if (scope->kind != ScopeKind::Module) return stack_size(scope->node, table_, future_annotations_);
    if (mode_ != CompileMode::Eval) return module_stack_size(module_, table_, future_annotations_);
    auto* e = ast::as<ast::ExprStmt>(module_.body.front());
    return expression_stack_size(e->value, table_, future_annotations_);
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
    nested_[scope_].push_back(code.get());
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

CompileResult compile_module(const ast::Module& module, CompileMode mode) {
    CompileResult result;
    SymbolTableResult symbols = build_symbol_table(module, is_interactive(mode));
    if (symbols.error) {
        result.error = symbols.error;
        return result;
    }
    Compiler compiler(module, *symbols.table, mode);
    Ref<CodeObject> code = compiler.compile();
    if (compiler.error) {
        result.error = make_syntax_error(module, compiler.error->message, compiler.error->pos);
        result.error->type = compiler.error->type;
        return result;
    }
    result.code = std::move(code);
    result.syntax_refs = compiler.take_syntax_refs();
    return result;
}

namespace {

CompileResult parse_and_compile(std::string_view source, const std::string& filename, CompileMode mode) {
    grammar::Mode grammar_mode = mode == CompileMode::Eval          ? grammar::Mode::Expression
                                 : mode == CompileMode::Interactive ? grammar::Mode::Interactive
                                 : mode == CompileMode::Single      ? grammar::Mode::Single
                                                                    : grammar::Mode::File;
    grammar::ParseResult parsed = grammar::parse(
        source, filename, grammar_mode,
        {.max_int_digits = static_cast<int>(int_get_max_str_digits()), .stack_end = stack_limit});
    CompileResult result;
    if (parsed.incomplete) {
        result.incomplete = true;
        return result;
    }
    // The tokenizer warns as it reads, before the parser can fail.
    for (const grammar::SyntaxWarningInfo& w : parsed.warnings) write_syntax_warning(filename, source, w.line, w.message);
    if (parsed.error) {
        result.error = parsed.error;
        return result;
    }
    return compile_module(*parsed.module, mode);
}

// Parsing and compiling recurse as deeply as the source nests, up to the
// parser's limit of about 6000 levels (grammar/tokens.hpp): 1-4 MB in an
// optimised build, more than a generator's 1 MB stack or the end of a deep
// recursion may have, and several times that with the sanitizers. Only the
// pages a compile touches are committed.
constexpr std::size_t kCompileStack = 64 * 1024 * 1024;

}  // namespace

CompileResult compile_source(std::string_view source, const std::string& filename, CompileMode mode) {
    CompileResult result;
    with_free_stack(kCompileStack, [&] { result = parse_and_compile(source, filename, mode); });
    return result;
}

}  // namespace minipy::interp
