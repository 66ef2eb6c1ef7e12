// The `memviz` module: memory diagrams from inside a program or the REPL
// (session.hpp). No CPython counterpart.
//   snapshot(title=None)     take a step (a file of its own under --draw)
//   render(path, obj=None)   write the drawing of obj, or of the frames, to
//                            path (.txt, .dot, .svg or .html, by its extension)
//   show(obj=None)           print the text drawing to sys.stdout
//   options(**kw)            max_items, max_depth, modules, functions,
//                            classes, builtins: what pictures leave out
#include "interpreter/memviz/module.hpp"

#include "interpreter/memviz/render.hpp"
#include "interpreter/memviz/session.hpp"
#include "interpreter/memviz/values.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <cerrno>
#include <cstring>

namespace minipy::interp::memviz {

namespace {

// A str argument's text, or false with TypeError.
bool str_arg(std::string_view function, Object* value, std::string& out) {
    if (!is_str(value)) {
        raisef(exc::TypeError, "{}() argument must be str, not {}", function, value->type->name_view());
        return false;
    }
    out = text_of(static_cast<Str*>(value));
    return true;
}

Ref<> snapshot_fn(Object*, const Args& args) {
    static const ArgSpec spec{"snapshot", {"title"}, 0};
    Object* title_arg[1] = {};
    if (!parse_args(args, spec, title_arg)) return nullptr;
    std::string title;
    if (title_arg[0] && title_arg[0] != None && !str_arg("snapshot", title_arg[0], title)) return nullptr;
    take_step(title);
    return none();
}

Ref<> render_fn(Object*, const Args& args) {
    static const ArgSpec spec{"render", {"path", "obj"}, 1};
    Object* a[2] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    std::string path;
    if (!str_arg("render", a[0], path)) return nullptr;
    std::optional<std::string> format = format_of(path);
    if (!format) return raisef(exc::ValueError, "memviz.render: cannot draw '{}': use a .txt, .dot, .svg or .html file", path);
    if (!format_available(*format))
        return raisef(exc::ValueError, "memviz.render: cannot draw '{}': this minipy was built without Graphviz", path);
    std::optional<std::string> text = render(current_snapshot(a[1] == None ? nullptr : a[1]), *format);
    if (!text) return raisef(exc::RuntimeError, "memviz.render: Graphviz could not draw '{}'", path);
    if (!write_file(path, *text)) return raisef(exc::OSError, "memviz.render: cannot write '{}': {}", path, std::strerror(errno));
    return none();
}

Ref<> show_fn(Object*, const Args& args) {
    static const ArgSpec spec{"show", {"obj"}, 0};
    Object* a[1] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<Str> text = str_from(render_text(current_snapshot(a[0] == None ? nullptr : a[0])));
    Object* out = sys_attribute("stdout");
    if (!out) return raise(exc::RuntimeError, "lost sys.stdout");
    if (out == None) return none();
    Ref<> keep = share(out);
    if (!call_method(out, "write", {text.get()})) return nullptr;
    return none();
}

// options(max_items=None, max_depth=None, modules=None, functions=None,
// classes=None, builtins=None): the arguments given change the session's
// options; returns None.
Ref<> options_fn(Object*, const Args& args) {
    static const ArgSpec spec{"options", {"max_items", "max_depth", "modules", "functions", "classes", "builtins"}, 0, 0, 0};
    Object* a[6] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    Options& options = session_options();
    int* counts[] = {&options.max_items, &options.max_depth};
    for (int i = 0; i < 2; ++i) {
        if (!a[i] || a[i] == None) continue;
        std::int64_t n;
        if (!index_to_i64(a[i], n)) return nullptr;
        if (n < 1 || n > 1000000) return raisef(exc::ValueError, "memviz.options: {} must be between 1 and 1000000", spec.params[i]);
        *counts[i] = static_cast<int>(n);
    }
    bool* flags[] = {&options.show_modules, &options.show_functions, &options.show_classes, &options.show_builtins};
    for (int i = 0; i < 4; ++i) {
        if (!a[i + 2] || a[i + 2] == None) continue;
        int truth = is_true(a[i + 2]);
        if (truth < 0) return nullptr;
        *flags[i] = truth != 0;
    }
    return none();
}

}  // namespace

Ref<Module> make_memviz_module() {
    Ref<Module> m = module_new("memviz", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
                                      {"snapshot", snapshot_fn},
                                      {"render", render_fn},
                                      {"show", show_fn},
                                      {"options", options_fn},
                                  });
    return m;
}

}  // namespace minipy::interp::memviz
