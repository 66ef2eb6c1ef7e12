// Loading and storing names: fast slots, cells, globals, namespaces.
#include "interpreter/nodes.hpp"

#include "interpreter/namespace.hpp"

#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/cell.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

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

// Without `name`: CPython's format_exc_check_arg sets it on NameError only.
static void raise_unbound_local(Str* name) {
    raise(exc::UnboundLocalError,
          fmt::format("cannot access local variable '{}' where it is not associated with a value", name->view()));
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

int ExprNode::eval_truth(Frame& frame) const {
    Ref<> value = eval(frame);
    if (!value) return -1;
    int truth = is_true(value.get());
    return truth < 0 ? -2 : truth;
}

// A read of an unbound variable fails out of line, so that the reads of
// locals and cells, which run for nearly every name in a function, save no
// registers.
[[gnu::noinline, gnu::cold]] static std::nullptr_t unbound(const Node& node, Frame& frame, Str* name, bool free) {
    if (free) raise_unbound_free(name);
    else raise_unbound_local(name);
    return node.fail(frame);
}

Ref<> LocalNode::eval(Frame& frame) const {
    if (Object* v = frame.slots[slot_]) return share(v);
    return unbound(*this, frame, name_, false);
}

Ref<> CellNode::eval(Frame& frame) const {
    if (Object* v = cast<Cell>(frame.slots[slot_])->value) return share(v);
    return unbound(*this, frame, name_, free_);
}

// Globals, then builtins; borrowed, null when neither has the name. A name
// found in the globals costs one comparison at its remembered position; a
// builtin costs a version check of the globals and one comparison.
static Object* find_global(Frame& frame, Str* name, GlobalNameCache& cache) {
    Dict* globals = frame.globals;
    if (globals != cache.absent_from || dict_version(globals) != cache.absent_version) {
        if (Object* v = dict_get_str_hinted(globals, name, cache.globals_hint)) return v;
        cache.absent_from = globals;
        cache.absent_version = dict_version(globals);
    }
    return dict_get_str_hinted(frame.builtins, name, cache.builtins_hint);
}

Ref<> GlobalNode::eval(Frame& frame) const {
    if (Object* v = find_global(frame, name_, cache_)) return share(v);
    raise_not_defined(name_);
    return fail(frame);
}

Ref<> namespace_lookup(Object* ns, Str* name) {
    if (ns->type == &DictType) return share(dict_get_str(cast<Dict>(ns), name));
    Ref<> value = getitem(ns, name);
    if (!value && error_matches(exc::KeyError)) clear_error();
    return value;
}

int namespace_store(Object* ns, Str* name, Object* value) {
    return ns->type == &DictType ? dict_set(cast<Dict>(ns), name, value) : setitem(ns, name, value);
}

Ref<> NameNode::eval(Frame& frame) const {
    if (frame.namespace_ && frame.namespace_ != frame.globals) {
        if (Ref<> v = namespace_lookup(frame.namespace_, name_)) return v;
        if (error_pending()) return fail(frame);
    }
    if (Object* v = find_global(frame, name_, cache_)) return share(v);
    raise_not_defined(name_);
    return fail(frame);
}

Ref<> ClassDerefNode::eval(Frame& frame) const {
    if (Ref<> v = namespace_lookup(frame.namespace_, name_)) return v;
    if (error_pending()) return fail(frame);
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
    if (dict_set_str_hinted(frame.globals, name_, value.get(), hint_) < 0) return fail(frame), false;
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

bool NameTarget::store(Frame& frame, Ref<> value) const {
    Object* ns = namespace_of(frame);
    int status = ns->type == &DictType ? dict_set_str_hinted(cast<Dict>(ns), name_, value.get(), hint_)
                                       : setitem(ns, name_, value.get());
    if (status < 0) return fail(frame), false;
    return true;
}

// Any failure to delete is reported as the name not being defined, in
// place of the mapping's own error (CPython's DELETE_NAME).
bool NameTarget::remove(Frame& frame) const {
    Object* ns = namespace_of(frame);
    int removed = ns->type == &DictType ? dict_del(cast<Dict>(ns), name_) : delitem(ns, name_) == 0 ? 1 : -1;
    if (removed <= 0) {
        clear_error();
        raise_not_defined(name_);
        return fail(frame), false;
    }
    return true;
}

}  // namespace minipy::interp
