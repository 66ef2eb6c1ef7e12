// The pending exception.
#include "runtime/errors.hpp"

#include "runtime/abstract.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

#include <cstdio>

namespace minipy {

namespace {
Object* pending = nullptr;  // owned
}

std::string_view type_name(const Object* o) { return o->type->name_view(); }

void set_error(Ref<> exc) {
    Object* old = pending;
    pending = exc.release();
    xdecref(old);
}

std::nullptr_t raise(Type* type, std::string_view message) {
    Ref<> exc = exception_with_message(type, message);
    if (exc) set_error(std::move(exc));
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
        set_error(std::move(exc));
        return nullptr;
    }
    if (is_exception(exc_or_type)) {
        set_error(share(exc_or_type));
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
    if (!context || !repr_text(context, where)) {
        clear_error();
        where = "<object repr() failed>";
    }
    if (!str_text(exc, message)) {
        clear_error();
        message = "<exception str() failed>";
    }
    std::fflush(stdout);
    std::fprintf(stderr, "Exception ignored in: %s\n", where.c_str());
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
