// Exception objects and the builtin exception hierarchy.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Tuple;
struct Dict;

// BaseException and every subclass share this layout; class-specific fields
// (StopIteration.value, SystemExit.code, OSError.errno, SyntaxError.lineno…)
// are attributes in `dict`, set by the class's __init__.
struct ExceptionObject : Object {
    Dict* dict = nullptr;          // __dict__ (owned)
    Tuple* args = nullptr;         // .args (owned)
    Object* traceback = nullptr;   // __traceback__ (owned, Traceback or null)
    Object* context = nullptr;     // __context__ (owned)
    Object* cause = nullptr;       // __cause__ (owned)
    bool suppress_context = false; // __suppress_context__
};

// The hierarchy, each entry once: (name, base). Order matters: a base comes
// before its subclasses. BaseException (whose base is object) names itself.
#define MINIPY_EXCEPTIONS(X)                              \
    X(BaseException, BaseException)                       \
    X(SystemExit, BaseException)                          \
    X(KeyboardInterrupt, BaseException)                   \
    X(GeneratorExit, BaseException)                       \
    X(Exception, BaseException)                           \
    X(StopIteration, Exception)                           \
    X(ArithmeticError, Exception)                         \
    X(FloatingPointError, ArithmeticError)                \
    X(OverflowError, ArithmeticError)                     \
    X(ZeroDivisionError, ArithmeticError)                 \
    X(AssertionError, Exception)                          \
    X(AttributeError, Exception)                          \
    X(BufferError, Exception)                             \
    X(EOFError, Exception)                                \
    X(ImportError, Exception)                             \
    X(ModuleNotFoundError, ImportError)                   \
    X(LookupError, Exception)                             \
    X(IndexError, LookupError)                            \
    X(KeyError, LookupError)                              \
    X(MemoryError, Exception)                             \
    X(NameError, Exception)                               \
    X(UnboundLocalError, NameError)                       \
    X(OSError, Exception)                                 \
    X(BlockingIOError, OSError)                           \
    X(ChildProcessError, OSError)                         \
    X(ConnectionError, OSError)                           \
    X(BrokenPipeError, ConnectionError)                   \
    X(ConnectionAbortedError, ConnectionError)            \
    X(ConnectionRefusedError, ConnectionError)            \
    X(ConnectionResetError, ConnectionError)              \
    X(FileExistsError, OSError)                           \
    X(FileNotFoundError, OSError)                         \
    X(InterruptedError, OSError)                          \
    X(IsADirectoryError, OSError)                         \
    X(NotADirectoryError, OSError)                        \
    X(PermissionError, OSError)                           \
    X(ProcessLookupError, OSError)                        \
    X(TimeoutError, OSError)                              \
    X(ReferenceError, Exception)                          \
    X(RuntimeError, Exception)                            \
    X(NotImplementedError, RuntimeError)                  \
    X(RecursionError, RuntimeError)                       \
    X(StopAsyncIteration, Exception)                      \
    X(SyntaxError, Exception)                             \
    X(IndentationError, SyntaxError)                      \
    X(TabError, IndentationError)                         \
    X(SystemError, Exception)                             \
    X(TypeError, Exception)                               \
    X(ValueError, Exception)                              \
    X(UnicodeError, ValueError)                           \
    X(UnicodeDecodeError, UnicodeError)                   \
    X(UnicodeEncodeError, UnicodeError)                   \
    X(Warning, Exception)                                 \
    X(DeprecationWarning, Warning)                        \
    X(RuntimeWarning, Warning)                            \
    X(SyntaxWarning, Warning)                             \
    X(UserWarning, Warning)

namespace exc {
#define X(name, base) extern Type* const name;
MINIPY_EXCEPTIONS(X)
#undef X
}  // namespace exc

inline bool is_exception(const Object* o) { return o->type->has_flag(type_flags::kExceptionSubclass); }
inline bool is_exception_class(const Object* o) {
    return is_type(o) && static_cast<const Type*>(o)->has_flag(type_flags::kExceptionSubclass);
}

// The OSError subclass CPython chooses for an errno (PEP 3151):
// FileNotFoundError for ENOENT, ..., OSError itself for the rest.
Type* os_error_subclass(int errnum);

// Makes `type(*args)`: the instance a `raise` or a runtime error creates.
Ref<> exception_new(Type* type, const Args& args);
// `type(message)` for the runtime's own errors.
Ref<> exception_with_message(Type* type, std::string_view message);

// str(exc) as CPython prints it after "TypeError: " (KeyError shows its repr).
Ref<> exception_str(Object* exc);

void exceptions_init();

}  // namespace minipy
