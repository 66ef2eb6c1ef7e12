// The statements of a stackless generator's body (CodeObject::stackless).
//
// Such a body runs on the stack of whoever resumes it. A yield statement
// hands its value over and returns Flow::Yield; every statement it passes
// on the way out notes in the generator's resume_points where it stood (a
// block the index of the statement, an if its branch, a loop whether it was
// in its body or its else clause; a for loop leaves its iterator in its
// hidden frame slot). The next resume runs the body again with
// Generator::resuming set: each statement goes straight back to where it
// stood, down to the yield statement, which clears the flag, takes the
// value sent in (or raises what throw() brought) and carries on.
//
// A generator qualifies when its yields are statements of their own inside
// nothing but if, while and for (scope.cpp decides); a yield in any other
// place needs the C++ frames between it and the body kept, so such a
// generator gets a stack of its own (generator.cpp).
#pragma once

#include "interpreter/nodes.hpp"

#include <vector>

namespace minipy::interp {

class ResumableBlock final : public StmtNode {
public:
    ResumableBlock(const ast::Position& pos, std::vector<StmtNode*> stmts, int point)
        : StmtNode(pos), stmts_(std::move(stmts)), point_(point) {}
    Flow exec(Frame& frame) const override;

private:
    std::vector<StmtNode*> stmts_;
    int point_;  // index into Generator::resume_points, or -1 for a body of one statement
};

// What ResumableIf and ResumableWhile hold: a test, a body, an else clause.
class ResumableConditional : public StmtNode {
public:
    ResumableConditional(const ast::Position& pos, ExprNode* test, StmtNode* body, StmtNode* orelse, int point)
        : StmtNode(pos), test_(test), body_(body), orelse_(orelse), point_(point) {}

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
};

class ResumableWhile final : public ResumableConditional {
public:
    using ResumableConditional::ResumableConditional;
    Flow exec(Frame& frame) const override;
};

class ResumableFor final : public StmtNode {
public:
    ResumableFor(const ast::Position& pos, TargetNode* target, ExprNode* iter, StmtNode* body, StmtNode* orelse,
                 int iter_slot, int point)
        : StmtNode(pos), target_(target), iter_(iter), body_(body), orelse_(orelse), iter_slot_(iter_slot),
          point_(point) {}
    Flow exec(Frame& frame) const override;

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
class YieldStmt final : public StmtNode {
public:
    YieldStmt(const ast::Position& pos, const ast::Position& yield_pos, ExprNode* value,
              std::vector<TargetNode*> targets)
        : StmtNode(pos), yield_pos_(yield_pos), value_(value), targets_(std::move(targets)) {}
    Flow exec(Frame& frame) const override;

private:
    ast::Position yield_pos_;          // where a value thrown in is reported
    ExprNode* value_;                  // may be null: `yield`
    std::vector<TargetNode*> targets_; // where the sent value goes (none for a bare statement)
};

// The body of a generator expression: nested loops whose innermost level
// yields the element. A yield always happens at the innermost level, so
// resuming is going back down through the levels' iterators.
class GeneratorExpBodyNode final : public StmtNode {
public:
    GeneratorExpBodyNode(const ast::Position& pos, std::vector<ComprehensionLoop> loops, ExprNode* element)
        : StmtNode(pos), loops_(std::move(loops)), element_(element) {}
    Flow exec(Frame& frame) const override;

private:
    Flow run(Frame& frame, std::size_t level) const;
    std::vector<ComprehensionLoop> loops_;
    ExprNode* element_;
};

}  // namespace minipy::interp
