// memviz's step-through page: one self-contained HTML file (no network, no
// files beside it) holding every step's SVG, the script's source with the
// current line marked, and the output printed so far; previous/next
// buttons, the arrow keys, and a URL fragment (`#3`) to open at a step.
#pragma once

#include <string>
#include <vector>

namespace minipy::interp::memviz {

struct HtmlStep {
    std::string title;   // the step's heading (render.hpp's heading())
    int line = 0;        // the line of the source running, or 0
    std::string output;  // what the program wrote to stdout and stderr so far
    std::string svg;     // the drawing
};

// `name`: the script's name for the page title; `source`: its text ("" for
// none: the page has no source pane).
std::string render_html(const std::string& name, const std::string& source, const std::vector<HtmlStep>& steps);

}  // namespace minipy::interp::memviz
