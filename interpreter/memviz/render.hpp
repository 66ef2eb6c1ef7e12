// memviz's renderers: a Snapshot (model.hpp) as text for a terminal or as a
// Graphviz DOT graph. Both are deterministic — the snapshot's order, nothing
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

// The formats a path's extension names: "txt" or "dot"; nullopt otherwise.
std::optional<std::string> format_of(std::string_view path);
// Renders in `format` (one format_of returned).
std::string render(const Snapshot& snap, std::string_view format);

// The heading both renderers write: "step 2: SLIDE 2 (elephant.py, line 15)".
std::string heading(const Snapshot& snap);

}  // namespace minipy::interp::memviz
