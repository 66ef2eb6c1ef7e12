// The code and frame object types.
#include "interpreter/frame.hpp"

#include "interpreter/nodes.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/heap_check.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/cell.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <iterator>
#include <string>
#include <vector>

namespace minipy::interp {

Type CodeType;
Type FrameType;
Frame* current_frame = nullptr;

// ------------------------------------------------------------------ code

std::string_view CodeObject::slot_name(int slot) const {
    return cast<Str>((*varnames)[slot])->view();
}

// No clear and no traverse: a code object holds constants and names only,
// never part of a cycle. Constants, names of the slots, file name, name,
// qualname: the order of CPython's code_dealloc.
static void code_destroy(Object* o) {
    auto* code = cast<CodeObject>(o);
    if (code->consts) {
        for (Object* c : *code->consts) decref(c);
        delete code->consts;
    }
    clear_slot(code->varnames);
    clear_slot(code->filename);
    clear_slot(code->name);
    clear_slot(code->qualname);
    delete code->cell_params;
    delete code->nested;
    delete code->nodes;  // and with them the code objects of nested functions
    delete_object(code);
}

// <code object f at 0x…, file "x.py", line 3>
static Ref<> code_repr(Object* o) {
    auto* code = cast<CodeObject>(o);
    return str_from(fmt::format("<code object {} at {}, file \"{}\", line {}>", code->name->view(),
                                static_cast<const void*>(o), code->filename->view(), code->first_line));
}

static Ref<> code_name(Object* o) { return share<Object>(cast<CodeObject>(o)->name); }
static Ref<> code_qualname(Object* o) { return share<Object>(cast<CodeObject>(o)->qualname); }
static Ref<> code_filename(Object* o) { return share<Object>(cast<CodeObject>(o)->filename); }
static Ref<> code_firstlineno(Object* o) { return int_from(cast<CodeObject>(o)->first_line); }
static Ref<> code_argcount(Object* o) { return int_from(cast<CodeObject>(o)->argcount); }
static Ref<> code_varnames(Object* o) {
    auto* code = cast<CodeObject>(o);
    return tuple_from_array(code->varnames->items(), code->nlocals);
}
// Captured parameters (which keep their parameter slots), then the other cells.
static Ref<> code_cellvars(Object* o) {
    auto* code = cast<CodeObject>(o);
    std::vector<Object*> names;
    for (int p : *code->cell_params) names.push_back(code->varnames->items()[p]);
    for (int i = code->first_cell; i < code->first_free; ++i) names.push_back(code->varnames->items()[i]);
    return tuple_from_array(names.data(), static_cast<std::int64_t>(names.size()));
}
static Ref<> code_freevars(Object* o) {
    auto* code = cast<CodeObject>(o);
    return tuple_from_array(code->varnames->items() + code->first_free, code->first_temp - code->first_free);
}
static Ref<> code_nlocals(Object* o) { return int_from(cast<CodeObject>(o)->nlocals); }
// The constants the body loads, then the code objects it makes (CPython
// keeps them in one tuple in the order the compiler first met them).
static Ref<> code_consts(Object* o) {
    auto* code = cast<CodeObject>(o);
    std::vector<Object*> items;
    if (code->consts) items = *code->consts;
    if (code->nested) items.insert(items.end(), code->nested->begin(), code->nested->end());
    return tuple_from_array(items.data(), static_cast<std::int64_t>(items.size()));
}
static Ref<> code_stacksize(Object* o) { return int_from(cast<CodeObject>(o)->stacksize); }
static Ref<> code_posonlyargcount(Object* o) { return int_from(cast<CodeObject>(o)->posonly_count); }
static Ref<> code_kwonlyargcount(Object* o) { return int_from(cast<CodeObject>(o)->kwonly_count); }

// ----------------------------------------------------------------- frames

FrameObject* frame_object(Frame& frame) {
    if (frame.object) return frame.object;
    auto object = new_object<FrameObject>(&FrameType);
    object->live = &frame;
    set_slot(object->code, frame.code);
    set_slot(object->globals, frame.globals);
    set_slot(object->builtins, frame.builtins);
    set_slot(object->namespace_, frame.namespace_);
    gc_track(object.get());
    frame.object = object.release();  // the frame holds this reference until it ends
    return frame.object;
}

void frame_detach_object(Frame& frame) {
    FrameObject* object = frame.object;
    // As CPython's take_ownership: a frame object that outlives its frame
    // (a traceback holds it) keeps its caller's frame object as f_back, made
    // now if need be, so the callers' locals live as long as the traceback.
    // A generator's frame has no caller once it ends: CPython unlinks it
    // from its resumer first.
    if (object->refcount > 1 && frame.back && !frame.generator && !object->back)
        set_slot(object->back, frame_object(*frame.back));
    object->line = frame.line;
    object->slots = new std::vector<Object*>(frame.slots, frame.slots + frame.code->nslots);
    for (Object* o : *object->slots) xincref(o);
    object->live = nullptr;
    frame.object = nullptr;
    decref(object);
}

// Releases the locals a finished frame kept (detached first: releasing
// them may run code that looks at the frame).
static void release_saved_slots(FrameObject* f) {
    std::vector<Object*>* slots = f->slots;
    if (!slots) return;
    f->slots = nullptr;
    for (Object* s : *slots) xdecref(s);
    delete slots;
}

// Breaks cycles through a finished frame's locals (a local that holds the
// traceback that holds the frame): the locals first to last, as CPython's
// frame_tp_clear, then the caller's frame. Keeps code, globals, builtins
// and namespace, which repr and the f_* attributes read; the dicts among
// them have clears of their own.
static void frame_clear(Object* o) {
    auto* f = cast<FrameObject>(o);
    release_saved_slots(f);
    clear_slot(f->back);
}

// CPython's frame_dealloc: what the frame's function held (globals,
// builtins) and f_locals (the namespace) go first, then the locals and
// f_back (clear), the code last.
static void frame_destroy(Object* o) {
    auto* f = cast<FrameObject>(o);
    clear_slot(f->globals);
    clear_slot(f->builtins);
    clear_slot(f->namespace_);
    frame_clear(f);
    clear_slot(f->code);
    delete_object(f);
}

// f_back, then what CPython's _PyFrame_Traverse visits (f_locals, what the
// function holds, the code, the locals). A running frame's locals belong to
// the C++ frame, which also holds this object, so the collector sees them
// through it. A generator's unfinished frame is the generator's, which
// visits the slots itself (CPython's frame_traverse likewise leaves a frame
// it does not own alone): visiting them here as well would count each
// reference twice.
static void frame_traverse(Object* o, VisitFn visit, void* arg) {
    auto* f = cast<FrameObject>(o);
    visit_field(f->back, visit, arg);
    visit_field(f->namespace_, visit, arg);
    visit_field(f->globals, visit, arg);
    visit_field(f->builtins, visit, arg);
    visit_field(f->code, visit, arg);
    if (f->slots)
        for (Object* s : *f->slots) visit_field(s, visit, arg);
    if (f->live && !f->live->generator)
        for (int i = 0; i < f->live->code->nslots; ++i) visit_field(f->live->slots[i], visit, arg);
}

// f_locals: the namespace of a module or class body, or a fresh dict of the
// function's bound locals (cells read through).
// f_locals. A module or class body's is its namespace. A function's is one
// dict, made on the first request and kept in `namespace_` (CPython's
// frame->f_locals), refreshed from the slots on each (PyFrame_FastToLocals):
// bound names are set, unbound ones deleted, and keys that are not local
// names (what exec() stored through locals()) stay.
static Ref<> frame_locals(Object* o) {
    auto* f = cast<FrameObject>(o);
    CodeObject* code = f->code;
    if (code->kind != CodeKind::Function && f->namespace_) return share(f->namespace_);
    if (!f->namespace_) f->namespace_ = dict_new().release();
    Dict* locals = cast<Dict>(f->namespace_);
    Ref<Dict> hold = share(locals);
    for (int i = 0; i < code->first_temp; ++i) {
        Object* value = f->live ? f->live->slots[i] : (f->slots ? (*f->slots)[static_cast<std::size_t>(i)] : nullptr);
        bool is_cell = i >= code->first_cell;
        for (int p : *code->cell_params) is_cell |= p == i;
        if (value && is_cell) value = cast<Cell>(value)->value;
        Object* name = code->varnames->items()[i];
        if (value) {
            if (dict_set(locals, name, value) < 0) return nullptr;
        } else if (!dict_pop(locals, name) && error_pending()) {
            return nullptr;
        }
    }
    return hold;
}

static Ref<> frame_lineno(Object* o) {
    auto* f = cast<FrameObject>(o);
    return int_from(f->live ? f->live->line : f->line);
}
static Ref<> frame_code(Object* o) { return share<Object>(cast<FrameObject>(o)->code); }
static Ref<> frame_globals(Object* o) { return share<Object>(cast<FrameObject>(o)->globals); }
// The caller's frame object, made on request while this frame runs (as
// CPython's f_back); a finished frame keeps the one it had.
static Ref<> frame_back(Object* o) {
    auto* f = cast<FrameObject>(o);
    if (!f->back && f->live && f->live->back) set_slot(f->back, frame_object(*f->live->back));
    return share<Object>(f->back ? static_cast<Object*>(f->back) : None);
}

// <frame at 0x…, file 'x.py', line 3, code f>
static Ref<> frame_repr(Object* o) {
    auto* f = cast<FrameObject>(o);
    return str_from(fmt::format("<frame at {}, file '{}', line {}, code {}>", static_cast<const void*>(o),
                                f->code->filename->view(), f->live ? f->live->line : f->line, f->code->name->view()));
}

// ------------------------------------------------------- the heap validator

void visit_running_frames(FrameRefFn visit, void* arg) {
    // One buffer for every frame's name: the validator runs after every
    // collection under GC stress, with a thousand frames in a deep
    // recursion, and a string allocated per frame was most of its cost
    // under AddressSanitizer.
    std::string name;
    for (Frame* f = current_frame; f; f = f->back) {
        name.clear();
        fmt::format_to(std::back_inserter(name), "the running frame of {} ({}, line {})", f->code->name->view(),
                       f->code->filename->view(), f->line);
        visit(f->code, name, arg);
        for (Object* o : {static_cast<Object*>(f->function), static_cast<Object*>(f->globals),
                          static_cast<Object*>(f->builtins), f->namespace_, f->return_value.get()})
            if (o) visit(o, name, arg);
        for (int i = 0; f->slots && i < f->code->nslots; ++i)
            if (Object* s = f->slots[i]) visit(s, name, arg);
    }
}

int trace_running_frames(TraceFrame* out, int limit) {
    int total = 0;
    for (Frame* f = current_frame; f; f = f->back, ++total) {
        // A frame that has not reached its first statement (a lambda's
        // body, which is an expression) is on its first line.
        if (total < limit) out[total] = {f->code->filename, f->line ? f->line : f->code->first_line};
    }
    return total;
}

void code_types_init() {
    type_init_builtin(CodeType, "code", &ObjectType, sizeof(CodeObject), 0);
    CodeType.weaklist_offset = offsetof(CodeObject, weakreflist);
    CodeType.destroy = code_destroy;
    CodeType.repr = code_repr;
    CodeType.getattr = generic_getattr;
    add_getsets(CodeType, {
                              {"co_name", code_name},
                              {"co_qualname", code_qualname},
                              {"co_filename", code_filename},
                              {"co_firstlineno", code_firstlineno},
                              {"co_argcount", code_argcount},
                              {"co_varnames", code_varnames},
                              {"co_cellvars", code_cellvars},
                              {"co_freevars", code_freevars},
                              {"co_nlocals", code_nlocals},
                              {"co_stacksize", code_stacksize},
                              {"co_consts", code_consts},
                              {"co_posonlyargcount", code_posonlyargcount},
                              {"co_kwonlyargcount", code_kwonlyargcount},
                          });
    type_ready(CodeType);

    type_init_builtin(FrameType, "frame", &ObjectType, sizeof(FrameObject), type_flags::kHasGC);
    FrameType.destroy = frame_destroy;
    FrameType.traverse = frame_traverse;
    FrameType.clear = frame_clear;
    FrameType.repr = frame_repr;
    FrameType.getattr = generic_getattr;
    add_getsets(FrameType, {
                               {"f_locals", frame_locals},
                               {"f_lineno", frame_lineno},
                               {"f_code", frame_code},
                               {"f_globals", frame_globals},
                               {"f_back", frame_back},
                           });
    type_ready(FrameType);
}

}  // namespace minipy::interp
