// Traceback objects and CPython 3.11's way of printing exceptions.
#include "interpreter/traceback.hpp"

#include "interpreter/display_width.hpp"
#include "interpreter/suggestions.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace minipy::interp {

Type TracebackType;

// ----------------------------------------------------------- recording

void traceback_add(Frame& frame, const ast::Position& pos) {
    Object* exc = pending_error();
    if (!exc || !is_exception(exc)) return;
    frame.line = pos.line;
    auto tb = new_object<Traceback>(&TracebackType);
    auto* e = cast<ExceptionObject>(exc);
    tb->next = cast<Traceback>(e->traceback);  // takes the exception's reference
    e->traceback = nullptr;
    tb->frame = frame_object(frame);
    incref(tb->frame);
    tb->lineno = pos.line;
    if (pos.col >= 0 && pos.col < TracebackColumns::kUnknown) {
        if (pos.end_line != pos.line) {
            tb->columns.col = static_cast<std::uint16_t>(pos.col);
        } else if (pos.end_col >= 0 && pos.end_col < TracebackColumns::kPastLine) {
            tb->columns.col = static_cast<std::uint16_t>(pos.col);
            tb->columns.end_col = static_cast<std::uint16_t>(pos.end_col);
        }
    }
    gc_track(tb.get());
    e->traceback = tb.release();
}

ast::Position traceback_position(const Traceback* tb) {
    ast::Position p;
    p.line = tb->lineno;
    if (tb->columns.col == TracebackColumns::kUnknown) {
        p.col = p.end_col = -1;
        p.end_line = p.line;
        return p;
    }
    p.col = tb->columns.col;
    const bool past_line = tb->columns.end_col == TracebackColumns::kPastLine;
    p.end_line = past_line ? p.line + 1 : p.line;
    p.end_col = past_line ? 0 : tb->columns.end_col;
    return p;
}

// next, then frame, as CPython's tb_clear, tb_dealloc and tb_traverse.
static void traceback_clear(Object* o) {
    auto* tb = cast<Traceback>(o);
    clear_slot(tb->next);
    clear_slot(tb->frame);
}

static void traceback_destroy(Object* o) {
    traceback_clear(o);
    delete_object(cast<Traceback>(o));
}

static void traceback_traverse(Object* o, VisitFn visit, void* arg) {
    auto* tb = cast<Traceback>(o);
    visit_field(tb->next, visit, arg);
    visit_field(tb->frame, visit, arg);
}

static Ref<> tb_next(Object* o) {
    Traceback* next = cast<Traceback>(o)->next;
    return share<Object>(next ? static_cast<Object*>(next) : None);
}
static Ref<> tb_frame(Object* o) { return share<Object>(cast<Traceback>(o)->frame); }
static Ref<> tb_lineno(Object* o) { return int_from(cast<Traceback>(o)->lineno); }
// No instruction offset to give (minipy's tb_lasti word holds columns).
static Ref<> tb_lasti(Object*) { return int_from(0); }

void traceback_type_init() {
    type_init_builtin(TracebackType, "traceback", &ObjectType, sizeof(Traceback), type_flags::kHasGC);
    TracebackType.destroy = traceback_destroy;
    TracebackType.traverse = traceback_traverse;
    TracebackType.clear = traceback_clear;
    TracebackType.getattr = generic_getattr;
    add_getsets(TracebackType, {
                                   {"tb_next", tb_next},
                                   {"tb_frame", tb_frame},
                                   {"tb_lineno", tb_lineno},
                                   {"tb_lasti", tb_lasti},
                               });
    type_ready(TracebackType);
    static_assert(sizeof(Traceback) == 40, "PyTracebackObject's size");
    exception_traceback_type = &TracebackType;
}

// -------------------------------------------------------------- printing

