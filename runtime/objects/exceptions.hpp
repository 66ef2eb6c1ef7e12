// Exception objects and the builtin exception hierarchy.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

namespace minipy {

struct Tuple;
struct Dict;

// The layouts are CPython 3.11's (Include/cpython/pyerrors.h), so
// sys.getsizeof is CPython's. Most classes have BaseException's; a few add
// fields, which their subclasses share (FileNotFoundError is an OSError,
// TabError a SyntaxError), and which the class exposes as member
// descriptors (`StopIteration.value`, `OSError.errno`). An empty object
// field reads as None: BaseException.__new__ leaves the fields empty, and
// a class's __init__ fills them, so a subclass whose __init__ does not call
// the base's sees None, as in CPython.
//
// The fields are released in the order of CPython's *_clear functions: the
// class's own fields first, then BaseException's (dict, args, notes,
// traceback, cause, context); traverse visits them in that order too.
struct ExceptionObject : Object {
    Dict* dict = nullptr;          // __dict__ (owned)
    Tuple* args = nullptr;         // .args (owned)
    // CPython 3.11's `notes`, which 3.11 leaves unused: add_note keeps
    // __notes__ in the dict. Always null; kept for the layout's size.
    Object* notes = nullptr;
    Object* traceback = nullptr;   // __traceback__ (owned, Traceback or null)
    Object* context = nullptr;     // __context__ (owned)
    Object* cause = nullptr;       // __cause__ (owned)
    bool suppress_context = false; // __suppress_context__
};

// StopIteration (PyStopIterationObject).
struct StopIterationObject : ExceptionObject {
    Object* value = nullptr;  // the generator's return value (owned)
};

// SystemExit (PySystemExitObject).
struct SystemExitObject : ExceptionObject {
    Object* code = nullptr;  // the exit status (owned); empty for SystemExit()
};

// ImportError and ModuleNotFoundError (PyImportErrorObject).
struct ImportErrorObject : ExceptionObject {
    Object* msg = nullptr;   // the lone argument, if there is exactly one (owned)
    Object* name = nullptr;  // name= (owned)
    Object* path = nullptr;  // path= (owned)
};

// NameError and UnboundLocalError (PyNameErrorObject).
struct NameErrorObject : ExceptionObject {
    Object* name = nullptr;  // name= (owned)
};

// AttributeError (PyAttributeErrorObject): what the suggestions read.
struct AttributeErrorObject : ExceptionObject {
    Object* obj = nullptr;   // obj= (owned)
    Object* name = nullptr;  // name= (owned)
};

// OSError and its subclasses (PyOSErrorObject).
struct OSErrorObject : ExceptionObject {
    Object* myerrno = nullptr;    // .errno (owned)
    Object* strerror = nullptr;   // (owned)
    Object* filename = nullptr;   // (owned)
    Object* filename2 = nullptr;  // (owned)
    // BlockingIOError's characters_written; -1: not set.
    std::int64_t written = -1;
};

// SyntaxError, IndentationError and TabError (PySyntaxErrorObject).
struct SyntaxErrorObject : ExceptionObject {
    Object* msg = nullptr;  // every field owned
    Object* filename = nullptr;
    Object* lineno = nullptr;
    Object* offset = nullptr;
    Object* text = nullptr;
    Object* end_lineno = nullptr;
    Object* end_offset = nullptr;
    Object* print_file_and_line = nullptr;
};

// UnicodeEncodeError and UnicodeDecodeError (PyUnicodeErrorObject;
// UnicodeError itself has BaseException's layout).
struct UnicodeErrorObject : ExceptionObject {
    Object* encoding = nullptr;  // (owned)
    Object* object = nullptr;    // the str or bytes (owned)
    std::int64_t start = 0;
    std::int64_t end = 0;
    Object* reason = nullptr;    // (owned)
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

// The traceback type, which the interpreter defines and sets here:
// __traceback__ and with_traceback() take only its instances or None.
extern Type* exception_traceback_type;

// Makes `type(*args)`: the instance a `raise` or a runtime error creates.
Ref<> exception_new(Type* type, const Args& args);
// `type(message)` for the runtime's own errors.
Ref<> exception_with_message(Type* type, std::string_view message);

// str(exc) as CPython prints it after "TypeError: " (KeyError shows its repr).
Ref<> exception_str(Object* exc);

void exceptions_init();

}  // namespace minipy
