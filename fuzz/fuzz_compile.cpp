// libFuzzer target: the compile pass (compiler/compiler.hpp compile_source) on what parses, in every mode.
#include "compiler/compiler.hpp"
#include "fuzz/harness.hpp"
#include "interpreter/source_file.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/errors.hpp"

#include <cstddef>
#include <cstdint>

using namespace minipy;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quiet_standard_streams();
    fuzz::start_interpreter();  // constants are heap objects
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::on_evaluator_thread([&] {
        // The compiler takes UTF-8 text, as its callers decode it first:
        // the input is decoded as a script file is.
        interp::DecodedSource decoded = interp::decode_source_file(fuzz::as_text(data, size), "<fuzz>");
        if (decoded.error) {
            interp::print_syntax_error(*decoded.error);
            if (error_pending()) fuzz::invariant_broken("print_syntax_error left an exception pending");
            return;
        }
        const std::string& source = decoded.text;
        using interp::CompileMode;
        for (CompileMode mode : {CompileMode::File, CompileMode::Interactive, CompileMode::Single, CompileMode::Eval}) {
            interp::CompileResult compiled = interp::compile_source(source, "<fuzz>", mode);
            // The report a script would get (to /dev/null): its caret line is
            // computed from the error's positions.
            if (compiled.error) interp::print_syntax_error(*compiled.error);
            // A failure is reported in `compiled.error`, never left pending.
            if (error_pending()) fuzz::invariant_broken("compile_source left an exception pending");
        }
    });
    return 0;
}
