// SVG through Graphviz's library (svg.hpp): agmemread, gvLayout with the
// dot engine, gvRenderData as "svg" (Graphviz's lib/gvc API), from the
// shared libraries loaded at the first drawing.
#include "interpreter/memviz/svg.hpp"

#include "interpreter/memviz/render.hpp"

#if defined(MINIPY_HAVE_GRAPHVIZ)
#include <dlfcn.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

namespace minipy::interp::memviz {

#if defined(MINIPY_HAVE_GRAPHVIZ)

namespace {

// Graphviz's functions, from its shared libraries loaded on first use (by
// soname, as the linker would have named them): drawing text or DOT, or
// not drawing at all, never maps them.
struct Graphviz {
    decltype(&agseterrf) set_error_function = nullptr;
    decltype(&agmemread) read_graph = nullptr;
    decltype(&agclose) close_graph = nullptr;
    decltype(&gvContext) new_context = nullptr;
    decltype(&gvLayout) layout = nullptr;
    decltype(&gvFreeLayout) free_layout = nullptr;
    decltype(&gvRenderData) render = nullptr;
    decltype(&gvFreeRenderData) free_render = nullptr;
    GVC_t* context = nullptr;
};

void* open_library(const char* soname, const char* unversioned) {
    void* handle = dlopen(soname, RTLD_NOW | RTLD_GLOBAL);
    return handle ? handle : dlopen(unversioned, RTLD_NOW | RTLD_GLOBAL);
}

template <class Fn>
bool find(void* library, const char* name, Fn& fn) {
    fn = reinterpret_cast<Fn>(dlsym(library, name));
    return fn != nullptr;
}

// Null when the libraries or a function are missing.
const Graphviz* graphviz() {
    static const std::optional<Graphviz> loaded = []() -> std::optional<Graphviz> {
        void* cgraph = open_library("libcgraph.so.6", "libcgraph.so");
        void* gvc = open_library("libgvc.so.6", "libgvc.so");
        if (!cgraph || !gvc) return std::nullopt;
        Graphviz g;
        bool complete = find(cgraph, "agseterrf", g.set_error_function) && find(cgraph, "agmemread", g.read_graph) &&
                        find(cgraph, "agclose", g.close_graph) && find(gvc, "gvContext", g.new_context) &&
                        find(gvc, "gvLayout", g.layout) && find(gvc, "gvFreeLayout", g.free_layout) &&
                        find(gvc, "gvRenderData", g.render) && find(gvc, "gvFreeRenderData", g.free_render);
        if (!complete) return std::nullopt;
        // One context for the process; Graphviz's messages go nowhere.
        g.set_error_function([](char*) { return 0; });
        g.context = g.new_context();
        if (!g.context) return std::nullopt;
        return g;
    }();
    return loaded ? &*loaded : nullptr;
}

// Graphviz, its plugins and the font libraries they load keep blocks they
// never free (a context's caches, fontconfig's configuration, and some
// blocks Graphviz 2.42 itself loses); LeakSanitizer, which minipy's
// sanitizer build runs at exit, is not told about what they allocate.
struct LeakCheckPause {
#if defined(__SANITIZE_ADDRESS__)
    LeakCheckPause() { __lsan_disable(); }
    ~LeakCheckPause() { __lsan_enable(); }
#endif
};

}  // namespace

bool svg_available() {
    [[maybe_unused]] LeakCheckPause pause;
    return graphviz() != nullptr;
}

#if defined(__SANITIZE_ADDRESS__)
// What the pause above cannot cover: fontconfig's configuration, which
// Graphviz's text-layout plugin (through pango) loads on a thread of its own.
// Quietly: the report of the suppressions used would change stderr.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif

std::optional<std::string> render_svg(const Snapshot& snap) {
    [[maybe_unused]] LeakCheckPause pause;
    const Graphviz* gv = graphviz();
    if (!gv) return std::nullopt;
    const std::string dot = render_dot(snap);
    Agraph_t* graph = gv->read_graph(dot.c_str());
    if (!graph) return std::nullopt;
    std::optional<std::string> svg;
    if (gv->layout(gv->context, graph, "dot") == 0) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gv->render(gv->context, graph, "svg", &data, &length) == 0 && data) svg = std::string(data, length);
        gv->free_render(data);
        gv->free_layout(gv->context, graph);
    }
    gv->close_graph(graph);
    return svg;
}

#else

bool svg_available() { return false; }
std::optional<std::string> render_svg(const Snapshot&) { return std::nullopt; }

#endif

}  // namespace minipy::interp::memviz
