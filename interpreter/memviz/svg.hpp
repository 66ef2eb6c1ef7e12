// memviz's SVG rendering: the DOT graph (render_dot.cpp) laid out and drawn
// by Graphviz's own library (cgraph + gvc) in-process, with no `dot`
// program run. Present when minipy was built with libgraphviz-dev
// (CMake's MINIPY_HAVE_GRAPHVIZ).
#pragma once

#include "interpreter/memviz/model.hpp"

#include <optional>
#include <string>

namespace minipy::interp::memviz {

// Whether this minipy can draw SVG (and so HTML): built with Graphviz's
// headers, and its libraries load (the first call loads them).
bool svg_available();

// The SVG document of `snap`; nullopt when Graphviz is missing or refused
// the graph. Graphviz's warnings are silenced: the program's stderr is its own.
std::optional<std::string> render_svg(const Snapshot& snap);

}  // namespace minipy::interp::memviz
