// SVG through Graphviz's library (svg.hpp): agmemread, gvLayout with the
// dot engine, gvRenderData as "svg" (Graphviz's lib/gvc API).
#include "interpreter/memviz/svg.hpp"

#include "interpreter/memviz/render.hpp"

#if defined(MINIPY_HAVE_GRAPHVIZ)
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif

namespace minipy::interp::memviz {

#if defined(MINIPY_HAVE_GRAPHVIZ)

bool svg_available() { return true; }

std::optional<std::string> render_svg(const Snapshot& snap) {
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