namespace {

// Cleared at exit once modules are being torn down: CPython's
// display_source_line imports io, which fails after finalize_modules has
// emptied sys.modules, so tracebacks printed from then on have no lines.
bool source_lines_shown = true;

// Where the printer's text goes: stderr, or, for the traceback module, a
// list of strings cut where CPython's traceback.format_exception cuts its
// list (begin_piece marks each place).
std::vector<std::string>* captured = nullptr;
bool piece_ended = true;

void write(const std::string& text) {
    if (!captured) {
        std::fwrite(text.data(), 1, text.size(), stderr);
        return;
    }
    if (piece_ended || captured->empty()) captured->push_back(text);
    else captured->back() += text;
    piece_ended = false;
}

void begin_piece() { piece_ended = true; }

// Line `lineno` of a file, as CPython's linecache reads it at print time;
// sources that are not files ("<stdin>", "<string>") have no lines.
bool source_line(std::string_view filename, int lineno, std::string& out) {
    if (!source_lines_shown || filename.empty() || filename.front() == '<') return false;
    static std::unordered_map<std::string, std::vector<std::string>> cache;
    auto it = cache.find(std::string(filename));
    if (it == cache.end()) {
        std::ifstream in{std::string(filename)};
        if (!in) return false;
        std::vector<std::string> lines;
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            lines.push_back(line);
        }
        it = cache.emplace(std::string(filename), std::move(lines)).first;
    }
    if (lineno < 1 || lineno > static_cast<int>(it->second.size())) return false;
    out = it->second[static_cast<std::size_t>(lineno - 1)];
    return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// CPython's extract_anchors_from_line: re-parse the failing segment; for a
// binary operator the operator gets '^' and the operands '~'; for a
// subscript the brackets get '^' and the value '~'.
bool anchors(const std::string& segment, long& left_end, long& right_start) {
    grammar::ParseResult parsed = grammar::parse(segment, "<segment>", grammar::Mode::File, {.stack_end = stack_limit});
    if (!parsed.module || parsed.module->body.size() != 1) return false;
    auto* stmt = ast::as<ast::ExprStmt>(parsed.module->body.front());
    if (!stmt) return false;
    if (auto* bin = ast::as<ast::BinOp>(stmt->value)) {
        for (int i = bin->left->pos.end_col; i < bin->right->pos.col; ++i) {
            if (is_space(segment[static_cast<std::size_t>(i)])) continue;
            left_end = i;
            right_start = i + 1;
            if (i + 1 < bin->right->pos.col && !is_space(segment[static_cast<std::size_t>(i + 1)])) ++right_start;
            break;
        }
        left_end = display_width(segment, left_end);
        right_start = display_width(segment, right_start);
        return true;
    }
    if (auto* sub = ast::as<ast::Subscript>(stmt->value)) {
        left_end = display_width(segment, sub->value->pos.end_col);
        right_start = display_width(segment, sub->slice->pos.end_col + 1);
        return true;
    }
    return false;
}

constexpr int kIndent = 4;

// One entry: `  File "x.py", line 3, in f`, the stripped source line, and
// the caret line when the failing range does not cover the whole line.
// One line of a traceback or a stack: a code object, the line running in
// it, and the failing operation's columns (none for a stack's lines, which
// CPython prints without carets).
struct Entry {
    const CodeObject* code;
    int lineno;
    ast::Position position;  // line 0: no columns
};

void display_entry(const Entry& entry) {
    begin_piece();
    const CodeObject* code = entry.code;
    std::string filename(code->filename->view());
    write("  File \"" + filename + "\", line " + std::to_string(entry.lineno) + ", in " + std::string(code->name->view()) + "\n");
    std::string line;
    if (!source_line(filename, entry.lineno, line)) return;
    std::size_t stripped = 0;
    while (stripped < line.size() && is_space(line[stripped])) ++stripped;
    write(std::string(kIndent, ' ') + line.substr(stripped) + "\n");

    const ast::Position& p = entry.position;
    const long size = static_cast<long>(line.size());
    if (p.line <= 0 || p.col < 0 || p.end_col < 0 || p.col > size || (p.line == p.end_line && p.end_col > size)) return;
    // Columns as displayed: CPython 3.11 lines the markers up under wide
    // (CJK, emoji) characters by counting them twice.
    long start = display_width(line, p.col);
    long end = display_width(line, p.end_col);
    long left_end = -1, right_start = -1;
    bool secondary = false;
    if (p.line == p.end_line) {
        std::string segment = line.substr(static_cast<std::size_t>(p.col), static_cast<std::size_t>(p.end_col - p.col));
        if (anchors(segment, left_end, right_start)) {
            left_end += start;
            right_start += start;
            secondary = true;
        }
    } else {
        long i = static_cast<long>(line.size());
        while (--i >= 0 && is_space(line[static_cast<std::size_t>(i)])) {
        }
        end = display_width(line, i + 1);
    }
    long line_chars = display_width(line, static_cast<long>(line.size()));
    long stripped_chars = display_width(line, static_cast<long>(stripped));
    if (end - start == line_chars - stripped_chars && !secondary) return;

    std::string carets(kIndent, ' ');
    for (long offset = stripped_chars; offset < end; ++offset) {
        if (offset < start) carets += ' ';
        else if (secondary && left_end <= offset && offset < right_start) carets += '^';
        else carets += secondary ? '~' : '^';
    }
    write(carets + "\n");
}

constexpr int kRecursiveCutoff = 3;

void write_repeated(long count) {
    count -= kRecursiveCutoff;
    begin_piece();
    write("  [Previous line repeated " + std::to_string(count) + (count > 1 ? " more times]\n" : " more time]\n"));
}

// Entries from the outermost frame in; identical consecutive entries past
// the third collapse into "[Previous line repeated N more times]".
void print_entries(const std::vector<Entry>& entries) {
    const Str* last_file = nullptr;
    const Str* last_name = nullptr;
    int last_line = -1;
    long count = 0;
    for (const Entry& entry : entries) {
        const CodeObject* code = entry.code;
        if (!last_file || !str_equal(code->filename, last_file) || entry.lineno != last_line ||
            !str_equal(code->name, last_name)) {
            if (count > kRecursiveCutoff) write_repeated(count);
            last_file = code->filename;
            last_line = entry.lineno;
            last_name = code->name;
            count = 0;
        }
        if (++count <= kRecursiveCutoff) display_entry(entry);
    }
    if (count > kRecursiveCutoff) write_repeated(count);
}

// The traceback module's `limit`: the first `limit` entries, or the last
// -limit when negative; all when absent.
void apply_limit(std::vector<Entry>& entries, std::optional<long> limit) {
    if (!limit) return;
    const long n = static_cast<long>(entries.size());
    if (*limit >= 0) {
        if (*limit < n) entries.resize(static_cast<std::size_t>(*limit));
    } else if (-*limit < n) {
        entries.erase(entries.begin(), entries.begin() + (n + *limit));
    }
}

std::vector<Entry> traceback_entries(const Traceback* tb) {
    std::vector<Entry> entries;
    for (; tb; tb = tb->next) entries.push_back({tb->frame->code, tb->lineno, traceback_position(tb)});
    return entries;
}

// The interpreter's own printing shows the innermost 1000 entries (CPython's
// PyTraceBack_Print under the default sys.tracebacklimit); the traceback
// module passes its `limit`.
constexpr long kPrintLimit = -1000;

void print_traceback(const Traceback* tb, std::optional<long> limit = kPrintLimit) {
    std::vector<Entry> entries = traceback_entries(tb);
    apply_limit(entries, limit);
    if (entries.empty()) return;
    begin_piece();
    write("Traceback (most recent call last):\n");
    print_entries(entries);
}

// An attribute of a SyntaxError, read as CPython's parse_syntax_error reads
// it (a class may compute it); null, and no error pending, when that fails.
Ref<> attr(Object* exc, std::string_view name) {
    Ref<> value = getattr(exc, intern(name));
    if (!value) clear_error();
    return value;
}

std::int64_t int_attr(Object* exc, std::string_view name, std::int64_t fallback) {
    Ref<> v = attr(exc, name);
    if (!v || !is_int(v.get())) return fallback;
    auto value = int_to_i64(cast<Int>(v.get()));
    return value ? *value : fallback;
}

// CPython's print_error_text: the offending line, stripped, and carets from
// offset to end_offset.
void print_error_text(long offset, long end_offset, std::string text) {
    long repetitions = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    --offset;
    std::size_t start = 0;
    while (start < text.size() && is_space(text[start])) {
        ++start;
        --offset;
    }
    text = text.substr(start);
    long len = static_cast<long>(text.size());
    if (len > 0 && text.back() == '\n') --len;
    if (offset > len) offset = len;
    for (;;) {
        std::size_t nl = text.find('\n');
        if (nl == std::string::npos || static_cast<long>(nl) >= offset) break;
        text = text.substr(nl + 1);
        len -= static_cast<long>(nl) + 1;
        offset -= static_cast<long>(nl) + 1;
    }
    begin_piece();
    write("    " + text);
    if (text.empty() || text.back() != '\n') write("\n");
    if (offset < 0) return;
    begin_piece();
    write("    " + std::string(static_cast<std::size_t>(offset), ' ') + std::string(static_cast<std::size_t>(repetitions), '^') + "\n");
}

// `  File "x.py", line 3` and the error text of a SyntaxError; false, with
// nothing printed, when it has no line number (CPython's parse_syntax_error
// fails on `SyntaxError("msg")` and the exception prints as any other).
bool print_syntax_location(Object* exc) {
    Ref<> lineno_attr = attr(exc, "lineno");
    if (!lineno_attr || !is_int(lineno_attr.get())) return false;
    Ref<> filename = attr(exc, "filename");
    std::string file = filename && is_str(filename.get()) ? std::string(cast<Str>(filename.get())->view()) : "<string>";
    std::int64_t lineno = int_attr(exc, "lineno", 0);
    begin_piece();
    write("  File \"" + file + "\", line " + std::to_string(lineno) + "\n");
    Ref<> text = attr(exc, "text");
    if (!text || !is_str(text.get())) return true;
    std::string line(cast<Str>(text.get())->view());
    std::int64_t offset = int_attr(exc, "offset", 0);
    // CPython's parse_syntax_error reads the end position only for an exact
    // SyntaxError: IndentationError, TabError and user subclasses get one caret.
    bool exact = exc->type == exc::SyntaxError;
    std::int64_t end_offset = exact ? int_attr(exc, "end_offset", -1) : -1;
    std::int64_t end_lineno = exact ? int_attr(exc, "end_lineno", lineno) : lineno;
    long line_size = static_cast<long>(line.size());  // bytes, as PyUnicode_AsUTF8AndSize gives it
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    print_error_text(static_cast<long>(offset), static_cast<long>(end_offset), line);
    return true;
}

// PEP 678 notes, one per line after the message (CPython's
// print_exception_notes): a __notes__ that is not a sequence is shown by repr.
void print_notes(Object* exc) {
    Ref<> notes = getattr_optional(exc, intern("__notes__"));
    if (!notes) {
        clear_error();
        return;
    }
    std::string text;
    if (!is_list(notes.get()) && !is_tuple(notes.get())) {
        if (!repr_text(notes.get(), text)) {
            clear_error();
            text = "<__notes__ repr() failed>";
        }
        begin_piece();
        write(text + "\n");
        return;
    }
    for (std::int64_t i = 0; i < length(notes.get()); ++i) {
        Ref<> note = getitem(notes.get(), int_from(i).get());
        if (!note || !str_text(note.get(), text)) {
            clear_error();
            text = "<note str() failed>";
        }
        begin_piece();
        write(text + "\n");
    }
}

// The exception type as the last line of a traceback names it: its
// qualified name, after its module unless that is builtins or __main__.
std::string qualified_name(Type* type) {
    std::string module = type->module ? std::string(type->module->view()) : "builtins";
    if (type->has_flag(type_flags::kHeapType)) {
        if (Object* m = dict_get(type->dict, "__module__"); m && is_str(m)) module = std::string(cast<Str>(m)->view());
    }
    std::string name(type->qualname_view());
    return module != "builtins" && module != "__main__" ? module + "." + name : name;
}

// The exception's last lines: its type and message (and a SyntaxError's
// location), then its notes (CPython's format_exception_only).
void print_exception_only(Object* exc) {
    bool syntax = is_instance_of(exc, exc::SyntaxError) && attr(exc, "print_file_and_line");
    std::string line = qualified_name(exc->type);
    if (syntax && print_syntax_location(exc)) {
        Ref<> msg = attr(exc, "msg");
        std::string text;
        if (msg && str_text(msg.get(), text)) {
            line += ": " + text;
        } else {
            clear_error();
        }
    } else {
        std::string text;
        if (!str_text(exc, text)) {
            clear_error();
            line += ": <exception str() failed>";
        } else if (!text.empty()) {
            line += ": " + text;
        }
    }
    std::string suggestion = suggestion_for(exc);
    if (!suggestion.empty()) line += ". Did you mean: '" + suggestion + "'?";
    begin_piece();
    write(line + "\n");
    print_notes(exc);
}

struct PrintOptions {
    std::optional<long> limit = kPrintLimit;
    bool chain = true;
};

// `exc` with the exceptions chained to it first; `traceback` is the one
// shown for `exc` itself (its __traceback__ unless the traceback module
// was given another).
void print_recursive(Object* exc, Object* traceback, std::set<Object*>& seen, const PrintOptions& options) {
    seen.insert(exc);
    auto* e = cast<ExceptionObject>(exc);
    if (options.chain && e->cause) {
        if (!seen.count(e->cause)) {
            print_recursive(e->cause, cast<ExceptionObject>(e->cause)->traceback, seen, options);
            begin_piece();
            write("\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if (options.chain && e->context && !e->suppress_context) {
        if (!seen.count(e->context)) {
            print_recursive(e->context, cast<ExceptionObject>(e->context)->traceback, seen, options);
            begin_piece();
            write("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (traceback && traceback->type == &TracebackType) print_traceback(cast<Traceback>(traceback), options.limit);
    print_exception_only(exc);
}

}  // namespace

namespace {

// The interpreter's own reports go to stderr even while the traceback
// module captures the printer (a finalizer that fails while a traceback
// is being formatted reports there, not into the formatted lines).
class ToStderr {
public:
    ToStderr() : saved_(captured) { captured = nullptr; }
    ~ToStderr() { captured = saved_; }
    ToStderr(const ToStderr&) = delete;
    ToStderr& operator=(const ToStderr&) = delete;

private:
    std::vector<std::string>* saved_;
};

}  // namespace

void print_unraisable(Object* exc) {
    ToStderr to_stderr;
    std::fflush(stdout);
    if (is_instance_of(exc, exc::MemoryError)) heap_drop_reserve();
    Ref<> keep = share(exc);
    auto* e = cast<ExceptionObject>(exc);
    if (e->traceback) print_traceback(cast<Traceback>(e->traceback));
    std::string text;
    if (!str_text(exc, text)) {
        clear_error();
        text = "<exception str() failed>";
    }
    write(qualified_name(exc->type) + ": " + text + "\n");
    std::fflush(stderr);
}

void stop_showing_source_lines() { source_lines_shown = false; }

void print_exception(Object* exc) {
    ToStderr to_stderr;
    std::fflush(stdout);
    // Out of memory, the printing itself needs some.
    if (is_instance_of(exc, exc::MemoryError)) heap_drop_reserve();
    if (!is_exception(exc)) {
        write("TypeError: print_exception(): Exception expected for value, " + std::string(type_name(exc)) + " found\n");
        return;
    }
    Ref<> keep = share(exc);
    std::set<Object*> seen;
    print_recursive(exc, cast<ExceptionObject>(exc)->traceback, seen, PrintOptions{});
    std::fflush(stderr);
    heap_keep_reserve();
}

// The traceback module's formatting (traceback.hpp): the printer's output
// captured in pieces.
namespace {

class Capture {
public:
    Capture() : saved_(captured), saved_ended_(piece_ended) {
        captured = &pieces_;
        piece_ended = true;
    }
    ~Capture() {
        captured = saved_;
        piece_ended = saved_ended_;
    }
    Ref<List> list() const {
        Ref<List> out = list_new();
        for (const std::string& piece : pieces_)
            if (!out || !list_append(out.get(), str_from(piece).get())) return nullptr;
        return out;
    }

private:
    std::vector<std::string> pieces_;
    std::vector<std::string>* saved_;
    bool saved_ended_;
};

// What TracebackException shows for a value that is not an exception (None
// when no exception is being handled): its type and its str().
void print_non_exception(Object* value) {
    std::string text;
    if (!str_text(value, text)) {
        clear_error();
        text = "<exception str() failed>";
    }
    begin_piece();
    write(qualified_name(value->type) + (text.empty() ? "" : ": " + text) + "\n");
}

}  // namespace

Ref<List> format_exception_lines(Object* value, Object* traceback, std::optional<long> limit, bool chain) {
    Capture capture;
    Ref<> keep = share(value);
    if (!is_exception(value)) {
        print_non_exception(value);
        return capture.list();
    }
    std::set<Object*> seen;
    print_recursive(value, traceback, seen, PrintOptions{limit, chain});
    return capture.list();
}

Ref<List> format_exception_only_lines(Object* value) {
    Capture capture;
    Ref<> keep = share(value);
    if (is_exception(value)) print_exception_only(value);
    else print_non_exception(value);
    return capture.list();
}

Ref<List> format_traceback_entries(Object* traceback, std::optional<long> limit) {
    Capture capture;
    if (traceback && traceback->type == &TracebackType) {
        std::vector<Entry> entries = traceback_entries(cast<Traceback>(traceback));
        apply_limit(entries, limit);
        print_entries(entries);
    }
    return capture.list();
}

Ref<List> format_stack_entries(FrameObject* frame, std::optional<long> limit) {
    Capture capture;
    std::vector<Entry> entries;  // innermost first, as walk_stack gives them
    for (Ref<> f = share<Object>(frame); f && f.get() != None; f = getattr(f.get(), intern("f_back"))) {
        auto* fo = cast<FrameObject>(f.get());
        entries.push_back({fo->code, fo->live ? fo->live->line : fo->line, ast::Position{}});
    }
    if (error_pending()) return nullptr;
    apply_limit(entries, limit);
    std::reverse(entries.begin(), entries.end());
    print_entries(entries);
    return capture.list();
}

bool stripped_source_line(std::string_view filename, int lineno, std::string& out) {
    if (!source_line(filename, lineno, out)) return false;
    const auto first = out.find_first_not_of(" \t\f\r\n");
    if (first == std::string::npos) {
        out.clear();
        return true;
    }
    out = out.substr(first, out.find_last_not_of(" \t\f\r\n") - first + 1);
    return true;
}

Ref<> syntax_error_object(const grammar::SyntaxErrorInfo& error) {
    // Too-deep sources are not syntax errors in CPython: the parser runs out
    // of memory (MemoryError) and the compiler out of recursion.
    if (error.type == "MemoryError") return call(exc::MemoryError, {});
    if (error.type == "RecursionError") return exception_with_message(exc::RecursionError, error.message);
    Type* type = error.type == "IndentationError" ? exc::IndentationError
                 : error.type == "TabError"       ? exc::TabError
                                                  : exc::SyntaxError;
    Ref<> msg = str_from(error.message);
    if (error.message_only) return call(type, {msg.get()});
    Ref<> filename = str_from(error.filename);
    Ref<> lineno = int_from(error.line);
    Ref<> offset = int_from(error.offset);
    Ref<> text = error.no_text ? none() : str_from(error.text);
    Ref<> end_lineno = error.end_line ? int_from(error.end_line) : none();
    // The parser and the tokenizer always give an end (0 when they know none).
    Ref<> end_offset = error.end_line && !error.no_end_offset ? int_from(error.end_offset) : none();
    Ref<Tuple> details = tuple_from({filename.get(), lineno.get(), offset.get(), text.get(), end_lineno.get(), end_offset.get()});
    return call(type, {msg.get(), details.get()});
}

void print_syntax_error(const grammar::SyntaxErrorInfo& error) {
    Ref<> exc = syntax_error_object(error);
    if (exc) print_exception(exc.get());
}

}  // namespace minipy::interp
