// Evaluation of a stackless generator's statements (see resumable.hpp).
#include "interpreter/resumable.hpp"

#include "interpreter/generator.hpp"
#include "interpreter/safe_point.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/singletons.hpp"

#include <utility>

namespace minipy::interp {

namespace {

// What a loop's resume point says.
constexpr int kInBody = 0;
constexpr int kInElse = 1;

// A for loop's iterator in its hidden frame slot: released when the loop is
// left, except by a yield, after which the loop carries on with it.
class IteratorSlot {
public:
    IteratorSlot(Frame& frame, int slot) : frame_(frame), slot_(slot) {}
    ~IteratorSlot() {
        if (slot_ >= 0) clear_slot(frame_.slots[slot_]);
    }
    IteratorSlot(const IteratorSlot&) = delete;
    IteratorSlot& operator=(const IteratorSlot&) = delete;
    void keep() { slot_ = -1; }

private:
    Frame& frame_;
    int slot_;
};

// Runs a body (eval_stmt.cpp's run_body), announcing it unless the
// generator is resuming inside it.
Flow run_body(Frame& frame, const StmtNode* body) {
    frame.line = body->pos().line;
    if (!frame.generator->resuming) announce_statement(frame, nullptr, body);
    return body->exec(frame);
}

// A loop's else clause, which may yield too.
Flow run_else(Frame& frame, const StmtNode* orelse, int point) {
    if (!orelse) return Flow::Normal;
    Flow flow = run_body(frame, orelse);
    if (flow == Flow::Yield) frame.generator->resume_points()[point] = kInElse;
    return flow;
}

// Back at the yield: what throw() brought is raised there (null), else the
// value sent in.
Ref<> take_sent(Frame& frame, const ast::Position& yield_pos) {
    Generator* gen = frame.generator;
    gen->resuming = false;
    Ref<> sent = adopt(std::exchange(gen->transfer, nullptr));
    if (Ref<> thrown = generator_take_thrown(gen)) {
        raise_chained(std::move(thrown));
        traceback_add(frame, yield_pos);
        return nullptr;
    }
    return sent;
}

}  // namespace

Flow ResumableBlock::exec(Frame& frame) const {
    Generator* gen = frame.generator;
    // (a block of one statement, a body's, has no point: -1)
    std::size_t i = gen->resuming && point_ >= 0 ? static_cast<std::size_t>(gen->resume_points()[point_]) : 0;
    for (; i < stmts_.size(); ++i) {
        StmtNode* s = stmts_[i];
        frame.line = s->pos().line;
        if (!gen->resuming) {
            if (!safe_point()) return s->fail_flow(frame);
            announce_statement(frame, this, s);
        }
        Flow flow = s->exec(frame);
        if (flow == Flow::Yield && point_ >= 0) gen->resume_points()[point_] = static_cast<ResumePoint>(i);
        if (flow != Flow::Normal) return flow;
    }
    return Flow::Normal;
}

Flow ResumableIf::exec(Frame& frame) const {
    Generator* gen = frame.generator;
    int branch;
    if (gen->resuming) {
        branch = gen->resume_points()[point_];
    } else {
        int truth = test_->eval_truth(frame);
        if (truth < 0) return condition_failed(frame, truth);
        branch = truth;
    }
    const StmtNode* chosen = branch ? body_ : orelse_;
    if (!chosen) return Flow::Normal;
    Flow flow = run_body(frame, chosen);
    if (flow == Flow::Yield) gen->resume_points()[point_] = static_cast<ResumePoint>(branch);
    return flow;
}

Flow ResumableWhile::exec(Frame& frame) const {
    Generator* gen = frame.generator;
    bool in_body = false;
    if (gen->resuming) {
        if (gen->resume_points()[point_] == kInElse) return run_else(frame, orelse_, point_);
        in_body = true;
    }
    for (;; in_body = false) {
        if (!in_body) {
            frame.line = pos().line;
            int truth = test_->eval_truth(frame);
            if (truth < 0) return condition_failed(frame, truth);
            if (!truth) break;
        }
        Flow flow = run_body(frame, body_);
        if (flow == Flow::Yield) gen->resume_points()[point_] = kInBody;
        if (flow == Flow::Break) return Flow::Normal;
        if (flow == Flow::Return || flow == Flow::Error || flow == Flow::Yield) return flow;
        if (!safe_point()) return fail_flow(frame);
    }
    return run_else(frame, orelse_, point_);
}

Flow ResumableFor::exec(Frame& frame) const {
    Generator* gen = frame.generator;
    if (gen->resuming) {
        if (gen->resume_points()[point_] == kInElse) return run_else(frame, orelse_, point_);
        return loop(frame, true);
    }
    Ref<> iterable = iter_->eval(frame);
    if (!iterable) return Flow::Error;
    Ref<> it = get_iter(iterable.get());
    if (!it) return fail_flow(frame);
    iterable.reset();
    steal_into(frame.slots[iter_slot_], std::move(it));
    return loop(frame, false);
}

Flow ResumableFor::loop(Frame& frame, bool resuming) const {
    {
        IteratorSlot held(frame, iter_slot_);
        Object* it = frame.slots[iter_slot_];
        for (bool in_body = resuming;; in_body = false) {
            if (!in_body) {
                frame.line = pos().line;
                Ref<> item = iter_next(it);
                if (!item) break;
                if (!target_->store(frame, std::move(item))) return Flow::Error;
            }
            Flow flow = run_body(frame, body_);
            if (flow == Flow::Yield) {
                frame.generator->resume_points()[point_] = kInBody;
                held.keep();
                return flow;
            }
            if (flow == Flow::Break) return Flow::Normal;
            if (flow == Flow::Return || flow == Flow::Error) return flow;
            if (!safe_point()) return fail_flow(frame);
        }
        if (error_pending()) return fail_flow(frame);
    }  // the iterator goes before the else clause runs, as CPython's FOR_ITER pops it
    return run_else(frame, orelse_, point_);
}

Flow YieldStmt::exec(Frame& frame) const {
    Generator* gen = frame.generator;
    if (!gen->resuming) {
        Ref<> value = value_ ? value_->eval(frame) : none();
        if (!value) return Flow::Error;
        steal_into(gen->transfer, std::move(value));
        return Flow::Yield;
    }
    Ref<> sent = take_sent(frame, yield_pos_);
    if (!sent) return Flow::Error;
    if (targets_.empty()) return Flow::Normal;
    const std::size_t last = targets_.size() - 1;
    for (std::size_t i = 0; i < last; ++i)
        if (!targets_[i]->store(frame, sent)) return Flow::Error;
    return targets_[last]->store(frame, std::move(sent)) ? Flow::Normal : Flow::Error;
}

Flow GeneratorExpBodyNode::exec(Frame& frame) const {
    Flow flow = run(frame, 0);
    if (flow != Flow::Normal) return flow;
    frame.return_value = none();
    return Flow::Return;
}

Flow GeneratorExpBodyNode::run(Frame& frame, std::size_t level) const {
    Generator* gen = frame.generator;
    const ComprehensionLoop& loop = loops_[level];
    const bool innermost = level + 1 == loops_.size();
    bool resuming = gen->resuming;
    if (!resuming && loop.iter) {
        Ref<> iterable = loop.iter->eval(frame);
        if (!iterable) return Flow::Error;
        Ref<> made = get_iter(iterable.get());
        if (!made) return fail_flow(frame);
        steal_into(frame.slots[loop.iter_slot], std::move(made));
    }
    // The first level's iterator is the parameter ".0"; the frame lets it go.
    IteratorSlot held(frame, loop.iter ? loop.iter_slot : -1);
    Object* it = loop.iter ? frame.slots[loop.iter_slot] : frame.slots[0];
    for (;; resuming = false) {
        if (resuming && innermost) {
            // CPython places this yield at the innermost loop's last
            // condition, or at the whole expression when it has none.
            const ast::Position& at = loop.conditions.empty() ? pos() : loop.conditions.back()->pos();
            if (!take_sent(frame, at)) return Flow::Error;  // what is sent in is ignored
            continue;
        }
        if (!resuming) {
            Ref<> item = iter_next(it);
            if (!item) break;
            if (!loop.target->store(frame, std::move(item))) return Flow::Error;
            int selected = loop.selects(frame);
            if (selected < 0) return condition_failed(frame, selected);
            if (!selected) {
                // The jump back of CPython's loop, which checks its eval
                // breaker: a filter that never lets an item through can
                // still be interrupted.
                if (!safe_point()) return fail_flow(frame);
                continue;
            }
            if (innermost) {
                Ref<> element = element_->eval(frame);
                if (!element) return Flow::Error;
                steal_into(gen->transfer, std::move(element));
                held.keep();
                return Flow::Yield;
            }
        }
        Flow flow = run(frame, level + 1);
        if (flow == Flow::Yield) held.keep();
        if (flow != Flow::Normal) return flow;
        if (!safe_point()) return fail_flow(frame);
    }
    if (error_pending()) return fail_flow(frame);
    return Flow::Normal;
}

}  // namespace minipy::interp
