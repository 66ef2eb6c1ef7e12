// libFuzzer target: the layout pass and the grammar (grammar::parse) on arbitrary bytes, in every mode.
#include "grammar/parser.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using minipy::grammar::Mode;
    std::string_view source(reinterpret_cast<const char*>(data), size);
    // The grammar needs about 2 MB of stack (grammar/tokens.hpp): libFuzzer's
    // main thread has 8.
    for (Mode mode : {Mode::File, Mode::Interactive, Mode::Single, Mode::Expression})
        (void)minipy::grammar::parse(source, "<fuzz>", mode);
    return 0;
}
