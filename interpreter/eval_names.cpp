// Loading and storing names: fast slots, cells, globals, namespaces.
#include "interpreter/nodes.hpp"

#include "interpreter/traceback.hpp"
#include "runtime/cell.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/abstract.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace minipy::interp {

std::nullptr_t Node::fail(Frame& frame) const {
    traceback_add(frame, pos_);
    return nullptr;
}

// NameError with its `name` attribute set, which the traceback printer uses
// for "Did you mean …?".
static void raise_name_error(Type* type, std::string_view message, Str* name) {
    Ref<> text = str_from(message);
    Object* argv[] = {text.get(), name};
    Ref<Tuple> kwnames = tuple_from({intern("name")});
    Ref<> exc = call(type, Args{argv, 1, kwnames.get()});
    if (exc) raise_chained(std::move(exc));
}

static void raise_unbound_local(Str* name) {
    raise_name_error(exc::UnboundLocalError,
                     fmt::format("cannot access local variable '{}' where it is not associated with a value", name->view()),
                     name);
}

static void raise_unbound_free(Str* name) {
    raise_name_error(exc::NameError,
                     fmt::format("cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                                 name->view()),
                     name);
}

static void raise_not_defined(Str* name) {
    raise_name_error(exc::NameError, fmt::format("name '{}' is not defined", name->view()), name);
}

// ---------------------------------------------------------------- loads

Ref<> LocalNode::eval(Frame& frame) const {
    if (Object* v = frame.slots[slot_]) return share(v);
    raise_unbound_local(name_);
    return fail(frame);
}

Ref<> CellNode::eval(Frame& frame) const {
    if (Object* v = cast<Cell>(frame.slots[slot_])->value) return share(v);
    if (free_) raise_unbound_free(name_);
    else raise_unbound_local(name_);
    return fail(frame);
}

// Globals, then builtins; borrowed, null when neither has the name.
static Object* find_global(Frame& frame, Str* name) {
    if (Object* v = dict_get_str(frame.globals, name)) return v;
    return dict_get_str(frame.builtins, name);
}

Ref<> GlobalNode::eval(Frame& frame) const {
    if (Object* v = find_global(frame, name_)) return share(v);
    raise_not_defined(name_);
    return fail(frame);
}

// Module and class bodies store names in a namespace dict (for a module,
// the globals themselves).
Ref<> NameNode::eval(Frame& frame) const {
    if (frame.namespace_ && frame.namespace_ != frame.globals) {
        if (Object* v = dict_get_str(cast<Dict>(frame.namespace_), name_)) return share(v);
    }
    if (Object* v = find_global(frame, name_)) return share(v);
    raise_not_defined(name_);
    return fail(frame);
}

Ref<> ClassDerefNode::eval(Frame& frame) const {
    if (Object* v = dict_get_str(cast<Dict>(frame.namespace_), name_)) return share(v);
    if (Object* v = cast<Cell>(frame.slots[slot_])->value) return share(v);
    raise_unbound_free(name_);
    return fail(frame);
}

// --------------------------------------------------------------- stores

bool LocalTarget::store(Frame& frame, Ref<> value) const {
    Object* old = frame.slots[slot_];
    frame.slots[slot_] = value.release();
    xdecref(old);
    return true;
}

bool LocalTarget::remove(Frame& frame) const {
    Object* old = frame.slots[slot_];
    if (!old) {
        raise_unbound_local(name_);
        return fail(frame), false;
    }
    frame.slots[slot_] = nullptr;
    decref(old);
    return true;
}

bool CellTarget::store(Frame& frame, Ref<> value) const {
    Cell* cell = cast<Cell>(frame.slots[slot_]);
    Object* old = cell->value;
    cell->value = value.release();
    xdecref(old);
    return true;
}

bool CellTarget::remove(Frame& frame) const {
    Cell* cell = cast<Cell>(frame.slots[slot_]);
    if (!cell->value) {
        if (free_) raise_unbound_free(name_);
        else raise_unbound_local(name_);
        return fail(frame), false;
    }
    clear_slot(cell->value);
    return true;
}

bool GlobalTarget::store(Frame& frame, Ref<> value) const {
    if (dict_set(frame.globals, name_, value.get()) < 0) return fail(frame), false;
    return true;
}

bool GlobalTarget::remove(Frame& frame) const {
    int removed = dict_del(frame.globals, name_);
    if (removed < 0) return fail(frame), false;
    if (removed == 0) {
        raise_not_defined(name_);
        return fail(frame), false;
    }
    return true;
}

static Dict* namespace_of(Frame& frame) {
    return cast<Dict>(frame.namespace_ ? frame.namespace_ : static_cast<Object*>(frame.globals));
}

bool NameTarget::store(Frame& frame, Ref<> value) const {
    if (dict_set(namespace_of(frame), name_, value.get()) < 0) return fail(frame), false;
    return true;
}

bool NameTarget::remove(Frame& frame) const {
    int removed = dict_del(namespace_of(frame), name_);
    if (removed < 0) return fail(frame), false;
    if (removed == 0) {
        raise_not_defined(name_);
        return fail(frame), false;
    }
    return true;
}

}  // namespace minipy::interp
