// bytes: an immutable sequence of 0..255, stored inline after the header and
// followed by a NUL byte (as CPython's PyBytesObject, so sys.getsizeof(b'')
// is 33 in both). The hash is cached and equals hash() of an ASCII str with
// the same characters, as in CPython.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>
#include <string_view>

namespace minipy {

struct Bytes : VarObject {
    std::int64_t hash = -1;  // -1 until computed

    char* data() { return reinterpret_cast<char*>(this + 1); }  // NUL-terminated
    const char* data() const { return reinterpret_cast<const char*>(this + 1); }
    std::string_view view() const { return {data(), static_cast<std::size_t>(size)}; }
    unsigned char at(std::int64_t i) const { return static_cast<unsigned char>(data()[i]); }
};

extern Type BytesType;

inline bool is_bytes(const Object* o) { return o->type == &BytesType || is_instance_of(o, &BytesType); }
inline bool is_exact_bytes(const Object* o) { return o->type == &BytesType; }

// A new bytes object with a copy of `raw` (b'' and single bytes are shared
// singletons, as in CPython).
Ref<Bytes> bytes_from(std::string_view raw);
// `n` zero bytes to be filled in by the caller (never a shared singleton).
Ref<Bytes> bytes_alloc(std::size_t n);

// repr(b): b'...' with CPython's quote choice and escapes. bytearray's repr
// (`escape_single`) escapes a single quote even inside double quotes, as
// CPython 3.11's bytearray_repr does.
std::string bytes_repr(std::string_view raw, bool escape_single = false);

void bytes_type_init();

}  // namespace minipy
