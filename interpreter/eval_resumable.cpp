// Evaluation of a stackless generator's statements (see resumable.hpp).
#include "interpreter/resumable.hpp"

#include "interpreter/generator.hpp"
#include "interpreter/safe_point.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"
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

// Runs a body (eval_stmt.cpp's run_body).
Flow run_body(Frame& frame, const StmtNode* body) {
    frame.line = body->pos().line;
    announce_statement(frame, nullptr, body);
    return body->exec(frame);
}

// Goes back into a statement on the path to the last yield (every such
// statement is a ResumableStmt; see resumable.hpp).
Flow resume_stmt(Frame& frame, const StmtNode* stmt) {
    return static_cast<const ResumableStmt*>(stmt)->resume(frame);
}

// A loop's else clause, which may yield too.
Flow run_else(Frame& frame, const StmtNode* orelse, int point) {
    if (!orelse) return Flow::Normal;
    Flow flow = run_body(frame, orelse);
    if (flow == Flow::Yield) frame.generator->resume_points()[point] = kInElse;
    return flow;
}

// Raises what throw() or close() brought in at the yield, if anything
// (false then). Unchained: a stackless body never yields inside a handler,
// and CPython chains a thrown exception only to the generator's own.
[[gnu::noinline]] bool no_thrown(Frame& frame, const ast::Position& yield_pos) {
    Ref<> thrown = generator_take_context_thrown(frame.generator);
    if (!thrown) return true;
    set_error(std::move(thrown));
    traceback_add(frame, yield_pos);
    return false;
}

// Back at the yield: takes the value sent in (null for None, which
// resume_stackless does not pass), or raises what throw() brought (false).
bool take_sent(Frame& frame, const ast::Position& yield_pos, Ref<>& sent) {
    Generator* gen = frame.generator;
    sent = adopt(std::exchange(gen->transfer, nullptr));
    return !gen->context || no_thrown(frame, yield_pos);
}

}  // namespace

Flow ResumableBlock::exec(Frame& frame) const { return run_from(frame, 0); }

// A yield inside the statement it was left at leaves the point as it is.
Flow ResumableBlock::resume(Frame& frame) const {
    // (a block of one statement, a body's, has no point: -1)
    const std::size_t i = point_ >= 0 ? static_cast<std::size_t>(frame.generator->resume_points()[point_]) : 0;
    Flow flow = resume_stmt(frame, stmts_[i]);
    if (flow != Flow::Normal) return flow;
    return run_from(frame, i + 1);
}

Flow ResumableBlock::run_from(Frame& frame, std::size_t i) const {
    for (; i < stmts_.size(); ++i) {
        StmtNode* s = stmts_[i];
        frame.line = s->pos().line;
        if (!safe_point()) return s->fail_flow(frame);
        announce_statement(frame, this, s);
        Flow flow = s->exec(frame);
        if (flow != Flow::Normal) {
            if (flow == Flow::Yield && point_ >= 0) frame.generator->resume_points()[point_] = static_cast<ResumePoint>(i);
            return flow;
        }
    }
    return Flow::Normal;
}

Flow ResumableIf::exec(Frame& frame) const {
    int truth = test_->eval_truth(frame);
    if (truth < 0) return condition_failed(frame, truth);
    const StmtNode* chosen = truth ? body_ : orelse_;
    if (!chosen) return Flow::Normal;
    Flow flow = run_body(frame, chosen);
    if (flow == Flow::Yield) frame.generator->resume_points()[point_] = static_cast<ResumePoint>(truth);
    return flow;
}

Flow ResumableIf::resume(Frame& frame) const {
    return resume_stmt(frame, frame.generator->resume_points()[point_] ? body_ : orelse_);
}

// A loop notes that it is in its body once, when it starts: a yield in the
// body needs no note of its own, and one in the else clause notes it there.
Flow ResumableWhile::exec(Frame& frame) const {
    frame.generator->resume_points()[point_] = kInBody;
    return loop(frame, false);
}

Flow ResumableWhile::resume(Frame& frame) const {
    if (frame.generator->resume_points()[point_] == kInElse) return resume_stmt(frame, orelse_);
    return loop(frame, true);
}

