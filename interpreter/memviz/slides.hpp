// Where a script's slides begin: the teaching documents' convention of a
// comment line `#SLIDE …` or `# SLIDE …` before the statements it pictures.
// A slide is taken when the first statement after its comment is about to
// run, so each file's comment lines are mapped to the line of the next
// line of code (neither blank nor a comment). Read from the source file
// the first time a frame of that file runs a statement.
#pragma once

#include <string>

namespace minipy {
struct Str;
namespace interp {
class StmtNode;
}
}  // namespace minipy

namespace minipy::interp::memviz {

struct ScriptMarks {
    bool has_slides = false;      // a SLIDE comment
    bool calls_snapshot = false;  // a call of a function named snapshot
};

// Reads the main script's marks ("" or an unreadable file: none).
ScriptMarks scan_script(const std::string& path);

// The title of the slide ("SLIDE 2") whose first statement is at `line` of
// the file `filename` names, if `stmt` is that statement, or null. Several
// nodes can start on one line (`a = 1; b = 2`, a compound statement and the
// block of its body, an annotated assignment's two parts): the slide's is
// the first of them to run, which is the outermost, and a loop that runs
// it again takes the slide again.
const std::string* slide_at(Str* filename, int line, const interp::StmtNode* stmt);

}  // namespace minipy::interp::memviz
