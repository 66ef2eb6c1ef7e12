// SLIDE comments of source files (slides.hpp).
#include "interpreter/memviz/slides.hpp"

#include "interpreter/memviz/values.hpp"

#include "runtime/text/str.hpp"

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

// The file of the last lookup: the hook asks before every statement, and
// almost always about the same file. The str is checked by its hash as
// well, as its address may since have gone to another str (computing a
// str's hash only fills its cache, as any dict lookup would).
struct LastFile {
    const Str* name = nullptr;
    std::int64_t hash = -1;
    const SlideLines* slides = nullptr;
};
LastFile last;

}  // namespace

ScriptMarks scan_script(const std::string& path) {
    ScriptMarks marks;
    if (path.empty()) return marks;
    const std::string text = read_text(path);
    marks.has_slides = !scan(text).empty();
    marks.calls_snapshot = text.find("snapshot(") != std::string::npos;
    return marks;
}

const std::string* slide_at(Str* filename, int line) {
    const std::int64_t hash = str_hash(filename);
    if (filename != last.name || hash != last.hash) {
        std::string name = text_of(filename);
        auto it = files.find(name);
        if (it == files.end()) it = files.emplace(name, scan(read_text(name))).first;
        last = {filename, hash, &it->second};
    }
    if (last.slides->empty()) return nullptr;
    auto slide = last.slides->find(line);
    return slide == last.slides->end() ? nullptr : &slide->second;
}

}  // namespace minipy::interp::memviz
