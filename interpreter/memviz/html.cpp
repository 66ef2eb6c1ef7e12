// The step-through HTML page (html.hpp). The steps travel as one JSON array
// in a <script type="application/json"> element; a few lines of script
// show one step at a time. No CPython counterpart.
#include "interpreter/memviz/html.hpp"

#include "interpreter/memviz/render.hpp"

#include <fmt/format.h>

#include <iterator>

namespace minipy::interp::memviz {

namespace {

// A JSON string; `<` is written \u003c so that no "</script>" can end the
// element early.
std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '<': out += "\\u003c"; break;
        default:
            if (c < 0x20) fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
            else out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

// An SVG document as an element to put inline: from `<svg` on.
std::string_view svg_element(std::string_view svg) {
    std::size_t start = svg.find("<svg");
    return start == std::string_view::npos ? svg : svg.substr(start);
}

std::string source_lines(const std::string& source) {
    std::string out;
    std::string_view rest = source;
    for (int line = 1; !rest.empty(); ++line) {
        std::size_t end = rest.find('\n');
        fmt::format_to(std::back_inserter(out), "<span class=\"ln\" id=\"L{}\"><i>{:>3}</i> {}</span>\n", line, line,
                       escape_html(rest.substr(0, end)));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    return out;
}

constexpr const char* kStyle = R"(
body { font-family: sans-serif; margin: 0; }
header { padding: 6px 12px; background: #dde5f0; position: sticky; top: 0; }
header button { font-size: 1em; }
#title { margin-left: 1em; font-weight: bold; }
main { display: flex; gap: 12px; padding: 12px; align-items: flex-start; }
#left { flex: 0 0 38%; min-width: 0; }
#diagram { flex: 1; overflow: auto; }
/* Graphviz measured the labels with Helvetica's widths: a font with the same
   metrics keeps the text inside its boxes. */
#diagram svg { max-width: 100%; height: auto; }
#diagram svg text { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; }
pre { background: #f7f7f7; padding: 6px; overflow: auto; margin: 0 0 12px 0; }
#source { max-height: 60vh; }
.ln i { color: #999; font-style: normal; }
.ln.current { background: #fff2cc; display: inline-block; width: 100%; }
h3 { margin: 4px 0; font-size: 0.9em; }
)";

constexpr const char* kScript = R"(
const steps = JSON.parse(document.getElementById('steps').textContent);
const prev = document.getElementById('prev'), next = document.getElementById('next');
let current = 0;
function show(i) {
  current = Math.max(0, Math.min(steps.length - 1, i));
  const step = steps[current];
  document.getElementById('diagram').innerHTML = step.svg;
  document.getElementById('title').textContent = step.title;
  document.getElementById('counter').textContent = 'step ' + (current + 1) + ' of ' + steps.length;
  document.getElementById('output').textContent = step.output;
  document.querySelectorAll('.ln.current').forEach(e => e.classList.remove('current'));
  const line = document.getElementById('L' + step.line);
  if (line) { line.classList.add('current'); line.scrollIntoView({block: 'nearest'}); }
  prev.disabled = current === 0;
  next.disabled = current === steps.length - 1;
  if (location.hash !== '#' + (current + 1)) history.replaceState(null, '', '#' + (current + 1));
}
function fromHash() { return (parseInt(location.hash.slice(1), 10) || 1) - 1; }
prev.onclick = () => show(current - 1);
next.onclick = () => show(current + 1);
document.addEventListener('keydown', e => {
  if (e.key === 'ArrowLeft') show(current - 1);
  else if (e.key === 'ArrowRight') show(current + 1);
});
window.addEventListener('hashchange', () => show(fromHash()));
show(fromHash());
)";

}  // namespace

std::string render_html(const std::string& name, const std::string& source, const std::vector<HtmlStep>& steps) {
    std::string json = "[";
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const HtmlStep& step = steps[i];
        fmt::format_to(std::back_inserter(json), "{}{{\"title\":{},\"line\":{},\"output\":{},\"svg\":{}}}",
                       i ? ",\n" : "\n", json_string(step.title), step.line, json_string(step.output),
                       json_string(svg_element(step.svg)));
    }
    json += "\n]";
    std::string left;
    if (!source.empty()) left += "<h3>Source</h3><pre id=\"source\">" + source_lines(source) + "</pre>";
    left += "<h3>Output</h3><pre id=\"output\"></pre>";
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>minipy memory: {}</title>\n"
        "<style>{}</style>\n</head>\n<body>\n<header><button id=\"prev\">&#9664; previous</button> "
        "<span id=\"counter\"></span> <button id=\"next\">next &#9654;</button><span id=\"title\"></span></header>\n"
        "<main><section id=\"left\">{}</section><section id=\"diagram\"></section></main>\n"
        "<script type=\"application/json\" id=\"steps\">{}</script>\n<script>{}</script>\n</body>\n</html>\n",
        escape_html(name), kStyle, left, json, kScript);
}

}  // namespace minipy::interp::memviz
