// A drawing session: the numbered steps of `minipy --draw OUT.ext` and of
// memviz.snapshot(), and what one step remembers for the next (the objects
// it showed, so that the next one can show those freed since).
//
// Steps are taken
//  * at a comment line starting `#SLIDE` or `# SLIDE`, when the first
//    statement after it is about to run in that file (the evaluator's
//    statement hook, interpreter/safe_point.hpp);
//  * at each memviz.snapshot();
//  * at the end of the program;
//  * when the main script has neither SLIDE comments nor a call to
//    snapshot(), after each of its top-level statements.
// While drawing, step N is written to OUT-N.ext as it is taken (.txt, .dot,
// .svg); for .html the steps are kept, with the output the program wrote
// so far, and OUT.html is written at the end (html.hpp).
//
// Freed objects: the previous step's objects are watched through the heap's
// object_free_watch (runtime/core/heap.hpp) by address; one that dies is
// reported once, in the next step, with the description it had. Watching
// holds no reference and reads no freed memory.
#pragma once

#include "interpreter/memviz/model.hpp"

#include <string>

namespace minipy::interp::memviz {

// The options every snapshot of this process uses (memviz.options()).
Options& session_options();

// Starts drawing into OUT-1.ext, OUT-2.ext, … or OUT.html (`out` ends in a
// format this minipy can write, render.hpp's format_of; false otherwise). `script`: the main program's file, read for its SLIDE
// comments, or "" (-c, -m, stdin).
bool draw_begin(const std::string& out, const std::string& script);
bool drawing();

// Takes a step titled `title` (numbered; written out while drawing). It
// becomes the previous step of the next one.
void take_step(const std::string& title);

// The last step ("end"), after the program ended, before the interpreter
// finalizes; then drawing stops.
void draw_end();

// What memviz.show() and render() draw: from `obj` (its count less the
// reference the call holds) or, when null, the frames; with the objects
// freed since the last step. Not a step.
Snapshot current_snapshot(Object* obj);

// Writes `text` to `path`; false when the file cannot be written.
bool write_file(const std::string& path, const std::string& text);

}  // namespace minipy::interp::memviz
