// memviz's text rendering (render.hpp): frames with their names, then one
// paragraph per object with its slots, for a terminal. No CPython
// counterpart; the object lines read like the reprs CPython prints.
#include "interpreter/memviz/render.hpp"

#include <fmt/format.h>

#include <iterator>

namespace minipy::interp::memviz {

namespace {

std::string target_text(const Edge& edge) {
    if (edge.target < 0) return edge.text;
    return fmt::format("#{}", edge.target + 1);
}

void write_edge(std::string& out, const Edge& edge) {
    const char* arrow = edge.weak ? "~>" : "->";
    if (edge.label.empty()) fmt::format_to(std::back_inserter(out), "      {} {}\n", arrow, target_text(edge));
    else fmt::format_to(std::back_inserter(out), "      {} {} {}\n", edge.label, arrow, target_text(edge));
}

void write_node(std::string& out, int index, const Node& node) {
    fmt::format_to(std::back_inserter(out), "  #{} {}", index + 1, node.type);
    if (!node.value.empty()) fmt::format_to(std::back_inserter(out), " {}", node.value);
    fmt::format_to(std::back_inserter(out), "  id 0x{:x}", node.address);
    if (!node.freed) fmt::format_to(std::back_inserter(out), "  refcount {}", node.refcount);
    if (node.generation >= 0) fmt::format_to(std::back_inserter(out), "  gen {}", node.generation);
    if (node.shared) out += "  shared";
    if (node.garbage) out += "  garbage";
    if (node.dead) out += "  dead";
    if (node.freed) out += "  freed";
    out += '\n';
    for (const Edge& edge : node.edges) write_edge(out, edge);
    if (node.elided) fmt::format_to(std::back_inserter(out), "      … {} more\n", node.elided);
    if (node.truncated) out += "      … (depth limit)\n";
}

}  // namespace

std::string heading(const Snapshot& snap) {
    std::string out = snap.step ? fmt::format("step {}", snap.step) : std::string("memory");
    if (!snap.title.empty()) out += ": " + snap.title;
    if (!snap.file.empty()) {
        std::string_view file = snap.file;
        if (std::size_t slash = file.rfind('/'); slash != std::string_view::npos) file.remove_prefix(slash + 1);
        fmt::format_to(std::back_inserter(out), " ({}, line {})", file, snap.line);
    }
    return out;
}

std::string render_text(const Snapshot& snap) {
    std::string out = heading(snap) + "\nframes\n";
    for (const FrameView& frame : snap.frames) {
        if (frame.line) fmt::format_to(std::back_inserter(out), "  {} (line {})\n", frame.name, frame.line);
        else fmt::format_to(std::back_inserter(out), "  {}\n", frame.name);
        for (const Name& name : frame.names)
            fmt::format_to(std::back_inserter(out), "    {} -> {}\n", name.name, target_text(name.edge));
    }
    bool freed_heading = false;
    out += "objects\n";
    for (std::size_t i = 0; i < snap.nodes.size(); ++i) {
        const Node& node = snap.nodes[i];
        if (node.freed && !freed_heading) {
            out += "freed since the previous step\n";
            freed_heading = true;
        }
        write_node(out, static_cast<int>(i), node);
    }
    return out;
}

}  // namespace minipy::interp::memviz
