// memviz's model of memory: one step of a drawing — the frames with their
// names, and the heap objects they reach with their slots as labelled edges
// (the walk follows the types' traverse slots, as CPython's
// Modules/gcmodule.c gc.get_referents does).
//
// Invariants of a Snapshot:
//  * It holds no reference to anything: objects are known by address and
//    described by copied text, so taking one never changes a count the
//    program can observe, and a Snapshot outlives the objects it shows.
//  * Order is deterministic: frames from the module down to the running
//    call, names in their namespace's order, objects in the order the walk
//    first met them (depth first from the frames, then the garbage), then
//    the objects freed since the previous step.
//  * Node 0 … n-1 are referred to by index; an edge's target is -1 when the
//    value is drawn inline (None, True, False, hidden objects) as `text`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace minipy {
struct Object;
}

namespace minipy::interp::memviz {

// What a picture leaves out, so that it stays readable.
struct Options {
    bool show_modules = false;    // module objects
    bool show_functions = false;  // functions defined in Python
    bool show_classes = false;    // classes (type objects)
    bool show_builtins = false;   // builtin functions and methods, `__dunder__` globals
    int max_items = 10;           // slots drawn per container; the rest as "…"
    int max_depth = 8;            // edges followed from a name before stopping
};

struct Edge {
    std::string label;   // "[0]", ".name", "'key'", "" (from traverse)
    int target = -1;     // node index, or -1: `text` is drawn inline
    std::string text;    // inline value ("None", "<function f>") or "dead"
    bool weak = false;   // a weak reference's edge to its referent (dashed)
};

struct Node {
    std::uintptr_t address = 0;
    std::string type;            // type(o).__name__
    std::string value;           // a short repr for atoms and names; "" otherwise
    std::int64_t refcount = 0;   // the true count: sys.getrefcount(o) - 1
    int generation = -1;         // collector generation of a tracked object; -1 untracked
    bool shared = false;         // a cached small int or an interned str
    bool garbage = false;        // unreachable, alive in a cycle until the collector runs
    bool freed = false;          // met in the previous step, gone now (drawn faded)
    bool dead = false;           // a weak reference whose referent is gone
    bool truncated = false;      // the depth limit stopped the walk here
    std::int64_t elided = 0;     // slots not drawn (max_items)
    std::vector<Edge> edges;
};

struct Name {
    std::string name;
    Edge edge;  // label unused
};

struct FrameView {
    std::string name;  // "<module>", a function's qualname, "obj" for render(obj)
    int line = 0;      // line running in it (0: not known)
    std::vector<Name> names;
};

struct Snapshot {
    int step = 0;            // 1, 2, … within a session; 0 for a one-off
    std::string title;       // "SLIDE 1", a snapshot() title, "end", "after line 3"
    std::string file;        // the innermost frame's file name
    int line = 0;
    std::vector<FrameView> frames;
    std::vector<Node> nodes;
};

// Walks from the running frames (the module first), or from `__main__`'s
// globals when no frame runs (at the end of a program). Objects the previous
// step met and that died since are appended, freed (session.hpp keeps them).
Snapshot snapshot_frames(const Options& options);
// Walks from one object, shown as the name `obj` of a frame "obj".
Snapshot snapshot_object(Object* root, const Options& options);

}  // namespace minipy::interp::memviz
