// The heap validator (the invariants are in heap_check.hpp), following
// CPython's validate_list and validate_consistent_old_space.
#include "runtime/core/heap_check.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <unordered_set>
#include <vector>

namespace minipy {

HeapRootsFn heap_check_frame_roots = nullptr;

namespace {

#ifdef NDEBUG
bool enabled = false;
#else
bool enabled = true;
#endif
std::int64_t last_objects_seen = 0;

// "list object at 0x…"; a freed object has no type left to name.
std::string describe(const Object* o) {
    if (heap_block_freed(o)) return fmt::format("freed object at {}", fmt::ptr(o));
    return fmt::format("{} object at {}", type_name(o), fmt::ptr(o));
}

std::string list_name(int list) {
    return list < kGenerations ? fmt::format("generation {}", list) : std::string("the permanent generation");
}

// Under AddressSanitizer a list node in a freed block must be reported
// before it is read.
bool node_freed(const GCHead* h) {
#if defined(__SANITIZE_ADDRESS__)
    return __asan_address_is_poisoned(h) || __asan_address_is_poisoned(h + 1);
#else
    (void)h;
    return false;
#endif
}

class Checker {
public:
    // The invariants in order; the first violation ends the walk. The marks
    // go away whatever was found.
    std::string run() {
        for (int list = 0; list < kGCLists && ok(); ++list) check_list(list);
        for (std::size_t i = 0; i < marked_.size() && ok(); ++i) check_referents(gc_object(marked_[i]));
        if (ok()) check_roots();
        while (ok() && !untracked_.empty()) {
            Object* o = untracked_.back();
            untracked_.pop_back();
            check_referents(o);
        }
        for (GCHead* h : marked_) h->next_word &= ~gc_marks::kHeapChecked;
        return failure_;
    }

    std::int64_t objects_seen() const { return static_cast<std::int64_t>(marked_.size() + seen_untracked_.size()); }

private:
    // Invariants 1 to 4 for one list: walked once, each node marked.
    void check_list(int list) {
        GCHead* sentinel = gc_list_sentinel(list);
        GCHead* prev = sentinel;
        for (GCHead* h = gc_next(sentinel);; h = gc_next(h)) {
            if (!h) return fail(fmt::format("{}'s list is broken after {}: a null next link", list_name(list), node(prev)));
            if (h != sentinel && node_freed(h))
                return fail(fmt::format("freed object at {} is still in {}", fmt::ptr(gc_object(h)), list_name(list)));
            if (gc_prev(h) != prev)
                return fail(fmt::format("{}'s list is not well linked: {}'s prev link does not point back to {}",
                                        list_name(list), node(h), node(prev)));
            if (h == sentinel) return;
            if (h->next_word & gc_marks::kHeapChecked)
                return fail(fmt::format("{} is met twice in the generation lists (again in {}): it is in two "
                                        "lists, or the list loops",
                                        describe(gc_object(h)), list_name(list)));
            h->next_word |= gc_marks::kHeapChecked;
            marked_.push_back(h);
            Object* o = gc_object(h);
            if (heap_block_freed(o)) return fail(fmt::format("{} is still in {}", describe(o), list_name(list)));
            if (!object_has_gc(o)) return fail(fmt::format("{} has no GCHead but is in {}", describe(o), list_name(list)));
            if (o->refcount <= 0)
                return fail(fmt::format("{} in {} has refcount {}", describe(o), list_name(list), o->refcount));
            if ((h->prev_word & gc_flags::kCollecting) || (h->next_word & gc_marks::kUnreachable))
                return fail(fmt::format("{} in {} is still marked {} after the collection", describe(o), list_name(list),
                                        h->prev_word & gc_flags::kCollecting ? "collecting" : "unreachable"));
            prev = h;
        }
    }

    // A sentinel has no object: name it by its list.
    std::string node(const GCHead* h) {
        for (int list = 0; list < kGCLists; ++list)
            if (h == gc_list_sentinel(list)) return fmt::format("the sentinel of {}", list_name(list));
        return describe(gc_object(const_cast<GCHead*>(h)));
    }

    // Invariant 5 for what `o` refers to.
    void check_referents(Object* o) {
        TraverseFn traverse = o->type->traverse;
        if (!traverse) return;
        referrer_ = o;
        traverse(o, visit_referent, this);
    }

    static void visit_referent(Object* child, void* arg) {
        auto* self = static_cast<Checker*>(arg);
        if (self->ok()) self->check_reference(child, [self] { return describe(self->referrer_); });
    }

    // Invariant 5 for the frames' slots and the pending exception.
    void check_roots() {
        if (Object* exc = pending_error())
            check_reference(exc, [] { return std::string("the pending exception"); });
        if (heap_check_frame_roots) heap_check_frame_roots(visit_frame_ref, this);
    }

    static void visit_frame_ref(Object* child, const std::string& frame, void* arg) {
        auto* self = static_cast<Checker*>(arg);
        if (self->ok()) self->check_reference(child, [&frame] { return frame; });
    }

    template <class Referrer>
    void check_reference(Object* child, Referrer&& referrer) {
        if (heap_block_freed(child)) return fail(fmt::format("{} refers to a freed object at {}", referrer(), fmt::ptr(child)));
        if (child->refcount <= 0)
            return fail(fmt::format("{} refers to {}, whose refcount is {}", referrer(), describe(child), child->refcount));
        if (object_has_gc(child)) {
            GCHead* h = gc_head(child);
            if (gc_next(h) && !(h->next_word & gc_marks::kHeapChecked))
                return fail(fmt::format("{} refers to {}, which is tracked but in no generation list", referrer(),
                                        describe(child)));
            if (gc_next(h)) return;  // in a list: checked there
        }
        // Untracked: followed once. (Not marked in its head: a next word
        // that is not 0 would make it look tracked.)
        if (child->type->traverse && seen_untracked_.insert(child).second) untracked_.push_back(child);
    }

    bool ok() const { return failure_.empty(); }
    void fail(std::string what) {
        if (ok()) failure_ = std::move(what);
    }

    std::string failure_;
    std::vector<GCHead*> marked_;           // list nodes given kHeapChecked, cleared at the end
    Object* referrer_ = nullptr;
    std::unordered_set<Object*> seen_untracked_;
    std::vector<Object*> untracked_;        // untracked objects still to follow
};

}  // namespace

bool heap_check_enabled() { return enabled; }
void heap_check_set_enabled(bool on) { enabled = on; }

std::string heap_check_find_violation() {
    if (gc_is_collecting()) return "";  // the lists are in flux
    Checker checker;
    std::string failure = checker.run();
    last_objects_seen = checker.objects_seen();
    return failure;
}

std::int64_t heap_check_objects_seen() { return last_objects_seen; }

void heap_check(const char* when) {
    if (!enabled) return;
    std::string failure = heap_check_find_violation();
    if (failure.empty()) return;
    std::fflush(stdout);
    std::fprintf(stderr, "minipy: heap check failed %s: %s\n", when, failure.c_str());
    std::abort();
}

}  // namespace minipy
