// Code objects and frames.
//
// A CodeObject is the compiled form of one scope (module, class body,
// function, lambda, comprehension): its executable tree and the layout of
// its frame. A Frame is one activation: a fixed array of slots holding the
// locals, cells and free variables, as CPython 3.11's "localsplus".
//
// Frames live on the C++ stack while they run. When something needs a frame
// as an object (a traceback, `sys._getframe`), a FrameObject is made; when
// the C++ frame ends, the FrameObject takes over the slots' references, so
// locals stay alive exactly as long as CPython keeps them alive.
#pragma once

#include "runtime/core/heap_check.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <memory>
#include <string>
#include <vector>

namespace minipy {
struct Dict;
struct Str;
struct Tuple;
struct Function;
}  // namespace minipy

namespace minipy::interp {

class Block;
class StmtNode;
struct NodeArena;
struct Generator;
struct FrameObject;

enum class CodeKind : unsigned char { Module, Class, Function };

struct CodeObject : Object {
    Str* name = nullptr;      // owned: co_name
    Str* qualname = nullptr;  // owned: co_qualname
    Str* filename = nullptr;  // owned: co_filename
    int first_line = 0;
    CodeKind kind = CodeKind::Function;
    bool is_generator = false;
    // A generator whose every yield is a statement of its own outside try
    // and with (and every generator expression): its body runs on the
    // resumer's stack and finds its way back to the yield through
    // `resume_points` progress marks (interpreter/resumable.hpp).
    bool stackless = false;
    int resume_points = 0;

    // Signature: the first argcount slots are positional parameters (the
    // first posonly_count of them positional-only), then kwonly_count
    // keyword-only ones, then *args and **kwargs if present.
    int argcount = 0;
    int posonly_count = 0;
    int kwonly_count = 0;
    bool has_varargs = false;
    bool has_varkw = false;

    int nlocals = 0;                     // slots for parameters and locals
    int nslots = 0;                      // nlocals + cells + free variables + hidden temporaries
    Tuple* varnames = nullptr;           // owned: names of all slots, in order
    std::vector<int>* cell_params = nullptr;  // owned: parameter slots that hold cells
    int first_cell = 0;                  // slots [first_cell, first_free) get fresh cells
    int first_free = 0;                  // slots [first_free, first_temp) get the closure's cells
    // Slots [first_temp, nslots) are hidden: a generator's loop iterators,
    // kept in the frame (not on the C++ stack) so the collector sees them
    // while the generator is suspended, as CPython's value stack.
    int first_temp = 0;
    int class_cell = -1;                 // class bodies: the slot of the __class__ cell
    // Whether a call has cells or free variables to set up before the body
    // runs (setup_cells, interpreter/call.hpp): one byte every call reads,
    // where the slot bounds and cell_params would take three loads.
    bool sets_up_cells = false;
    // CPython 3.11's co_stacksize for this code (compiler/stack_depth.hpp):
    // the words of value stack its frames would have. A generator's frame
    // has that many words after its slots (interpreter/generator.hpp).
    int stacksize = 0;

    // owned: one reference to each distinct constant the body loads, as
    // CPython's co_consts holds them (the ConstantNodes borrow these).
    std::vector<Object*>* consts = nullptr;
    // owned vector, borrowed entries: the code objects of the functions,
    // classes and comprehensions this body makes (their MakeFunctionNodes
    // hold them), which CPython's co_consts holds after the constants.
    std::vector<CodeObject*>* nested = nullptr;

    const StmtNode* body = nullptr;      // borrowed from `nodes`
    const Block* body_block = nullptr;   // `body` when it is a Block, which a call runs inline
    NodeArena* nodes = nullptr;          // owned: the executable tree of this body
    WeakRef* weakreflist = nullptr;      // co_weakreflist (runtime/core/weakref.hpp)

    std::string_view slot_name(int slot) const;
};

extern Type CodeType;

struct Frame {
    CodeObject* code = nullptr;
    Function* function = nullptr;  // null for module and class bodies run directly
    Object** slots = nullptr;      // nslots entries; owned references
    Dict* globals = nullptr;       // borrowed
    Dict* builtins = nullptr;      // borrowed
    Object* namespace_ = nullptr;  // module/class bodies: where names are stored (borrowed)
    Frame* back = nullptr;
    FrameObject* object = nullptr; // materialised frame object, or null
    Generator* generator = nullptr;
    Ref<> return_value;
    int line = 0;                  // line of the statement running now
};

// The frame running now (null before the first one starts).
extern Frame* current_frame;

// The Python object for a running frame (made on first request).
FrameObject* frame_object(Frame& frame);

// A frame object outlives its C++ frame (tracebacks, generators). While the
// frame runs, `live` points at it; afterwards `slots` holds the locals.
struct FrameObject : Object {
    Frame* live = nullptr;
    CodeObject* code = nullptr;    // owned
    Dict* globals = nullptr;       // owned
    Dict* builtins = nullptr;      // owned
    Object* namespace_ = nullptr;  // owned
    FrameObject* back = nullptr;   // owned
    std::vector<Object*>* slots = nullptr;  // owned references once the frame has ended
    int line = 0;
};

extern Type FrameType;

// Called when a frame ends: its frame object (if any) takes the slots.
void frame_detach_object(Frame& frame);
inline void frame_detach(Frame& frame) {
    if (frame.object) frame_detach_object(frame);
}

// The heap validator's roots (heap_check.hpp): every reference the frames
// on the current_frame chain hold.
void visit_running_frames(FrameRefFn visit, void* arg);

// tracemalloc's view of the frames (heap_trace.hpp's heap_trace_frames):
// up to `limit` (file name, line) pairs, most recent first; returns how
// many frames are running.
int trace_running_frames(TraceFrame* out, int limit);

void code_types_init();

}  // namespace minipy::interp
