// SLIDE comments of source files (slides.hpp).
#include "interpreter/memviz/slides.hpp"

#include "interpreter/memviz/values.hpp"

#include <fstream>
#include <sstream>
#include <unordered_map>

namespace minipy::interp::memviz {

namespace {

using SlideLines = std::unordered_map<int, std::string>;  // statement line -> title

std::string read_text(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return {};
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string_view strip(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool is_slide_comment(std::string_view line) {
    return line.starts_with("#SLIDE") || line.starts_with("# SLIDE");
}

SlideLines scan(const std::string& text) {
    std::vector<std::string_view> lines;
    std::string_view rest = text;
    while (!rest.empty()) {
        std::size_t end = rest.find('\n');
        lines.push_back(strip(rest.substr(0, end)));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    SlideLines slides;
    std::string pending;  // the title of a slide waiting for its first statement
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (is_slide_comment(line)) {
            line.remove_prefix(1);
            pending = std::string(strip(line));
        } else if (!pending.empty() && !line.empty() && line.front() != '#') {
            slides[static_cast<int>(i + 1)] = pending;
            pending.clear();
        }
    }
    return slides;
}

std::unordered_map<std::string, SlideLines> files;

}  // namespace

ScriptMarks scan_script(const std::string& path) {
    ScriptMarks marks;
    if (path.empty()) return marks;
    const std::string text = read_text(path);
    marks.has_slides = !scan(text).empty();
    marks.calls_snapshot = text.find("snapshot(") != std::string::npos;
    return marks;
}

const std::string* slide_at(const Str* filename, int line) {
    const std::string name = text_of(filename);
    auto it = files.find(name);
    if (it == files.end()) it = files.emplace(name, scan(read_text(name))).first;
    auto slide = it->second.find(line);
    return slide == it->second.end() ? nullptr : &slide->second;
}

}  // namespace minipy::interp::memviz
