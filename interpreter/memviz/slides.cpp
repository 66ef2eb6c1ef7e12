// SLIDE comments of source files (slides.hpp).
#include "interpreter/memviz/slides.hpp"

#include "interpreter/memviz/values.hpp"

#include "runtime/text/str.hpp"

#include <cctype>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace minipy::interp::memviz {

namespace {

struct Slide {
    std::string title;
    const StmtNode* statement = nullptr;  // the first node that ran at its line
};
using SlideLines = std::unordered_map<int, Slide>;  // statement line -> slide

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
            slides[static_cast<int>(i + 1)].title = pending;
            pending.clear();
        }
    }
    return slides;
}

// Whether the code (not its comments or strings) calls a function named
// `snapshot`: memviz.snapshot, or the name imported from it.
bool calls_snapshot(std::string_view text) {
    auto is_name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); };
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '#') {
            i = text.find('\n', i);
            if (i == std::string_view::npos) break;
        } else if (c == '\'' || c == '"') {
            // A string, triple-quoted or not (a prefix letter was skipped as a name).
            const std::string_view quote = text.substr(i, 3) == std::string(3, c) ? text.substr(i, 3) : text.substr(i, 1);
            i += quote.size();
            while (i < text.size() && text.substr(i, quote.size()) != quote) {
                if (quote.size() == 1 && text[i] == '\n') break;  // unterminated: the parser reports it
                i += text[i] == '\\' ? 2 : 1;
            }
            i += quote.size();
        } else if (is_name_char(c)) {
            const std::size_t start = i;
            while (i < text.size() && is_name_char(text[i])) ++i;
            if (text.substr(start, i - start) != "snapshot") continue;
            std::size_t next = i;
            while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
            if (next < text.size() && text[next] == '(') return true;
        } else {
            ++i;
        }
    }
    return false;
}

std::unordered_map<std::string, SlideLines> files;

SlideLines* last_slides = nullptr;  // the slides of last_file_looked_up

}  // namespace

LastFile last_file_looked_up;

ScriptMarks scan_script(const std::string& path) {
    ScriptMarks marks;
    if (path.empty()) return marks;
    const std::string text = read_text(path);
    marks.has_slides = !scan(text).empty();
    marks.calls_snapshot = calls_snapshot(text);
    return marks;
}

const std::string* slide_lookup(Str* filename, int line, const StmtNode* stmt) {
    const std::int64_t hash = str_hash(filename);
    if (filename != last_file_looked_up.name || hash != last_file_looked_up.hash) {
        std::string name = text_of(filename);
        auto it = files.find(name);
        if (it == files.end()) it = files.emplace(name, scan(read_text(name))).first;
        last_slides = &it->second;
        last_file_looked_up = {filename, hash, last_slides->empty()};
    }
    if (last_file_looked_up.no_slides) return nullptr;
    auto slide = last_slides->find(line);
    if (slide == last_slides->end()) return nullptr;
    if (!slide->second.statement) slide->second.statement = stmt;
    return slide->second.statement == stmt ? &slide->second.title : nullptr;
}

}  // namespace minipy::interp::memviz