Flow ResumableWhile::loop(Frame& frame, bool resuming) const {
    for (;; resuming = false) {
        Flow flow;
        if (resuming) {
            flow = resume_stmt(frame, body_);
        } else {
            frame.line = pos().line;
            int truth = test_->eval_truth(frame);
            if (truth < 0) return condition_failed(frame, truth);
            if (!truth) break;
            flow = run_body(frame, body_);
        }
        if (flow == Flow::Break) return Flow::Normal;
        if (flow == Flow::Return || flow == Flow::Error || flow == Flow::Yield) return flow;
        if (!safe_point()) return fail_flow(frame);
    }
    return run_else(frame, orelse_, point_);
}

Flow ResumableFor::exec(Frame& frame) const {
    Ref<> iterable = iter_->eval(frame);
    if (!iterable) return Flow::Error;
    Ref<> it = get_iter(iterable.get());
    if (!it) return fail_flow(frame);
    iterable.reset();
    steal_into(frame.slots[iter_slot_], std::move(it));
    frame.generator->resume_points()[point_] = kInBody;  // as ResumableWhile's
    return loop(frame, false);
}

Flow ResumableFor::resume(Frame& frame) const {
    if (frame.generator->resume_points()[point_] == kInElse) return resume_stmt(frame, orelse_);
    return loop(frame, true);
}

