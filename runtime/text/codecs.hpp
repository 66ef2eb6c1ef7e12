// The three codecs minipy ships — UTF-8, ASCII and Latin-1 — with the error
// handlers strict, ignore, replace (and, for encoding, backslashreplace and
// xmlcharrefreplace; surrogateescape for both), as str.encode, bytes.decode
// and str(b, encoding) use them. Names are normalised as CPython's codec
// registry does ('UTF8', 'utf_8', 'Latin-1', 'iso-8859-1', 'us-ascii' ...);
// any other name is "LookupError: unknown encoding: NAME".
//
// Errors are CPython's: UnicodeDecodeError(encoding, object, start, end,
// reason), which reads "'utf-8' codec can't decode byte 0xff in position 0:
// invalid start byte".
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/text/str.hpp"

#include <string_view>

namespace minipy {

// Null with LookupError/UnicodeDecodeError set on failure.
Ref<Str> codec_decode(std::string_view bytes, std::string_view encoding, std::string_view errors);
// A new bytes object, or null with LookupError/UnicodeEncodeError set.
Ref<> codec_encode(const Str* s, std::string_view encoding, std::string_view errors);

}  // namespace minipy
