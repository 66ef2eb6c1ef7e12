// Where a script's slides begin: the teaching documents' convention of a
// comment line `#SLIDE …` or `# SLIDE …` before the statements it pictures.
// A slide is taken when the first statement after its comment is about to
// run, so each file's comment lines are mapped to the line of the next
// line of code (neither blank nor a comment). Read from the source file
// the first time a frame of that file runs a statement.
#pragma once

#include "runtime/text/str.hpp"

#include <cstdint>
#include <string>

namespace minipy::interp {
class StmtNode;
}

namespace minipy::interp::memviz {

struct ScriptMarks {
    bool has_slides = false;      // a SLIDE comment
    bool calls_snapshot = false;  // a call of a function named snapshot
};

// Reads the main script's marks ("" or an unreadable file: none).
ScriptMarks scan_script(const std::string& path);

// The file of the last lookup: the hook asks before every statement, and
// almost always about the same file, which most often has no slides. The
// str is checked by its hash as well, as its address may since have gone
// to another str (computing a str's hash only fills its cache, as any dict
// lookup would).
struct LastFile {
    const Str* name = nullptr;
    std::int64_t hash = -1;
    bool no_slides = false;
};
extern LastFile last_file_looked_up;

// slide_at's lookup, past the common case.
const std::string* slide_lookup(Str* filename, int line, const interp::StmtNode* stmt);

// The title of the slide ("SLIDE 2") whose first statement is at `line` of
// the file `filename` names, if `stmt` is that statement, or null. Several
// nodes can start on one line (`a = 1; b = 2`, a compound statement and the
// block of its body, an annotated assignment's two parts): the slide's is
// the first of them to run, which is the outermost, and a loop that runs
// it again takes the slide again.
inline const std::string* slide_at(Str* filename, int line, const interp::StmtNode* stmt) {
    const LastFile& last = last_file_looked_up;
    if (filename == last.name && last.no_slides && filename->hash == last.hash) return nullptr;
    return slide_lookup(filename, line, stmt);
}

}  // namespace minipy::interp::memviz