Flow ResumableFor::loop(Frame& frame, bool resuming) const {
    {
        IteratorSlot held(frame, iter_slot_);
        Object* it = frame.slots[iter_slot_];
        for (;; resuming = false) {
            Flow flow;
            if (resuming) {
                flow = resume_stmt(frame, body_);
            } else {
                frame.line = pos().line;
                Ref<> item = iter_next(it);
                if (!item) break;
                if (!target_->store(frame, std::move(item))) return Flow::Error;
                flow = run_body(frame, body_);
            }
            if (flow == Flow::Yield) {
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

// A local or constant (`yield i`) is lent: shared into the transfer without
// a virtual call.
Flow YieldStmt::exec(Frame& frame) const {
    if (!value_) {
        set_slot(frame.generator->transfer, None);
        return Flow::Yield;
    }
    Ref<> hold;
    Object* value = value_->eval_operand(frame, hold);
    if (!value) return Flow::Error;
    steal_into(frame.generator->transfer, hold ? std::move(hold) : share(value));
    return Flow::Yield;
}

// Most yields are bare statements resumed by next() (or by send(), whose
// value they drop) with nothing ever thrown in: that case stays small
// enough to need no registers saved; the rest is out of line.
Flow YieldStmt::resume(Frame& frame) const {
    frame.line = pos().line;
    Generator* gen = frame.generator;
    if (targets_.empty() && !gen->context) {
        clear_slot(gen->transfer);
        return Flow::Normal;
    }
    return resume_in_full(frame);
}

Flow YieldStmt::resume_in_full(Frame& frame) const {
    Ref<> sent;
    if (!take_sent(frame, yield_pos_, sent)) return Flow::Error;
    if (targets_.empty()) return Flow::Normal;
    if (!sent) sent = none();
    const std::size_t last = targets_.size() - 1;
    for (std::size_t i = 0; i < last; ++i)
        if (!targets_[i]->store(frame, sent)) return Flow::Error;
    return targets_[last]->store(frame, std::move(sent)) ? Flow::Normal : Flow::Error;
}

Flow YieldFromStmt::exec(Frame& frame) const {
    Ref<> iterable = value_->eval(frame);
    if (!iterable) return Flow::Error;
    bool as_is = false;
    Ref<> yielded = generator_delegate_start(frame, iterable.get(), as_is);
    return step(frame, std::move(yielded), as_is);
}

Flow YieldFromStmt::resume(Frame& frame) const {
    frame.line = pos().line;
    bool as_is = false;
    Ref<> result;  // what a generator delegate returned, when it did
    Ref<> yielded = generator_delegate_resume(frame, as_is, result);
    if (result) return store_result(frame, std::move(result));
    return step(frame, std::move(yielded), as_is);
}

// After a step of the delegation: yield what the delegate yielded, or store
// its result, or fail as the expression `yield from it` does.
Flow YieldFromStmt::step(Frame& frame, Ref<> yielded, bool as_is) const {
    if (yielded) {
        steal_into(frame.generator->transfer, std::move(yielded));
        return Flow::Yield;
    }
    if (as_is || !error_matches(exc::StopIteration)) {
        traceback_add(frame, yield_pos_);
        return Flow::Error;
    }
    Ref<> stop = take_error();
    if (targets_.empty()) return Flow::Normal;
    Object* value = cast<StopIterationObject>(stop.get())->value;
    return store_result(frame, share(value ? value : None));
}

// The delegation's result, to the targets of `target = yield from it`.
Flow YieldFromStmt::store_result(Frame& frame, Ref<> result) const {
    if (targets_.empty()) return Flow::Normal;
    const std::size_t last = targets_.size() - 1;
    for (std::size_t i = 0; i < last; ++i)
        if (!targets_[i]->store(frame, result)) return Flow::Error;
    return targets_[last]->store(frame, std::move(result)) ? Flow::Normal : Flow::Error;
}

Flow GeneratorExpBodyNode::exec(Frame& frame) const {
    return finish(frame, loops_.size() == 1 ? run_one_loop(frame, false) : run(frame, 0, false));
}

Flow GeneratorExpBodyNode::resume(Frame& frame) const {
    frame.line = pos().line;
    return finish(frame, loops_.size() == 1 ? run_one_loop(frame, true) : run(frame, 0, true));
}

inline bool GeneratorExpBodyNode::take_sent_at_yield(Frame& frame, const ComprehensionLoop& loop) const {
    // CPython places this yield at the innermost loop's last condition, or
    // at the whole expression when it has none.
    const ast::Position& at = loop.conditions.empty() ? pos() : loop.conditions.back()->pos();
    Ref<> ignored;  // what is sent in
    return take_sent(frame, at, ignored);
}

inline Flow GeneratorExpBodyNode::yield_element(Frame& frame) const {
    Ref<> element = element_->eval(frame);
    if (!element) return Flow::Error;
    steal_into(frame.generator->transfer, std::move(element));
    return Flow::Yield;
}

// The usual generator expression, one `for` and its `if`s: run() for one
// level, which is the innermost and iterates ".0", without the bookkeeping
// of levels (about 40 instructions fewer per element).
Flow GeneratorExpBodyNode::run_one_loop(Frame& frame, bool resuming) const {
    const ComprehensionLoop& loop = loops_[0];
    Object* it = frame.slots[0];  // ".0", which the frame holds
    if (resuming && !take_sent_at_yield(frame, loop)) return Flow::Error;
    while (Ref<> item = iter_next(it)) {
        if (!loop.target->store(frame, std::move(item))) return Flow::Error;
        int selected = loop.selects(frame);
        if (selected < 0) return condition_failed(frame, selected);
        if (!selected) {
            // The jump back, as in run().
            if (!safe_point()) return fail_flow(frame);
            continue;
        }
        return yield_element(frame);
    }
    if (error_pending()) return fail_flow(frame);
    return Flow::Normal;
}

Flow GeneratorExpBodyNode::finish(Frame& frame, Flow flow) const {
    if (flow != Flow::Normal) return flow;
    frame.return_value = none();
    return Flow::Return;
}

// `resuming`: going back down through the levels' iterators to the
// innermost, where the last element was yielded.
Flow GeneratorExpBodyNode::run(Frame& frame, std::size_t level, bool resuming) const {
    const ComprehensionLoop& loop = loops_[level];
    const bool innermost = level + 1 == loops_.size();
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
            if (!take_sent_at_yield(frame, loop)) return Flow::Error;
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
                const Flow flow = yield_element(frame);
                if (flow == Flow::Yield) held.keep();
                return flow;
            }
        }
        Flow flow = run(frame, level + 1, resuming);
        if (flow == Flow::Yield) held.keep();
        if (flow != Flow::Normal) return flow;
        if (!safe_point()) return fail_flow(frame);
    }
    if (error_pending()) return fail_flow(frame);
    return Flow::Normal;
}

}  // namespace minipy::interp
