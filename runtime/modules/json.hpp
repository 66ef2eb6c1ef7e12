// What the two files of the _json module share: json.cpp makes the module
// and decodes, json_encode.cpp encodes (CPython's Modules/_json.c).
#pragma once

#include "runtime/objects/module.hpp"

namespace minipy {

// Adds encode_basestring, encode_basestring_ascii and make_encoder to `_json`.
void json_add_encoder(Module* m);

}  // namespace minipy
