// The statements of a stackless generator's body (CodeObject::stackless).
//
// Such a body runs on the stack of whoever resumes it. A yield statement
// hands its value over and returns Flow::Yield; the statements it passes on
// the way out note in the generator's resume_points where they stood (a
// block the index of the statement, an if its branch, a loop in its else
// clause that it is there; a loop notes that it is in its body once, when it
// starts, and a for loop leaves its iterator in its hidden frame slot). The next resume calls the body's resume() instead of
// its exec(): each statement on the path goes straight to the part it
// noted and resumes that (nothing is evaluated, announced or checked on the
// way down), down to the yield statement, which takes the value sent in (or
// raises what throw() brought); from there each level carries on as its
// exec() would have after that part. Only the statements on a path to a
// yield are ever resumed, and those are all ResumableStmts: blocks, ifs,
// loops and yield (and yield from) statements of a stackless body (a block
// of one statement being that statement).
//
// A generator qualifies when its yields (and `yield from`s) are statements
// of their own inside nothing but if, while and for (scope.cpp decides); a
// yield in any other place needs the C++ frames between it and the body
// kept, so such a generator gets a stack of its own (generator.cpp).
#pragma once

#include "interpreter/nodes.hpp"

#include <vector>

namespace minipy::interp {

// A statement that a resume can go back into: resume() carries on from the
// yield it was left at by the last Flow::Yield, as its resume point says.
class ResumableStmt : public StmtNode {
public:
    using StmtNode::StmtNode;
    virtual Flow resume(Frame& frame) const = 0;
};

class ResumableBlock final : public ResumableStmt {
public:
    ResumableBlock(const ast::Position& pos, std::vector<StmtNode*> stmts, int point)
        : ResumableStmt(pos), stmts_(std::move(stmts)), point_(point) {}
    Flow exec(Frame& frame) const override;
    Flow resume(Frame& frame) const override;

private:
    Flow run_from(Frame& frame, std::size_t i) const;
    std::vector<StmtNode*> stmts_;
    int point_;  // index into Generator::resume_points, or -1 for a body of one statement
};

// What ResumableIf and ResumableWhile hold: a test, a body, an else clause.
class ResumableConditional : public ResumableStmt {
public:
    ResumableConditional(const ast::Position& pos, ExprNode* test, StmtNode* body, StmtNode* orelse, int point)
        : ResumableStmt(pos), test_(test), body_(body), orelse_(orelse), point_(point) {}

protected:
    ExprNode* test_;
    StmtNode* body_;
    StmtNode* orelse_;  // may be null
    int point_;
};

class ResumableIf final : public ResumableConditional {
public:
    using ResumableConditional::ResumableConditional;
    Flow exec(Frame& frame) const override;
    Flow resume(Frame& frame) const override;
};

class ResumableWhile final : public ResumableConditional {
public:
    using ResumableConditional::ResumableConditional;
    Flow exec(Frame& frame) const override;
    Flow resume(Frame& frame) const override;

private:
    Flow loop(Frame& frame, bool resuming) const;
};

class ResumableFor final : public ResumableStmt {
public:
    ResumableFor(const ast::Position& pos, TargetNode* target, ExprNode* iter, StmtNode* body, StmtNode* orelse,
                 int iter_slot, int point)
        : ResumableStmt(pos), target_(target), iter_(iter), body_(body), orelse_(orelse), iter_slot_(iter_slot),
          point_(point) {}
    Flow exec(Frame& frame) const override;
    Flow resume(Frame& frame) const override;

private:
    Flow loop(Frame& frame, bool resuming) const;
    TargetNode* target_;
    ExprNode* iter_;
    StmtNode* body_;
    StmtNode* orelse_;  // may be null
    int iter_slot_;     // the hidden frame slot holding the iterator
    int point_;
};

// `yield v` as a statement, or `target = yield v`.
class YieldStmt final : public ResumableStmt {
public:
    YieldStmt(const ast::Position& pos, const ast::Position& yield_pos, ExprNode* value,
              std::vector<TargetNode*> targets)
        : ResumableStmt(pos), yield_pos_(yield_pos), value_(value), targets_(std::move(targets)) {}
    Flow exec(Frame& frame) const override;
    Flow resume(Frame& frame) const override;

private:
    [[gnu::noinline]] Flow resume_in_full(Frame& frame) const;  // something to store or to raise
    ast::Position yield_pos_;          // where a value thrown in is reported
    ExprNode* value_;                  // may be null: `yield`
    std::vector<TargetNode*> targets_; // where the sent value goes (none for a bare statement)
};

// `yield from it` as a statement, or `target = yield from it` (PEP 380):
// each exec or resume takes one step of the delegation (generator.hpp's
// generator_delegate_start and generator_delegate_resume), yielding what
// the delegate yields until it ends.
class YieldFromStmt final : public ResumableStmt {
public:
    YieldFromStmt(const ast::Position& pos, const ast::Position& yield_pos, ExprNode* value,
                  std::vector<TargetNode*> targets)
        : ResumableStmt(pos), yield_pos_(yield_pos), value_(value), targets_(std::move(targets)) {}
    Flow exec(Frame& frame) const override;
    Flow resume(Frame& frame) const override;

private:
    Flow step(Frame& frame, Ref<> yielded, bool as_is) const;
    Flow store_result(Frame& frame, Ref<> result) const;
    ast::Position yield_pos_;           // where the delegation's errors are reported
    ExprNode* value_;
    std::vector<TargetNode*> targets_;  // where the result goes (none for a bare statement)
};

// The body of a generator expression: nested loops whose innermost level
// yields the element. A yield always happens at the innermost level, so
// resuming is going back down through the levels' iterators.
class GeneratorExpBodyNode final : public ResumableStmt {
public:
    GeneratorExpBodyNode(const ast::Position& pos, std::vector<ComprehensionLoop> loops, ExprNode* element)
        : ResumableStmt(pos), loops_(std::move(loops)), element_(element) {}
    Flow exec(Frame& frame) const override;
    Flow resume(Frame& frame) const override;

private:
    Flow finish(Frame& frame, Flow flow) const;
    Flow run(Frame& frame, std::size_t level, bool resuming) const;
    Flow run_one_loop(Frame& frame, bool resuming) const;
    // Back at the yield of the innermost `loop`: what was sent in, taken.
    bool take_sent_at_yield(Frame& frame, const ComprehensionLoop& loop) const;
    // The element handed to the resumer: Flow::Yield, or Flow::Error.
    Flow yield_element(Frame& frame) const;
    std::vector<ComprehensionLoop> loops_;
    ExprNode* element_;
};

}  // namespace minipy::interp
