// Internal to the stack-depth pass: the StackDepth walker, whose members
// stack_depth.cpp (folding, statements, scopes) and stack_depth_expr.cpp
// (expressions, calls, functions, comprehensions, targets) define.
#pragma once

#include "compiler/constants.hpp"
#include "compiler/scope.hpp"
#include "compiler/stack_depth.hpp"
#include "grammar/ast.hpp"
#include "runtime/core/object.hpp"

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <vector>

namespace minipy::interp::stack_depth {

// compile.c's STACK_USE_GUIDELINE: displays and calls with more items than
// this are built item by item (BUILD_LIST 0, LIST_APPEND...).
constexpr std::size_t kStackUseGuideline = 30;

// compile.c's fblock kinds, as far as unwinding them moves the stack.
enum class BlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, ExceptionHandler, PopValue };

struct Block {
    BlockKind kind;
    const ast::Body* finalbody = nullptr;  // FinallyTry: the finally body it repeats
    bool named = false;                    // HandlerCleanup: `except E as name`
    bool* broken = nullptr;                // loops: set when a reachable break leaves it
};

class StackDepth {
public:
    StackDepth(const SymbolTable& table, bool future_annotations)
        : table_(table), future_annotations_(future_annotations) {}

    int module(const ast::Module& m);
    int function(const ast::FunctionDef* f);
    int lambda(const ast::Lambda* l);
    int class_body(const ast::ClassDef* c);
    int comprehension(const ast::Expr* e);
    int expression(const ast::Expr* e) {
        expr(e);
        return max_;
    }

private:
    const SymbolTable& table_;
    bool future_annotations_;
    ConstantPool pool_;
    std::unordered_map<const ast::Expr*, Ref<>> folded_;

    int depth_ = 0;
    int max_ = 0;
    bool live_ = true;  // the instruction being followed is reachable
    std::vector<Block> blocks_;

    // One instruction's effect on the depth; only reachable ones count.
    void push(int n = 1) {
        depth_ += n;
        if (live_) max_ = std::max(max_, depth_);
    }
    void pop(int n = 1) { depth_ -= n; }
    // An exception handler entered at `depth` (stackdepth() visits it).
    void handler(int depth) {
        if (live_) max_ = std::max(max_, depth);
    }

    Object* constant(const ast::Expr* e);
    Ref<> fold(const ast::Expr* e);
    bool all_constant(const std::vector<ast::Expr*>& elts);

    // Expressions: each leaves one value.
    void expr(const ast::Expr* e);
    void iter_expr(const ast::Expr* e);
    bool percent_format(const ast::BinOp* b);
    struct Branches {
        bool falls;  // may go on to the next instruction
        bool jumps;  // may jump to the target
    };
    Branches jump_if(const ast::Expr* e, bool cond);
    void starunpack(const std::vector<ast::Expr*>& elts, int pushed, bool tuple);
    void dict(const ast::Dict* d);
    void subdict(const ast::Dict* d, std::size_t begin, std::size_t end);
    void call(const ast::Call* c);
    void call_helper(int pushed, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword*>& keywords);
    void subkwargs(const std::vector<ast::Keyword*>& keywords, std::size_t begin, std::size_t end);
    void make_function(const ast::Node* node, const ast::Arguments* args, const ast::Expr* returns);
    void annotation(const ast::Expr* e);
    void make_closure(const ast::Node* node, int extras);
    void comprehension_call(const ast::Expr* e, const std::vector<ast::Comprehension>& gens);
    void comprehension_generator(const std::vector<ast::Comprehension>& gens, std::size_t index, const ast::Expr* elt,
                                 const ast::Expr* value);
    bool target_operands(const ast::Expr* e);
    void store(const ast::Expr* e);
    void del(const ast::Expr* e);

    // Statements: each leaves the depth as it found it.
    void body(const ast::Body& b);
    void stmt(const ast::Stmt* s);
    void function_def(const ast::FunctionDef* f);
    void class_def(const ast::ClassDef* c);
    void assign(const ast::Assign* a);
    void aug_assign(const ast::AugAssign* a);
    void ann_assign(const ast::AnnAssign* a);
    void for_stmt(const ast::For* f);
    void while_stmt(const ast::While* w);
    void if_stmt(const ast::If* i);
    void with_stmt(const ast::With* w, std::size_t item);
    void try_stmt(const ast::Try* t);
    void try_except(const ast::Try* t);
    void return_stmt(const ast::Return* r);
    void loop_exit(bool is_break);
    bool unwind_blocks(bool preserve_tos, bool to_loop);
    void unwind(const Block& b, bool preserve_tos);
    void import_stmt(const ast::Import* i);
    void import_from(const ast::ImportFrom* i);

    // The end of a body that may fall off its end: LOAD_CONST None; RETURN_VALUE.
    void implicit_return() {
        push();
        pop();
    }
    bool in_module_or_class_ = false;
};

}  // namespace minipy::interp::stack_depth
