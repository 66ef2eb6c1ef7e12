// The builtin functions that talk to the outside world: print, input, open,
// and the exit/quit objects that CPython's site module adds.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/file.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <string_view>

namespace minipy {

namespace {

// ----------------------------------------------------------------- print

// Writes `s` to `file`: directly for our own text files, else by calling
// file.write(s) as CPython's PyFile_WriteObject does.
bool write_to(Object* file, Str* s) {
    if (file->type == &TextIOWrapperType) return file_write_text(cast<File>(file), s);
    return static_cast<bool>(call_method(file, "write", {s}));
}

bool separator_arg(Object* value, const char* what, Str*& out) {
    if (!value || value == None) return true;
    if (!is_str(value)) {
        raisef(exc::TypeError, "{} must be None or a string, not {}", what, type_name(value));
        return false;
    }
    out = cast<Str>(value);
    return true;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Ref<> builtin_print(Object*, const Args& args) {
    Object* sep_arg = nullptr;
    Object* end_arg = nullptr;
    Object* file = nullptr;
    Object* flush = nullptr;
    for (std::size_t i = 0; i < args.kw_count(); ++i) {
        std::string_view kw = args.kw_name(i)->view();
        Object* value = args.kw_value(i);
        if (kw == "sep") sep_arg = value;
        else if (kw == "end") end_arg = value;
        else if (kw == "file") file = value;
        else if (kw == "flush") flush = value;
        else return raisef(exc::TypeError, "'{}' is an invalid keyword argument for print()", kw);
    }
    if (!file || file == None) {
        file = sys_attribute("stdout");
        if (!file) return raise(exc::RuntimeError, "lost sys.stdout");
        // print() to a missing stdout (sys.stdout = None) does nothing.
        if (file == None) return none();
    }
    static Str* const space = intern(" ");
    static Str* const newline = intern("\n");
    Str* sep = space;
    Str* end = newline;
    if (!separator_arg(sep_arg, "sep", sep) || !separator_arg(end_arg, "end", end)) return nullptr;

    Ref<> keep_file = share(file);  // a __str__ may rebind sys.stdout
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i > 0 && !write_to(file, sep)) return nullptr;
        Ref<> text = str(args[i]);
        if (!text || !write_to(file, cast<Str>(text.get()))) return nullptr;
    }
    if (!write_to(file, end)) return nullptr;
    if (flush) {
        int truth = is_true(flush);
        if (truth < 0) return nullptr;
        if (truth && !call_method(file, "flush", {})) return nullptr;
    }
    return none();
}

// ----------------------------------------------------------------- input

// input(prompt=None): the prompt goes to sys.stdout, a line comes from
// sys.stdin without its newline; EOFError at end of file.
Ref<> builtin_input(Object*, const Args& args) {
    if (!check_no_keywords("input", args) || !check_arg_range("input", args, 0, 1)) return nullptr;
    Object* in = sys_attribute("stdin");
    Object* out = sys_attribute("stdout");
    Object* err = sys_attribute("stderr");
    if (!in || in == None) return raise(exc::RuntimeError, "input(): lost sys.stdin");
    if (!out || out == None) return raise(exc::RuntimeError, "input(): lost sys.stdout");
    if (!err || err == None) return raise(exc::RuntimeError, "input(): lost sys.stderr");
    Ref<> keep_in = share(in), keep_out = share(out);
    if (!call_method(err, "flush", {})) clear_error();
    if (args.size() == 1 && args[0] != None) {
        Ref<> prompt = str(args[0]);
        if (!prompt || !write_to(out, cast<Str>(prompt.get()))) return nullptr;
    }
    if (!call_method(out, "flush", {})) clear_error();

    Ref<> line = in->type == &TextIOWrapperType ? file_readline_text(cast<File>(in)) : call_method(in, "readline", {});
    if (!line) return nullptr;
    if (!is_str(line.get())) return raise(exc::TypeError, "object.readline() returned non-string");
    std::string_view text = cast<Str>(line.get())->view();
    if (text.empty()) return raise(exc::EOFError, "EOF when reading a line");
    if (text.back() == '\n') text.remove_suffix(1);
    return str_from(text);
}

// ------------------------------------------------------------------ open

Ref<> builtin_open(Object*, const Args& args) {
    static const ArgSpec spec{
        "open", {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1};
    Object* a[8];
    if (!parse_args(args, spec, a)) return nullptr;
    if (a[2] && !is_int(a[2]))
        return raisef(exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(a[2]));
    if (a[7] && a[7] != None) return raise(exc::NotImplementedError, "minipy's open() does not support opener");
    return file_open(a[0], a[1], a[3], a[4], a[5], a[6]);
}

// ------------------------------------------------------------ exit, quit
//
// CPython's site module binds exit and quit to _sitebuiltins.Quitter
// objects: their repr tells the interactive user what to type, calling
// one raises SystemExit.

Type QuitterType;

struct Quitter : Object {
    Str* name = nullptr;  // owned: "exit" or "quit"
};

// No clear: a quitter holds only its name, an interned str.
void quitter_destroy(Object* o) {
    clear_slot(cast<Quitter>(o)->name);
    delete_object(cast<Quitter>(o));
}

Ref<> quitter_repr(Object* o) {
    return str_from(fmt::format("Use {}() or Ctrl-D (i.e. EOF) to exit", cast<Quitter>(o)->name->view()));
}

Ref<> quitter_call(Object*, const Args& args) {
    Object* code[1];
    if (!bind_python_args("Quitter.__call__", args, {"code"}, 0, true, code)) return nullptr;
    Object* argv[] = {code[0] ? code[0] : None};
    Ref<> exit = exception_new(exc::SystemExit, Args{argv, 1, nullptr});
    if (exit) raise_chained(std::move(exit));
    return nullptr;
}

Ref<> quitter_new(const char* name) {
    auto q = new_object<Quitter>(&QuitterType);
    q->name = intern(name);
    incref(q->name);
    return q;
}

}  // namespace

void quitter_type_init() {
    type_init_builtin(QuitterType, "Quitter", &ObjectType, sizeof(Quitter), 0);
    QuitterType.destroy = quitter_destroy;
    QuitterType.repr = quitter_repr;
    QuitterType.call = quitter_call;
    type_set_module(QuitterType, "_sitebuiltins");
    type_ready(QuitterType);
}

void add_builtin_io_functions(Module* m) {
    add_module_functions(m, {
                                {"print", builtin_print},
                                {"input", builtin_input},
                                {"open", builtin_open},
                            });
    module_add(m, "exit", quitter_new("exit").get());
    module_add(m, "quit", quitter_new("quit").get());
}

}  // namespace minipy
