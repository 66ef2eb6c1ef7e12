// printf-style formatting: `str % args` and `bytes % args` (CPython's
// PyUnicode_Format and _PyBytes_FormatEx, with their messages).
//
//   %[(key)][flags][width][.precision]type     flags: - + space # 0
//   width/precision may be `*` (taken from the arguments)
//   str types:   s r a d i u o x X e E f F g G c %
//   bytes types: s b r a d i u o x X e E f F g G c %   (%s/%b need bytes or __bytes__)
//
// `args` is a tuple for several values, a mapping for %(key) forms, or any
// other single value.
#pragma once

#include "runtime/core/object.hpp"

namespace minipy {

struct Str;
struct Bytes;

Ref<> percent_format_str(Str* format, Object* args);
Ref<> percent_format_bytes(Bytes* format, Object* args);

}  // namespace minipy
