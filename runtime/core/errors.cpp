// The pending exception.
#include "runtime/core/errors.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstdio>
#include <vector>

namespace minipy {

namespace {
Object* pending = nullptr;           // owned
std::vector<Object*> handled_stack;  // owned references
}

std::string_view type_name(const Object* o) { return o->type->name_view(); }

void set_error(Ref<> exc) {
    Object* old = pending;
    pending = exc.release();
    xdecref(old);
}

void push_handled_exception(Object* exc) {
    xincref(exc);
    handled_stack.push_back(exc);
}

void pop_handled_exception() {
    Object* top = handled_stack.back();
    handled_stack.pop_back();
    xdecref(top);
}

Object* handled_exception() { return handled_stack.empty() ? nullptr : handled_stack.back(); }

std::size_t handled_exception_depth() { return handled_stack.size(); }

std::vector<Ref<>> take_handled_exceptions(std::size_t depth) {
    std::vector<Ref<>> taken;
    for (std::size_t i = depth; i < handled_stack.size(); ++i) taken.push_back(adopt(handled_stack[i]));
    handled_stack.resize(depth);
    return taken;
}

// CPython's _PyErr_SetObject: the exception being handled becomes the
// context of the new one, breaking any cycle the chain would form.
void raise_chained(Ref<> exc) {
    Object* handled = handled_exception();
    if (handled && handled != exc.get() && is_exception(exc.get()) && is_exception(handled)) {
        for (Object* o = handled;;) {
            Object* context = cast<ExceptionObject>(o)->context;
            if (!context) break;
            if (context == exc.get()) {
                clear_slot(cast<ExceptionObject>(o)->context);
                break;
            }
            o = context;
        }
        set_slot(cast<ExceptionObject>(exc.get())->context, handled);
    }
    set_error(std::move(exc));
}

std::nullptr_t raise(Type* type, std::string_view message) {
    Ref<> exc = exception_with_message(type, message);
    if (exc) raise_chained(std::move(exc));
    return nullptr;
}

std::nullptr_t raise_object(Object* exc_or_type) {
    if (is_exception_class(exc_or_type)) {
        Ref<> exc = exception_new(static_cast<Type*>(exc_or_type), Args{});
        if (!exc) return nullptr;
        if (!is_exception(exc.get())) {
            return raisef(exc::TypeError,
                          "calling <class '{}'> should have returned an instance of BaseException, not {}",
                          type_qualified_name(static_cast<Type*>(exc_or_type)), type_name(exc.get()));
        }
        raise_chained(std::move(exc));
        return nullptr;
    }
    if (is_exception(exc_or_type)) {
        raise_chained(share(exc_or_type));
        return nullptr;
    }
    return raise(exc::TypeError, "exceptions must derive from BaseException");
}

bool error_pending() { return pending != nullptr; }
Object* pending_error() { return pending; }

Ref<> take_error() {
    Object* exc = pending;
    pending = nullptr;
    return adopt(exc);
}

void clear_error() { set_error(nullptr); }

bool error_matches(Object* type_or_tuple) {
    if (!pending) return false;
    if (is_tuple(type_or_tuple)) {
        for (Object* t : *cast<Tuple>(type_or_tuple))
            if (error_matches(t)) return true;
        return false;
    }
    return is_type(type_or_tuple) && is_instance_of(pending, static_cast<Type*>(type_or_tuple));
}

// Without the interpreter's hook: "Exception ignored in: <repr>" and the
// exception's "Type: message" line.
static void default_unraisable(Object* exc, Object* context) {
    std::string where, message;
    if (context && !repr_text(context, where)) {
        clear_error();
        where = "<object repr() failed>";
    }
    if (!str_text(exc, message)) {
        clear_error();
        message = "<exception str() failed>";
    }
    std::fflush(stdout);
    // Without a context CPython writes the exception alone.
    if (context) std::fprintf(stderr, "Exception ignored in: %s\n", where.c_str());
    std::string_view name = type_name(exc);
    if (message.empty()) std::fprintf(stderr, "%.*s\n", static_cast<int>(name.size()), name.data());
    else std::fprintf(stderr, "%.*s: %s\n", static_cast<int>(name.size()), name.data(), message.c_str());
}

UnraisableHook unraisable_hook = default_unraisable;

void write_unraisable(Object* context) {
    Ref<> exc = take_error();
    if (!exc) return;
    unraisable_hook(exc.get(), context);
    clear_error();
}

}  // namespace minipy
