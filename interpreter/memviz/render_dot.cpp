// memviz's Graphviz rendering (render.hpp): the frames as one table per
// frame in a cluster, each object as an HTML-like table whose rows are its
// slots, arrows from the rows' ports. Weak references are dashed arrows;
// garbage is drawn red, freed objects grey and dashed.
#include "interpreter/memviz/render.hpp"

#include <fmt/format.h>

#include <iterator>

namespace minipy::interp::memviz {

namespace {

// A slot's row: its label, and its inline value or a port the arrow leaves.
std::string slot_row(std::string_view label, const Edge& edge, const std::string& port) {
    std::string text = escape_html(label);
    if (edge.target < 0) {
        const bool dead = edge.text == "dead";
        text += fmt::format("{}{}{}", text.empty() ? "" : " = ", dead ? "<font color=\"red\">dead</font>" : "",
                            dead ? "" : escape_html(edge.text));
    }
    if (text.empty()) text = edge.weak ? "<i>weak</i>" : "&nbsp;";
    return fmt::format("<tr><td port=\"{}\" align=\"left\">{}</td></tr>", port, text);
}

// Text inside a quoted DOT string.
std::string quote(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string edge_attributes(const Edge& edge) {
    return edge.weak ? " [style=dashed, color=\"#555555\"]" : "";
}

void write_frames(std::string& out, const Snapshot& snap) {
    out += "  subgraph cluster_frames {\n    label=\"frames\";\n    style=rounded;\n";
    for (std::size_t f = 0; f < snap.frames.size(); ++f) {
        const FrameView& frame = snap.frames[f];
        std::string rows = fmt::format("<tr><td bgcolor=\"#dde5f0\"><b>{}</b>{}</td></tr>", escape_html(frame.name),
                                       frame.line ? fmt::format("&nbsp;line {}", frame.line) : "");
        for (std::size_t n = 0; n < frame.names.size(); ++n)
            rows += slot_row(frame.names[n].name, frame.names[n].edge, fmt::format("n{}", n));
        fmt::format_to(std::back_inserter(out),
                       "    f{} [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">{}</table>>];\n", f,
                       rows);
    }
    // Frames stacked top-down, the module first: one rank (a column, left to
    // right), kept in order by invisible edges.
    if (snap.frames.size() > 1) {
        out += "    { rank=same;";
        for (std::size_t f = 0; f < snap.frames.size(); ++f) fmt::format_to(std::back_inserter(out), " f{};", f);
        out += " }\n";
    }
    for (std::size_t f = 1; f < snap.frames.size(); ++f)
        fmt::format_to(std::back_inserter(out), "    f{} -> f{} [style=invis];\n", f, f - 1);
    out += "  }\n";
}

void write_node(std::string& out, std::size_t index, const Node& node) {
    const char* color = node.freed ? "#aaaaaa" : node.garbage ? "#cc0000" : "#333333";
    std::string head = fmt::format("<b>{}</b>", escape_html(node.type));
    // &nbsp;: an SVG viewer drops a plain space that starts a text run.
    if (!node.value.empty()) head += "&nbsp;" + escape_html(node.value);
    std::string facts = fmt::format("id 0x{:x}", node.address);
    if (!node.freed) facts += fmt::format(" · refcount {}", node.refcount);
    if (node.generation >= 0) facts += fmt::format(" · gen {}", node.generation);
    for (auto [on, word] : {std::pair{node.shared, "shared"}, std::pair{node.garbage, "garbage"},
                            std::pair{node.dead, "dead"}, std::pair{node.freed, "freed"}})
        if (on) facts += std::string(" · ") + word;
    std::string rows = fmt::format("<tr><td bgcolor=\"{}\">{}</td></tr><tr><td>{}</td></tr>",
                                   node.freed ? "#f4f4f4" : node.garbage ? "#f8d8d8" : "#fff2cc", head, facts);
    for (std::size_t e = 0; e < node.edges.size(); ++e)
        rows += slot_row(node.edges[e].label, node.edges[e], fmt::format("s{}", e));
    if (node.elided) rows += fmt::format("<tr><td align=\"left\">… {} more</td></tr>", node.elided);
    if (node.truncated) rows += "<tr><td align=\"left\">… (depth limit)</td></tr>";
    fmt::format_to(std::back_inserter(out),
                   "  o{} [color=\"{}\", fontcolor=\"{}\", label=<<table border=\"1\" cellborder=\"1\" "
                   "cellspacing=\"0\" cellpadding=\"4\" color=\"{}\"{}>{}</table>>];\n",
                   index, color, node.freed ? "#888888" : "black", color, node.freed ? " style=\"dashed\"" : "",
                   rows);
}

}  // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string render_dot(const Snapshot& snap) {
    std::string out = "digraph memviz {\n";
    fmt::format_to(std::back_inserter(out),
                   "  graph [rankdir=LR, labelloc=t, fontname=\"Helvetica\", label=\"{}\"];\n"
                   "  node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n"
                   "  edge [fontname=\"Helvetica\", fontsize=9];\n",
                   quote(heading(snap)));
    write_frames(out, snap);
    for (std::size_t i = 0; i < snap.nodes.size(); ++i) write_node(out, i, snap.nodes[i]);
    for (std::size_t f = 0; f < snap.frames.size(); ++f)
        for (std::size_t n = 0; n < snap.frames[f].names.size(); ++n)
            if (const Edge& edge = snap.frames[f].names[n].edge; edge.target >= 0)
                fmt::format_to(std::back_inserter(out), "  f{}:n{}:e -> o{}{};\n", f, n, edge.target,
                               edge_attributes(edge));
    for (std::size_t i = 0; i < snap.nodes.size(); ++i)
        for (std::size_t e = 0; e < snap.nodes[i].edges.size(); ++e)
            if (const Edge& edge = snap.nodes[i].edges[e]; edge.target >= 0)
                fmt::format_to(std::back_inserter(out), "  o{}:s{}:e -> o{}{};\n", i, e, edge.target,
                               edge_attributes(edge));
    out += "}\n";
    return out;
}

}  // namespace minipy::interp::memviz
