// memviz's renderers: a Snapshot (model.hpp) as text for a terminal, as a
// Graphviz DOT graph, or (svg.hpp, html.hpp) as SVG and HTML. Both are deterministic — the snapshot's order, nothing
// hashed — and print ids as 0x… hex, which the golden tests' normaliser
// (tests/golden/normalize.sed) turns into 0xADDR.
#pragma once

#include "interpreter/memviz/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace minipy::interp::memviz {

std::string render_text(const Snapshot& snap);
std::string render_dot(const Snapshot& snap);

// The format a path's extension names: "txt", "dot", "svg" or "html";
// nullopt for any other.
std::optional<std::string> format_of(std::string_view path);
// Whether this minipy can write `format` (svg and html need Graphviz).
bool format_available(std::string_view format);
// `snap` in `format` (html: a page of this one step, without source);
// nullopt when Graphviz could not draw it.
std::optional<std::string> render(const Snapshot& snap, std::string_view format);

// `text` with &, <, > and " escaped, for HTML and for DOT's HTML-like labels.
std::string escape_html(std::string_view text);

// The heading both renderers write: "step 2: SLIDE 2 (elephant.py, line 15)".
std::string heading(const Snapshot& snap);

}  // namespace minipy::interp::memviz
