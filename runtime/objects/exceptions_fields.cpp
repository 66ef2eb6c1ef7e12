// The exception classes whose fields their constructors fill: StopIteration,
// SystemExit, ImportError, NameError, AttributeError and SyntaxError
// (CPython's Objects/exceptions.c, as of 3.11).
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/exceptions_detail.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/member.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <climits>
#include <cstddef>
#include <string_view>

namespace minipy {

namespace {

// The keyword-only arguments `names` of `fname`(...), which takes no other
// (CPython's PyArg_ParseTupleAndKeywords of an empty tuple with "|$O...").
// `out` is left null for those not given.
template <std::size_t N>
bool parse_keywords(const Args& args, std::string_view fname, const char* const (&names)[N], Object* (&out)[N]) {
    const std::size_t given = args.has_keywords() ? args.kw_count() : 0;
    if (given > N) {
        return raisef(exc::TypeError, "{}() takes at most {} keyword argument{} ({} given)", fname, N,
                      N == 1 ? "" : "s", given),
               false;
    }
    for (std::size_t k = 0; k < given; ++k) {
        std::string_view kw = args.kw_name(k)->view();
        bool known = false;
        for (std::size_t i = 0; i < N; ++i) {
            if (kw == names[i]) {
                out[i] = args.kw_value(k);
                known = true;
            }
        }
        if (!known) return raisef(exc::TypeError, "'{}' is an invalid keyword argument for {}()", kw, fname), false;
    }
    return true;
}

// BaseException.__init__ with the keywords left to the caller.
int init_positional(Object* self, const Args& args) {
    return exception_init(self, Args{args.values, args.count, nullptr});
}

// ---------------------------------------------------------- StopIteration

int stop_iteration_init(Object* self, const Args& args) {
    if (exception_init(self, args) < 0) return -1;
    set_slot(cast<StopIterationObject>(self)->value, args.size() > 0 ? args[0] : None);
    return 0;
}

// ------------------------------------------------------------- SystemExit

// SystemExit() leaves the code empty (it reads as None); SystemExit(a, b)
// keeps the whole tuple.
int system_exit_init(Object* self, const Args& args) {
    if (exception_init(self, args) < 0) return -1;
    auto* e = cast<SystemExitObject>(self);
    if (args.size() == 1) set_slot(e->code, args[0]);
    else if (args.size() > 1) set_slot(e->code, static_cast<Object*>(e->args));
    return 0;
}

// ------------------------------------------------------------ ImportError

// ImportError(*args, name=None, path=None): msg is the lone argument.
int import_error_init(Object* self, const Args& args) {
    if (init_positional(self, args) < 0) return -1;
    static const char* const kNames[] = {"name", "path"};
    Object* given[2] = {};
    if (!parse_keywords(args, "ImportError", kNames, given)) return -1;
    auto* e = cast<ImportErrorObject>(self);
    set_slot(e->name, given[0]);
    set_slot(e->path, given[1]);
    set_slot(e->msg, args.size() == 1 ? args[0] : nullptr);
    return 0;
}

// The message itself when it is an exact str.
Ref<> import_error_str(Object* self) {
    Object* msg = cast<ImportErrorObject>(self)->msg;
    if (msg && is_exact_str(msg)) return share(msg);
    return exception_str_slot(self);
}

// __reduce__(): name and path, when set, join the __dict__ in the state
// (ImportError_getstate).
Ref<> import_error_reduce(Object* self, const Args& args) {
    if (!check_no_args("ImportError.__reduce__", args)) return nullptr;
    auto* e = cast<ImportErrorObject>(self);
    Ref<> exc_args = exception_args(self);
    Ref<> state;
    if (e->name || e->path) {
        Ref<Dict> d = e->dict ? dict_copy(e->dict) : dict_new();
        if (!d) return nullptr;
        if (e->name && dict_set(d.get(), "name", e->name) < 0) return nullptr;
        if (e->path && dict_set(d.get(), "path", e->path) < 0) return nullptr;
        state = std::move(d);
    } else if (e->dict) {
        state = share<Object>(e->dict);
    }
    if (!state) return tuple_from({self->type, exc_args.get()});
    return tuple_from({self->type, exc_args.get(), state.get()});
}

// --------------------------------------------- NameError, AttributeError

int name_error_init(Object* self, const Args& args) {
    if (init_positional(self, args) < 0) return -1;
    static const char* const kNames[] = {"name"};
    Object* given[1] = {};
    if (!parse_keywords(args, "NameError", kNames, given)) return -1;
    set_slot(cast<NameErrorObject>(self)->name, given[0]);
    return 0;
}

int attribute_error_init(Object* self, const Args& args) {
    if (init_positional(self, args) < 0) return -1;
    static const char* const kNames[] = {"name", "obj"};
    Object* given[2] = {};
    if (!parse_keywords(args, "AttributeError", kNames, given)) return -1;
    auto* e = cast<AttributeErrorObject>(self);
    set_slot(e->name, given[0]);
    set_slot(e->obj, given[1]);
    return 0;
}

// ------------------------------------------------------------ SyntaxError

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
int syntax_error_init(Object* self, const Args& args) {
    if (exception_init(self, args) < 0) return -1;
    auto* e = cast<SyntaxErrorObject>(self);
    if (args.size() >= 1) set_slot(e->msg, args[0]);
    if (args.size() != 2) return 0;
    Ref<> info = call(&TupleType, {args[1]});
    if (!info) return -1;
    auto* t = cast<Tuple>(info.get());
    const std::int64_t n = t->length();
    if (n < 4) return raisef(exc::TypeError, "function takes at least 4 arguments ({} given)", n), -1;
    if (n > 6) return raisef(exc::TypeError, "function takes at most 6 arguments ({} given)", n), -1;
    set_slot(e->filename, (*t)[0]);
    set_slot(e->lineno, (*t)[1]);
    set_slot(e->offset, (*t)[2]);
    set_slot(e->text, (*t)[3]);
    set_slot(e->end_lineno, n > 4 ? (*t)[4] : nullptr);
    set_slot(e->end_offset, n > 5 ? (*t)[5] : nullptr);
    if (e->end_lineno && !e->end_offset)
        return raise(exc::TypeError, "end_offset must be provided when end_lineno is provided"), -1;
    return 0;
}

// "invalid syntax (x.py, line 3)": the file's base name when it is a str,
// the line when it is an exact int (-1 when it does not fit a C long).
Ref<> syntax_error_str(Object* self) {
    auto* e = cast<SyntaxErrorObject>(self);
    std::string_view file;
    const bool have_file = e->filename && is_str(e->filename);
    if (have_file) {
        file = cast<Str>(e->filename)->view();
        if (std::size_t slash = file.rfind('/'); slash != std::string_view::npos) file = file.substr(slash + 1);
    }
    const bool have_line = e->lineno && is_exact_int(e->lineno);
    std::string text;
    if (!str_text(e->msg ? e->msg : None, text)) return nullptr;
    if (!have_file && !have_line) return str_from(text);
    std::int64_t line = -1;
    if (have_line) {
        auto value = int_to_i64(cast<Int>(e->lineno));
        if (value && *value >= LONG_MIN && *value <= LONG_MAX) line = *value;
    }
    if (have_file && have_line) return str_from(fmt::format("{} ({}, line {})", text, file, line));
    if (have_file) return str_from(fmt::format("{} ({})", text, file));
    return str_from(fmt::format("{} (line {})", text, line));
}

}  // namespace

void stop_iteration_types_init() {
    StopIterationLayout::install(*exc::StopIteration);
    exc::StopIteration->init = stop_iteration_init;
}

void system_exit_types_init() {
    SystemExitLayout::install(*exc::SystemExit);
    exc::SystemExit->init = system_exit_init;
}

void import_error_types_init() {
    Type& t = *exc::ImportError;
    ImportErrorLayout::install(t);
    t.init = import_error_init;
    t.str = import_error_str;
    add_methods(t, {{"__reduce__", import_error_reduce}});
}

void name_error_types_init() {
    NameErrorLayout::install(*exc::NameError);
    exc::NameError->init = name_error_init;
}

void attribute_error_types_init() {
    AttributeErrorLayout::install(*exc::AttributeError);
    exc::AttributeError->init = attribute_error_init;
}

void syntax_error_types_init() {
    SyntaxErrorLayout::install(*exc::SyntaxError);
    exc::SyntaxError->init = syntax_error_init;
    exc::SyntaxError->str = syntax_error_str;
}

void exception_members_init() {
    constexpr MemberKind kObject = MemberKind::Object;
    add_member(*exc::StopIteration, "value", offsetof(StopIterationObject, value), kObject);
    add_member(*exc::SystemExit, "code", offsetof(SystemExitObject, code), kObject);
    add_member(*exc::ImportError, "msg", offsetof(ImportErrorObject, msg), kObject);
    add_member(*exc::ImportError, "name", offsetof(ImportErrorObject, name), kObject);
    add_member(*exc::ImportError, "path", offsetof(ImportErrorObject, path), kObject);
    add_member(*exc::NameError, "name", offsetof(NameErrorObject, name), kObject);
    add_member(*exc::AttributeError, "name", offsetof(AttributeErrorObject, name), kObject);
    add_member(*exc::AttributeError, "obj", offsetof(AttributeErrorObject, obj), kObject);
    Type& syntax = *exc::SyntaxError;
    add_member(syntax, "msg", offsetof(SyntaxErrorObject, msg), kObject);
    add_member(syntax, "filename", offsetof(SyntaxErrorObject, filename), kObject);
    add_member(syntax, "lineno", offsetof(SyntaxErrorObject, lineno), kObject);
    add_member(syntax, "offset", offsetof(SyntaxErrorObject, offset), kObject);
    add_member(syntax, "text", offsetof(SyntaxErrorObject, text), kObject);
    add_member(syntax, "end_lineno", offsetof(SyntaxErrorObject, end_lineno), kObject);
    add_member(syntax, "end_offset", offsetof(SyntaxErrorObject, end_offset), kObject);
    add_member(syntax, "print_file_and_line", offsetof(SyntaxErrorObject, print_file_and_line), kObject);
}

}  // namespace minipy
