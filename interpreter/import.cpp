// Importing modules: builtin ones from a registry, others from `m.py` or
// `m/__init__.py` files found along sys.path, then the modules embedded from
// lib/ (frozen.hpp), each cached in sys.modules. A frozen module comes after
// sys.path, so a script's own `copy.py` shadows minipy's, as a script's
// files shadow CPython's standard library.
#include "interpreter/import.hpp"

#include "compiler/compiler.hpp"
#include "interpreter/call.hpp"
#include "interpreter/frozen.hpp"
#include "interpreter/nodes.hpp"
#include "interpreter/source_file.hpp"
#include "interpreter/stmt_nodes.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fstream>
#include <map>
#include <sstream>
#include <sys/stat.h>

namespace minipy::interp {

Dict* sys_modules = nullptr;

namespace {

std::map<std::string, ModuleFactory, std::less<>>& builtin_registry() {
    static auto* registry = new std::map<std::string, ModuleFactory, std::less<>>();
    return *registry;
}

bool is_file(const std::string& path) {
    struct stat st;
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// ModuleNotFoundError("No module named 'x'") with its `name` set; `detail`
// is appended to the message.
void raise_not_found(std::string_view name, std::string_view detail = {}) {
    Ref<> msg = str_from("No module named '" + std::string(name) + "'" + std::string(detail));
    Ref<> name_str = str_from(name);
    Object* argv[] = {msg.get(), name_str.get()};
    Ref<Tuple> kwnames = tuple_from({intern("name")});
    Ref<> exc = call(exc::ModuleNotFoundError, Args{argv, 1, kwnames.get()});
    if (exc) raise_chained(std::move(exc));
}

// Finds `leaf.py` or `leaf/__init__.py` in the search path (sys.path, or a
// package's __path__).
bool find_source(std::string_view leaf, Object* search_path, std::string& file, bool& package) {
    if (!search_path || !is_list(search_path)) return false;
    for (Object* entry : *cast<List>(search_path)) {
        if (!is_str(entry)) continue;
        std::string dir(cast<Str>(entry)->view());
        std::string base = dir.empty() ? std::string(leaf) : dir + "/" + std::string(leaf);
        if (is_file(base + "/__init__.py")) {
            file = base + "/__init__.py";
            package = true;
            return true;
        }
        if (is_file(base + ".py")) {
            file = base + ".py";
            package = false;
            return true;
        }
    }
    return false;
}

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream text;
    text << in.rdbuf();
    out = text.str();
    return true;
}

Object* sys_path() { return sys_attribute("path"); }

// Makes the module `full_name`, registers it in sys.modules and runs its
// code. `file` is its __file__ (a Source module) or the name its code runs
// under ("<frozen copy>"); `path` (null: not a package) becomes __path__.
Ref<> run_new_module(std::string_view full_name, const std::string& source, const std::string& file,
                     ModuleOrigin origin, List* path) {
    Ref<Module> module = module_new(full_name, origin);
    Dict* d = module->dict;
    if (origin == ModuleOrigin::Source && dict_set(d, "__file__", str_from(file).get()) < 0) return nullptr;
    if (path) {
        if (dict_set(d, "__path__", path) < 0) return nullptr;
        if (dict_set(d, "__package__", str_from(full_name).get()) < 0) return nullptr;
    } else {
        std::size_t dot = full_name.rfind('.');
        Ref<Str> package = str_from(dot == std::string_view::npos ? "" : full_name.substr(0, dot));
        if (dict_set(d, "__package__", package.get()) < 0) return nullptr;
    }
    // In sys.modules before it runs, so circular imports see it.
    if (dict_set(sys_modules, full_name, module.get()) < 0) return nullptr;
    if (!exec_module_source(module.get(), source, file)) {
        Ref<> exc = take_error();
        (void)dict_del(sys_modules, str_from(full_name).get());  // best effort: the module's own error is reported
        set_error(std::move(exc));
        return nullptr;
    }
    // A module may replace itself in sys.modules while running.
    if (Object* final = dict_get(sys_modules, full_name)) return share(final);
    return module;
}

// Loads one module whose parent (if any) is already imported.
Ref<> load(std::string_view full_name, Object* parent) {
    if (Object* cached = dict_get(sys_modules, full_name)) return share(cached);
    if (auto it = builtin_registry().find(full_name); it != builtin_registry().end()) {
        Ref<Module> module = it->second();
        if (!module) return nullptr;
        if (dict_set(sys_modules, full_name, module.get()) < 0) return nullptr;
        return module;
    }
    ModuleSource found;
    if (!find_module(full_name, parent, found)) return nullptr;
    if (found.origin == ModuleOrigin::Source) {
        // importlib's decode_source: the BOM and a coding declaration are
        // honoured; bytes that do not decode are a SyntaxError (worded as
        // for a script here, see tests/golden/DEVIATIONS.md).
        DecodedSource decoded = decode_source_file(found.text, found.filename);
        if (decoded.error) {
            if (Ref<> exc = syntax_error_object(*decoded.error)) raise_chained(std::move(exc));
            return nullptr;
        }
        found.text = std::move(decoded.text);
    }
    Ref<List> path;
    if (found.package) {
        path = list_new();
        // A file package searches its directory; a frozen one has only frozen submodules.
        if (found.origin == ModuleOrigin::Source &&
            !list_append(path.get(), str_from(found.filename.substr(0, found.filename.rfind('/'))).get()))
            return nullptr;
    }
    return run_new_module(full_name, found.text, found.filename, found.origin, path.get());
}

// The absolute name for `level` leading dots, from the importer's package.
bool resolve_relative(Frame& frame, std::string_view name, int level, std::string& out) {
    Object* package = dict_get(frame.globals, "__package__");
    std::string base;
    if (package && is_str(package)) {
        base = std::string(cast<Str>(package)->view());
    } else if (Object* mod_name = dict_get(frame.globals, "__name__"); mod_name && is_str(mod_name)) {
        base = std::string(cast<Str>(mod_name)->view());
        if (!dict_get(frame.globals, "__path__")) base = base.substr(0, base.rfind('.') == std::string::npos ? 0 : base.rfind('.'));
    }
    if (base.empty()) {
        raise(exc::ImportError, "attempted relative import with no known parent package");
        return false;
    }
    for (int i = 1; i < level; ++i) {
        std::size_t dot = base.rfind('.');
        if (dot == std::string::npos) {
            raise(exc::ImportError, "attempted relative import beyond top-level package");
            return false;
        }
        base = base.substr(0, dot);
    }
    out = name.empty() ? base : base + "." + std::string(name);
    return true;
}

}  // namespace

bool find_module(std::string_view full_name, Object* parent, ModuleSource& out) {
    std::string_view leaf = full_name.substr(full_name.rfind('.') == std::string_view::npos ? 0 : full_name.rfind('.') + 1);
    Object* search = parent ? dict_get(cast<Module>(parent)->dict, "__path__") : sys_path();
    if (parent && !search) {
        // importlib's _find_and_load_unlocked: only packages have submodules.
        std::string_view parent_name = full_name.substr(0, full_name.size() - leaf.size() - 1);
        raise_not_found(full_name, "; '" + std::string(parent_name) + "' is not a package");
        return false;
    }
    if (find_source(leaf, search, out.filename, out.package)) {
        out.origin = ModuleOrigin::Source;
        if (read_file(out.filename, out.text)) return true;
        raise_not_found(full_name);
        return false;
    }
    if (const FrozenModule* frozen = find_frozen(full_name)) {
        out.origin = ModuleOrigin::Frozen;
        out.text = std::string(frozen->source);
        out.filename = "<frozen " + std::string(full_name) + ">";
        out.package = frozen->package;
        return true;
    }
    raise_not_found(full_name);
    return false;
}

void register_builtin_module(std::string_view name, ModuleFactory factory) {
    builtin_registry()[std::string(name)] = factory;
}

Ref<> exec_module_source(Module* module, const std::string& source, const std::string& filename) {
    CompileResult compiled = compile_source(source, filename, CompileMode::File);
    if (compiled.error) {
        Ref<> exc = syntax_error_object(*compiled.error);
        if (exc) raise_chained(std::move(exc));
        return nullptr;
    }
    // importlib compiles with compile(): the literals' syntax-tree
    // references are gone before the module runs.
    compiled.syntax_refs.clear();
    Dict* globals = module->dict;
    if (!dict_get(globals, "__builtins__") && dict_set(globals, "__builtins__", builtins_dict) < 0) return nullptr;
    return run_module_code(compiled.code.get(), globals, globals);
}

Ref<> import_module(Frame& frame, Str* name, int level) {
    std::string full(name->view());
    if (level > 0 && !resolve_relative(frame, name->view(), level, full)) return nullptr;
    return import_absolute(full);
}

Ref<> import_absolute(std::string_view full) {
    Ref<> module;
    Ref<> parent;
    std::size_t start = 0;
    for (;;) {
        std::size_t dot = full.find('.', start);
        std::string_view prefix = full.substr(0, dot);
        module = load(prefix, parent.get());
        if (!module) return nullptr;
        if (parent) {
            std::string_view leaf = prefix.substr(prefix.rfind('.') + 1);
            if (setattr(parent.get(), intern(leaf), module.get()) < 0) return nullptr;
        }
        if (dot == std::string_view::npos) break;
        parent = module;
        start = dot + 1;
    }
    return module;
}

// ------------------------------------------------------------- statements

Flow ImportStmt::exec(Frame& frame) const {
    for (const Name& n : names_) {
        Ref<> module = import_module(frame, n.module, 0);
        if (!module) return fail_flow(frame);  // CPython 3.11 locates IMPORT_NAME at the statement
        if (n.bind_top) {
            // `import a.b.c` binds `a`.
            std::string_view full = n.module->view();
            std::size_t dot = full.find('.');
            if (dot != std::string_view::npos) {
                Object* top = dict_get(sys_modules, full.substr(0, dot));
                module = share(top);
            }
        }
        if (!n.target->store(frame, std::move(module))) return Flow::Error;
    }
    return Flow::Normal;
}

// from m import x: an attribute of m, or its submodule m.x.
Flow ImportFromStmt::exec(Frame& frame) const {
    Ref<> module = import_module(frame, module_, level_);
    if (!module) return fail_flow(frame);
    Dict* d = is_module(module.get()) ? cast<Module>(module.get())->dict : nullptr;
    if (star_) {
        Object* all = d ? dict_get(d, "__all__") : nullptr;
        if (all) {
            Ref<> it = get_iter(all);
            if (!it) return fail_flow(frame);
            while (Ref<> name = iter_next(it.get())) {
                Ref<> value = getattr(module.get(), cast<Str>(name.get()));
                if (!value) return fail_flow(frame);
                if (dict_set(cast<Dict>(frame.namespace_ ? frame.namespace_ : static_cast<Object*>(frame.globals)),
                             name.get(), value.get()) < 0)
                    return fail_flow(frame);
            }
            if (error_pending()) return fail_flow(frame);
        } else if (d) {
            Ref<Dict> snapshot = dict_copy(d);
            Object* key;
            Object* value;
            for (std::int64_t pos = 0; dict_next(snapshot.get(), pos, &key, &value);) {
                if (!is_str(key) || cast<Str>(key)->view().substr(0, 1) == "_") continue;
                if (dict_set(cast<Dict>(frame.namespace_ ? frame.namespace_ : static_cast<Object*>(frame.globals)), key,
                             value) < 0)
                    return fail_flow(frame);
            }
        }
        return Flow::Normal;
    }
    for (const Name& n : names_) {
        Ref<> value = getattr_optional(module.get(), n.name);
        if (!value && !error_pending()) {
            // Maybe a submodule not yet imported.
            std::string sub = std::string(cast<Str>(dict_get(d, "__name__"))->view()) + "." + std::string(n.name->view());
            if (d && dict_get(d, "__path__")) {
                value = import_module(frame, intern(sub), 0);
                if (!value && error_matches(exc::ModuleNotFoundError)) clear_error();
            }
        }
        if (!value) {
            if (error_pending()) return fail_flow(frame);
            Object* mod_name = d ? dict_get(d, "__name__") : nullptr;
            Object* file = d ? dict_get(d, "__file__") : nullptr;
            if (file && !is_str(file)) file = nullptr;
            std::string where = file ? std::string(cast<Str>(file)->view()) : "unknown location";
            Ref<> msg = str_from(fmt::format("cannot import name '{}' from '{}' ({})", n.name->view(),
                                             mod_name && is_str(mod_name) ? cast<Str>(mod_name)->view() : "?", where));
            // name= and path= as CPython's PyErr_SetImportError gives them
            // (None when unknown).
            Object* argv[] = {msg.get(), mod_name ? mod_name : None, file ? file : None};
            Ref<Tuple> kwnames = tuple_from({intern("name"), intern("path")});
            Ref<> exc = call(exc::ImportError, Args{argv, 1, kwnames.get()});
            if (exc) raise_chained(std::move(exc));
            return fail_flow(frame);
        }
        if (!n.target->store(frame, std::move(value))) return Flow::Error;
    }
    return Flow::Normal;
}

}  // namespace minipy::interp
