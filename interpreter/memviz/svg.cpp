// SVG through Graphviz's library (svg.hpp): agmemread, gvLayout with the
// dot engine, gvRenderData as "svg" (Graphviz's lib/gvc API).
#include "interpreter/memviz/svg.hpp"

#include "interpreter/memviz/render.hpp"

#if defined(MINIPY_HAVE_GRAPHVIZ)
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

namespace minipy::interp::memviz {

#if defined(MINIPY_HAVE_GRAPHVIZ)

bool svg_available() { return true; }

namespace {

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

#if defined(__SANITIZE_ADDRESS__)
// What the pause above cannot cover: fontconfig's configuration, which
// Graphviz's text-layout plugin (through pango) loads on a thread of its own.
// Quietly: the report of the suppressions used would change stderr.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif

std::optional<std::string> render_svg(const Snapshot& snap) {
    [[maybe_unused]] LeakCheckPause pause;
    // One context for the process, made on first use; Graphviz's messages
    // go nowhere.
    static GVC_t* gvc = [] {
        agseterrf([](char*) { return 0; });
        return gvContext();
    }();
    if (!gvc) return std::nullopt;
    const std::string dot = render_dot(snap);
    Agraph_t* graph = agmemread(dot.c_str());
    if (!graph) return std::nullopt;
    std::optional<std::string> svg;
    if (gvLayout(gvc, graph, "dot") == 0) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, graph, "svg", &data, &length) == 0 && data) svg = std::string(data, length);
        gvFreeRenderData(data);
        gvFreeLayout(gvc, graph);
    }
    agclose(graph);
    return svg;
}

#else

bool svg_available() { return false; }
std::optional<std::string> render_svg(const Snapshot&) { return std::nullopt; }

#endif

}  // namespace minipy::interp::memviz
