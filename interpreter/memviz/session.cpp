// memviz's drawing session (session.hpp): steps, the statement hook that
// takes them at SLIDE comments, and the watch on the previous step's objects.
#include "interpreter/memviz/session.hpp"

#include "interpreter/memviz/html.hpp"
#include "interpreter/memviz/render.hpp"
#include "interpreter/memviz/slides.hpp"
#include "interpreter/memviz/svg.hpp"

#include "interpreter/frame.hpp"
#include "interpreter/nodes.hpp"
#include "interpreter/safe_point.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/file.hpp"

#include <fmt/format.h>

#include <bitset>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace minipy::interp::memviz {

namespace {

struct Session {
    Options options;
    int steps = 0;
    // Drawing: OUT split around its extension, and the format.
    bool drawing = false;
    std::string stem, extension, format;
    bool per_statement = false;  // the main script has no SLIDE and no snapshot()
    int last_top_line = 0;       // the top-level statement that ran last (per_statement)
    std::string main_file;
    // The previous step's live objects, and those of them freed since.
    std::vector<Node> previous;
    std::unordered_set<std::uintptr_t> watched, freed;
    // A bit per 16-byte granule, hashed: a free that misses it cannot be a
    // watched object, which spares most frees the set's lookup.
    std::bitset<1 << 16> maybe_watched;
    // HTML: the steps so far, written out at the end as one page, and what
    // the program has written to stdout and stderr.
    std::vector<HtmlStep> pages;
    std::string output;
};

Session session;

void on_output(std::string_view text) { session.output += text; }

// Whether two paths name one file (a code object's file name may be the
// path as typed or absolute).
bool same_file(const std::string& a, const std::string& b) {
    std::error_code error;
    return a == b || std::filesystem::equivalent(a, b, error);
}

std::string read_source(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    if (file) text << file.rdbuf();
    return text.str();
}

std::size_t filter_bit(std::uintptr_t address) { return (address >> 4) & ((1 << 16) - 1); }

void on_free(const Object* o) {
    auto address = reinterpret_cast<std::uintptr_t>(o);
    if (!session.maybe_watched[filter_bit(address)]) return;
    if (session.watched.erase(address)) session.freed.insert(address);
}

// Appends the previous step's objects that died since, faded.
void add_freed(Snapshot& snap) {
    for (const Node& before : session.previous) {
        if (!session.freed.count(before.address)) continue;
        Node node = before;
        node.freed = true;
        node.edges.clear();
        node.elided = 0;
        node.truncated = false;
        node.generation = -1;
        node.garbage = false;
        snap.nodes.push_back(std::move(node));
    }
}

// This step's live objects become the ones the next step watches.
void remember(const Snapshot& snap) {
    session.previous.clear();
    session.watched.clear();
    session.freed.clear();
    session.maybe_watched.reset();
    for (const Node& node : snap.nodes) {
        if (node.freed) continue;
        session.previous.push_back(node);
        session.watched.insert(node.address);
        session.maybe_watched.set(filter_bit(node.address));
    }
    object_free_watch = session.watched.empty() ? nullptr : on_free;
}

void on_statement(Frame& frame, const StmtNode* block, const StmtNode* stmt) {
    const int line = stmt->pos().line;
    if (const std::string* title = slide_at(frame.code->filename, line, stmt)) {
        take_step(*title);
        return;
    }
    if (session.per_statement && !frame.back && frame.code->kind == CodeKind::Module && block == frame.code->body) {
        if (session.last_top_line) take_step(fmt::format("after line {}", session.last_top_line));
        session.last_top_line = line;
    }
}

}  // namespace

Options& session_options() { return session.options; }

bool drawing() { return session.drawing; }

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    return static_cast<bool>(file);
}

bool draw_begin(const std::string& out, const std::string& script) {
    std::optional<std::string> format = format_of(out);
    if (!format || !format_available(*format)) return false;
    session.drawing = true;
    session.format = *format;
    // Absolute, so that a program that changes directory draws where asked.
    std::error_code error;
    const std::string absolute = std::filesystem::absolute(out, error).string();
    const std::string& path = error ? out : absolute;
    session.stem = path.substr(0, path.size() - format->size() - 1);
    session.extension = *format;
    session.main_file = script.empty() ? script : std::filesystem::absolute(script, error).string();
    const ScriptMarks marks = scan_script(script);
    session.per_statement = !marks.has_slides && !marks.calls_snapshot;
    statement_hook = on_statement;
    if (session.format == "html") file_output_watch = on_output;
    return true;
}

void take_step(const std::string& title) {
    Snapshot snap = snapshot_frames(session.options);
    add_freed(snap);
    snap.step = ++session.steps;
    snap.title = title;
    if (session.drawing && session.format == "html") {
        const bool in_main = !snap.file.empty() && same_file(snap.file, session.main_file);
        session.pages.push_back({heading(snap), in_main ? snap.line : 0, session.output, render_svg(snap).value_or("")});
    } else if (session.drawing) {
        const std::string path = fmt::format("{}-{}.{}", session.stem, snap.step, session.extension);
        std::optional<std::string> text = render(snap, session.format);
        if (!text || !write_file(path, *text))
            std::fprintf(stderr, "minipy: --draw: cannot write %s\n", path.c_str());
    }
    remember(snap);
}

void draw_end() {
    if (!session.drawing) return;
    statement_hook = nullptr;
    take_step("end");
    if (session.format == "html") {
        file_output_watch = nullptr;
        const std::string path = session.stem + ".html";
        std::string name = session.main_file.substr(session.main_file.rfind('/') + 1);
        if (!write_file(path, render_html(name, read_source(session.main_file), session.pages)))
            std::fprintf(stderr, "minipy: --draw: cannot write %s\n", path.c_str());
        session.pages.clear();
    }
    session.drawing = false;
    object_free_watch = nullptr;
}

Snapshot current_snapshot(Object* obj) {
    // An object's drawing counts the call's own reference, drawn as the name
    // `obj`, as sys.getrefcount counts its argument's.
    Snapshot snap = obj ? snapshot_object(obj, session.options) : snapshot_frames(session.options);
    add_freed(snap);
    return snap;
}

}  // namespace minipy::interp::memviz
