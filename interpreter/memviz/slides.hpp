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
}

namespace minipy::interp::memviz {

struct ScriptMarks {
    bool has_slides = false;      // a SLIDE comment
    bool calls_snapshot = false;  // the text `snapshot(` somewhere
};

// Reads the main script's marks ("" or an unreadable file: none).
ScriptMarks scan_script(const std::string& path);

// The title of the slide whose first statement is at `line` of the file
// `filename` names ("SLIDE 2"), or null.
const std::string* slide_at(Str* filename, int line);

}  // namespace minipy::interp::memviz
