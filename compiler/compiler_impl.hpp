// Internal to the compile pass: the Compiler class, whose members compiler.cpp
// (driver, code objects, names, constants, diagnostics), compile_expr.cpp
// (expressions and assignment targets) and compile_stmt.cpp (statements)
// define. Only those three files include it; everyone else calls
// compile_module or compile_source (compiler.hpp).
#pragma once

#include "compiler/compiler.hpp"
#include "compiler/constants.hpp"
#include "compiler/scope.hpp"
#include "interpreter/nodes.hpp"
#include "interpreter/resumable.hpp"
#include "interpreter/stmt_nodes.hpp"
#include "runtime/text/str.hpp"

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace minipy::interp {

struct CompileError {
    std::string message;
    ast::Position pos;
    std::string type = "SyntaxError";
};

// Walks the syntax tree once with the resolved scopes and builds the
// executable tree and one code object per scope. The first error is kept
// in `error`; compiling carries on (building placeholder nodes) so that
// each caller need not check, and compile() then returns null.
class Compiler {
public:
    Compiler(const ast::Module& module, const SymbolTable& table, CompileMode mode)
        : module_(module), table_(table), mode_(mode) {}

    std::optional<CompileError> error;

    std::vector<Ref<>> take_syntax_refs() { return constants_.take_references(); }

    Ref<CodeObject> compile();

private:
    // The members are destroyed in the reverse of this order (consts_
    // first); it is the order they always had.
    const ast::Module& module_;
    const SymbolTable& table_;
    CompileMode mode_;
    // The node arena of each scope being compiled, until its code object
    // takes it; `arena_` is the current scope's.
    std::map<const Scope*, std::unique_ptr<NodeArena>> arenas_;
    NodeArena* arena_ = nullptr;
    // What a generator's frame keeps where CPython has its value stack, as
    // CPython's stack depth is counted: only what is open at once. Loops
    // nested in each other hold their iterators in distinct hidden slots;
    // a loop after another reuses its slot (emptied when the loop ended).
    // A resume point is a statement's place on the path down to a yield;
    // statements side by side are never both on it, so each depth of
    // nesting has one (interpreter/resumable.hpp).
    std::map<const Scope*, int> temps_;          // hidden slots each generator scope needs
    std::map<const Scope*, int> resume_points_;  // resume points each stackless generator needs
    int open_iterators_ = 0;                     // loops of this scope being compiled
    int resume_depth_ = 0;                       // resumable statements being compiled around here
    ConstantPool constants_;
    bool future_annotations_ = false;  // from __future__ import annotations (PEP 563)
    int future_line_ = -1;             // the line of the last future statement
    Scope* scope_ = nullptr;
    int loop_depth_ = 0;
    int expr_depth_ = 0;  // nesting of the expression being compiled
    // co_filename: one str for every code object of the compile, as
    // CPython's; made with the first code object.
    Ref<Str> filename_;

    // Each code object keeps one reference to each distinct constant its
    // body loads (CPython's co_consts); the ConstantNodes borrow it. A
    // constant folded into a bigger one (`999 + 1`, `(1, 2)`) is dropped
    // from the count again, as CPython folds before compiling.
    struct ScopeConstants {
        std::map<Object*, std::size_t> index;
        std::vector<std::pair<Ref<>, int>> values;  // the constant and how many nodes load it
    };
    std::map<const Scope*, ScopeConstants> consts_;
    // The code objects of the functions, classes and comprehensions each
    // scope makes, for its co_consts (CodeObject::nested).
    std::map<const Scope*, std::vector<CodeObject*>> nested_;

    template <class T, class... A>
    T* make(A&&... args) {
        return arena_->make<T>(std::forward<A>(args)...);
    }

    // The scope being compiled is a stackless generator (resumable.hpp):
    // its blocks, ifs, loops and yield statements are the resumable kinds.
    bool stackless() const { return scope_->is_generator && scope_->resumable_yields; }
    // The resume point of a statement whose parts are compiled between
    // open_resume_point() and close_resume_point() (-1 outside stackless
    // bodies).
    int open_resume_point() {
        if (!stackless()) return -1;
        int& most = resume_points_[scope_];
        most = std::max(most, resume_depth_ + 1);
        return resume_depth_++;
    }
    void close_resume_point(int point) {
        if (point >= 0) --resume_depth_;
    }

    static Str* name(const std::string& id) { return intern(id); }

    // Runs `build` (which compiles a body's statements) inside the scope that
    // `node` opens, into that scope's arena, and wraps the statements in a block.
    template <class Fn>
    StmtNode* in_scope(const ast::Node* node, const ast::Position& pos, Fn&& build) {
        Scope* saved = scope_;
        NodeArena* saved_arena = arena_;
        int saved_loops = loop_depth_;
        int saved_iterators = open_iterators_;
        int saved_resume_depth = resume_depth_;
        scope_ = table_.scope_of(node);
        arena_ = arena_for(scope_);
        loop_depth_ = 0;
        open_iterators_ = 0;
        resume_depth_ = 0;
        // A body of one statement needs no point of its own (its
        // ResumableBlock has none); one found longer than its syntax said
        // gets a point no other statement uses.
        auto* def = dynamic_cast<const ast::FunctionDef*>(node);
        int point = def && def->body.size() > 1 ? open_resume_point() : -1;
        std::vector<StmtNode*> stmts = build();
        if (point < 0 && stmts.size() > 1 && stackless()) point = resume_points_[scope_]++;
        StmtNode* body = stackless() ? static_cast<StmtNode*>(make<ResumableBlock>(pos, std::move(stmts), point))
                                     : make<Block>(pos, std::move(stmts));
        scope_ = saved;
        arena_ = saved_arena;
        loop_depth_ = saved_loops;
        open_iterators_ = saved_iterators;
        resume_depth_ = saved_resume_depth;
        return body;
    }

    // A name as this scope's code uses it: mangled inside a class.
    Str* private_name(const std::string& id) const { return name(mangle(scope_, id)); }

    // compiler.cpp: scopes, errors and syntax warnings.
    int iterator_slot();
    void release_iterator_slot(int slot);
    NodeArena* arena_for(const Scope* scope);
    void fail(const std::string& message, const ast::Position& pos);
    std::nullptr_t fail_code(const std::string& message, const ast::Position& pos);
    ExprNode* fail_expr(const std::string& message, const ast::Position& pos);
    void warn(const std::string& message, const ast::Position& pos);
    static std::string inferred_type(const ast::Expr* e, const ExprNode* node);
    static bool is_arg_ok(const ExprNode* node);
    void check_compare(const ExprNode* left, const std::vector<CompareKind>& ops,
                       const std::vector<ExprNode*>& comparators, const ast::Position& pos);
    void check_caller(const ast::Expr* func, const ExprNode* node, const ast::Position& pos);
    void check_subscript(const ast::Subscript* s, const ExprNode* value, const ExprNode* index);

    // compiler.cpp: constants, code objects and names.
    ExprNode* constant_node(Ref<> value, const ast::Position& pos);
    void discard_constant(const ExprNode* node);
    std::vector<Object*>* take_constants(const Scope* scope);
    Ref<> constant_value(const ExprNode* node);
    ExprNode* constant(Ref<> value, const ast::Position& pos);
    int code_stack_size(const Scope* scope) const;
    Ref<CodeObject> make_code(Scope* scope, StmtNode* body, const ast::Arguments* args, int first_line, CodeKind kind);
    Ref<> docstring(const ast::Body& body);
    StmtNode* store_docstring(Ref<> doc, const ast::Position& pos);
    MakeFunctionNode* function(const ast::Node* node, const ast::Arguments* args, StmtNode* body, int first_line,
                               const ast::Position& pos, Object* doc, CodeKind kind);
    ExprNode* load_name(const std::string& raw_id, const ast::Position& pos);
    TargetNode* store_name(const std::string& raw_id, const ast::Position& pos);

    // compile_expr.cpp: expressions and assignment targets.
    TargetNode* target(const ast::Expr* e);
    std::vector<ExprNode*> exprs(const std::vector<ast::Expr*>& list);
    std::vector<DisplayItem> display_items(const std::vector<ast::Expr*>& elts);
    Ref<Tuple> constant_items(const std::vector<DisplayItem>& items);
    void discard_constants(const std::vector<DisplayItem>& items);
    ExprNode* tuple_display(const ast::Tuple* t);
    ExprNode* list_display(const ast::List* l);
    ExprNode* set_display(const ast::Set* s);
    ExprNode* call(const ast::Call* c);
    ExprNode* super_method_call(const ast::Call* c, const ast::Attribute* attr, std::vector<ExprNode*>& args,
                                Ref<Tuple>& kwnames);
    ExprNode* formatted(const ast::Expr* e);
    ExprNode* comprehension(const ast::Expr* e, ComprehensionKind kind, const std::vector<ast::Comprehension>& gens,
                            const ast::Expr* elt, const ast::Expr* value);
    // An expression's node; every kStackCheckInterval-th level of nesting
    // is wrapped in a StackCheckNode (interpreter/nodes.hpp).
    ExprNode* expr(const ast::Expr* e);
    ExprNode* expr_node(const ast::Expr* e);
    static constexpr int kStackCheckInterval = 64;

    // compile_stmt.cpp: statements, future imports and annotations.
    void scan_future(const ast::Body& body);
    ExprNode* annotation(const ast::Expr* e);
    static bool contains_annotations(const ast::Body& body);
    StmtNode* block(const ast::Body& body, const ast::Position& pos);
    StmtNode* optional_block(const ast::Body& body, const ast::Position& pos);
    StmtNode* loop_body(const ast::Body& body, const ast::Position& pos);
    ExprNode* decorate(const std::vector<ast::Expr*>& decorators, ExprNode* inner, const ast::Position& pos);
    StmtNode* function_def(const ast::FunctionDef* f);
    StmtNode* class_def(const ast::ClassDef* c);
    StmtNode* aug_assign(const ast::AugAssign* a);
    StmtNode* parallel_assign(const ast::Assign* a);
    StmtNode* ann_assign(const ast::AnnAssign* a);
    StmtNode* try_stmt(const ast::Try* t);
    StmtNode* import_stmt(const ast::Import* i);
    StmtNode* import_from(const ast::ImportFrom* i);
    StmtNode* stmt(const ast::Stmt* s);
};

}  // namespace minipy::interp
