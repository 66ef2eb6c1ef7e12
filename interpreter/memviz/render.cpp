// memviz's formats by file extension (render.hpp): .txt, .dot, .svg, .html.
#include "interpreter/memviz/render.hpp"

#include "interpreter/memviz/html.hpp"
#include "interpreter/memviz/svg.hpp"

namespace minipy::interp::memviz {

std::optional<std::string> format_of(std::string_view path) {
    std::size_t dot = path.rfind('.');
    std::size_t slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
    std::string_view ext = path.substr(dot + 1);
    if (ext == "txt" || ext == "dot" || ext == "svg" || ext == "html") return std::string(ext);
    return std::nullopt;
}

bool format_available(std::string_view format) {
    return format == "txt" || format == "dot" || svg_available();
}

std::optional<std::string> render(const Snapshot& snap, std::string_view format) {
    if (format == "txt") return render_text(snap);
    if (format == "dot") return render_dot(snap);
    std::optional<std::string> svg = render_svg(snap);
    if (!svg || format == "svg") return svg;
    return render_html(heading(snap), "", {HtmlStep{heading(snap), 0, "", *svg}});
}

}  // namespace minipy::interp::memviz
