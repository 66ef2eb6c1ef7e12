// UTF-8, ASCII and Latin-1 codecs with CPython's error handlers and
// messages (Objects/unicodeobject.c, Objects/exceptions.c), and str.encode.
#include "runtime/text/codecs.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace minipy {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

// encodings.normalize_encoding + the aliases of the three codecs.
Codec lookup_codec(std::string_view name) {
    std::string n;
    for (char c : name) {
        if (c == '-' || c == ' ') n += '_';
        else n += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    for (const char* alias : {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})
        if (n == alias) return Codec::Utf8;
    for (const char* alias : {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968",
                              "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991",
                              "iso_ir_6"})
        if (n == alias) return Codec::Ascii;
    for (const char* alias : {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
                              "iso_ir_100", "iso_8859_1:1987", "ibm819", "csisolatin1"})
        if (n == alias) return Codec::Latin1;
    return Codec::Unknown;
}

const char* codec_name(Codec c) {
    switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    default: return "latin-1";
    }
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape,
                     SurrogatePass, Unknown };

Handler lookup_handler(std::string_view name) {
    if (name == "strict") return Handler::Strict;
    if (name == "ignore") return Handler::Ignore;
    if (name == "replace") return Handler::Replace;
    if (name == "backslashreplace") return Handler::BackslashReplace;
    if (name == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
    if (name == "surrogateescape") return Handler::SurrogateEscape;
    if (name == "surrogatepass") return Handler::SurrogatePass;
    return Handler::Unknown;
}

bool is_surrogate(std::uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

std::nullptr_t unknown_encoding(std::string_view name) {
    return raisef(exc::LookupError, "unknown encoding: {}", name);
}
std::nullptr_t unknown_handler(std::string_view name) {
    return raisef(exc::LookupError, "unknown error handler name '{}'", name);
}

void append_backslash(std::string& out, std::uint32_t cp) {
    if (cp <= 0xFF) out += fmt::format("\\x{:02x}", cp);
    else if (cp <= 0xFFFF) out += fmt::format("\\u{:04x}", cp);
    else out += fmt::format("\\U{:08x}", cp);
}

// Raises UnicodeEncodeError or UnicodeDecodeError(encoding, object, start,
// end, reason), as CPython's codecs make them; its str is the message.
std::nullptr_t raise_unicode_error(Type* type, Codec codec, Object* object, std::size_t start, std::size_t end,
                                   const char* reason) {
    Ref<Str> encoding = str_from(codec_name(codec));
    Ref<Int> from = int_from(static_cast<std::int64_t>(start));
    Ref<Int> to = int_from(static_cast<std::int64_t>(end));
    Ref<Str> why = str_from(reason);
    Ref<> error = call(type, {encoding.get(), object, from.get(), to.get(), why.get()});
    if (error) raise_chained(std::move(error));
    return nullptr;
}

// UnicodeEncodeError for the unencodable run [start, end) of `s`.
std::nullptr_t encode_error(Codec codec, const Str* s, std::size_t start, std::size_t end) {
    const char* reason = codec == Codec::Utf8    ? "surrogates not allowed"
                         : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                 : "ordinal not in range(256)";
    return raise_unicode_error(exc::UnicodeEncodeError, codec, const_cast<Str*>(s), start, end, reason);
}

// s.encode('utf-8') for a str without surrogates, written straight into a
// bytes object of the exact size (CPython's unicode_encode_utf8 also
// encodes from the code points); null, with nothing raised, when s holds a
// surrogate and the error handler must decide.
Ref<Bytes> encode_utf8_exact(const Str* s) {
    return str_visit(s, [&](const auto* data) -> Ref<Bytes> {
        // Branch-free, so that the compiler vectorises it.
        std::size_t size = static_cast<std::size_t>(s->length);
        std::size_t surrogates = 0;
        for (std::int64_t i = 0; i < s->length; ++i) {
            const std::uint32_t c = data[i];
            size += (c >= 0x80) + (c >= 0x800) + (c >= 0x10000);
            if constexpr (sizeof(*data) > 1) surrogates += (c - 0xD800u) < 0x800u;
        }
        if (surrogates) return nullptr;
        Ref<Bytes> out = bytes_alloc(size);
        char* p = out->data();
        auto* o = reinterpret_cast<unsigned char*>(p);
        for (std::int64_t i = 0; i < s->length; ++i) {
            const std::uint32_t c = data[i];
            if (c < 0x80) {
                *o++ = static_cast<unsigned char>(c);
            } else if (c < 0x800) {
                *o++ = static_cast<unsigned char>(0xC0 | (c >> 6));
                *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                *o++ = static_cast<unsigned char>(0xE0 | (c >> 12));
                *o++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
                *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
            } else {
                *o++ = static_cast<unsigned char>(0xF0 | (c >> 18));
                *o++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
                *o++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
                *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
            }
        }
        return out;
    });
}

}  // namespace

// ---------------------------------------------------------------- encoding

Ref<> codec_encode(const Str* s, std::string_view encoding, std::string_view errors) {
    const Codec codec = lookup_codec(encoding);
    if (codec == Codec::Unknown) return unknown_encoding(encoding);
    if (s->ascii()) return bytes_from(s->view());  // every codec agrees on ASCII
    if (codec == Codec::Latin1 && s->kind() == 1)
        return bytes_from(std::string_view(reinterpret_cast<const char*>(s->latin1()), static_cast<std::size_t>(s->length)));
    if (codec == Codec::Utf8) {
        if (Ref<Bytes> b = encode_utf8_exact(s)) return b;  // else a surrogate: the general path
    }
    const std::uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    // Read from the code points, not the UTF-8 form: encode() leaves
    // sys.getsizeof(s) unchanged, as in CPython.
    std::vector<std::uint32_t> cps;
    cps.reserve(static_cast<std::size_t>(s->length));
    for (std::int64_t i = 0; i < s->length; ++i) cps.push_back(s->at(i));
    // Which code points this codec cannot encode.
    auto bad = [&](std::uint32_t cp) { return codec == Codec::Utf8 ? is_surrogate(cp) : cp >= limit; };
    std::string out;
    out.reserve(cps.size() * 2);
    Handler handler = Handler::Strict;
    bool handler_known = false;
    for (std::size_t i = 0; i < cps.size();) {
        const std::uint32_t cp = cps[i];
        if (!bad(cp)) {
            if (codec == Codec::Utf8) unicode::utf8_append(out, cp);
            else out += static_cast<char>(cp);
            ++i;
            continue;
        }
        // The run of unencodable characters is one error, as CPython reports it.
        std::size_t end = i + 1;
        while (end < cps.size() && bad(cps[end])) ++end;
        if (!handler_known) {
            handler = lookup_handler(errors);
            handler_known = true;
        }
        switch (handler) {
        case Handler::Strict: return encode_error(codec, s, i, end);
        case Handler::Ignore: break;
        case Handler::Replace: out.append(end - i, '?'); break;
        case Handler::BackslashReplace:
            for (std::size_t k = i; k < end; ++k) append_backslash(out, cps[k]);
            break;
        case Handler::XmlCharRefReplace:
            for (std::size_t k = i; k < end; ++k) out += fmt::format("&#{};", cps[k]);
            break;
        case Handler::SurrogateEscape:
            // Only U+DC80..U+DCFF stand for bytes; otherwise the whole run fails.
            for (std::size_t k = i; k < end; ++k)
                if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) return encode_error(codec, s, i, end);
            for (std::size_t k = i; k < end; ++k) out += static_cast<char>(cps[k] - 0xDC00);
            break;
        case Handler::SurrogatePass:
            if (codec != Codec::Utf8) return encode_error(codec, s, i, end);
            for (std::size_t k = i; k < end; ++k) unicode::utf8_append(out, cps[k]);
            break;
        case Handler::Unknown: return unknown_handler(errors);
        }
        i = end;
    }
    return bytes_from(out);
}

// ---------------------------------------------------------------- decoding

namespace {

std::nullptr_t decode_error(Codec codec, std::string_view bytes, std::size_t start, std::size_t end,
                            const char* reason) {
    Ref<Bytes> object = bytes_from(bytes);
    return raise_unicode_error(exc::UnicodeDecodeError, codec, object.get(), start, end, reason);
}

}  // namespace

Ref<Str> codec_decode(std::string_view bytes, std::string_view encoding, std::string_view errors) {
    const Codec codec = lookup_codec(encoding);
    if (codec == Codec::Unknown) return unknown_encoding(encoding);
    if (codec == Codec::Latin1) {
        StrWriter out;
        out.reserve(static_cast<std::int64_t>(bytes.size()));
        for (char c : bytes) out.append(static_cast<unsigned char>(c));
        return out.finish();
    }
    if (codec == Codec::Utf8) {  // valid text, the usual case: straight into the str
        std::size_t error_end;
        const char* reason;
        if (unicode::utf8_validate(bytes, error_end, reason) == bytes.size()) return str_from(bytes);
    }
    std::string out;
    std::size_t pos = 0;
    Handler handler = Handler::Strict;
    bool handler_known = false;
    while (pos < bytes.size()) {
        std::size_t good, error_end;
        const char* reason;
        if (codec == Codec::Utf8) {
            good = pos + unicode::utf8_validate(bytes.substr(pos), error_end, reason);
            error_end += pos;
        } else {
            good = pos;
            while (good < bytes.size() && static_cast<unsigned char>(bytes[good]) < 0x80) ++good;
            error_end = good + 1;
            reason = "ordinal not in range(128)";
        }
        out.append(bytes.substr(pos, good - pos));
        if (good >= bytes.size()) break;
        if (!handler_known) {
            handler = lookup_handler(errors);
            handler_known = true;
        }
        switch (handler) {
        case Handler::Strict: return decode_error(codec, bytes, good, error_end, reason);
        case Handler::XmlCharRefReplace:  // an encode-only handler
            return raise(exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        case Handler::SurrogatePass: {
            // ED A0..BF 80..BF is an encoded surrogate: kept as such.
            const auto* u = reinterpret_cast<const unsigned char*>(bytes.data()) + good;
            if (codec == Codec::Utf8 && bytes.size() - good >= 3 && u[0] == 0xED && u[1] >= 0xA0 && u[1] <= 0xBF &&
                (u[2] & 0xC0) == 0x80) {
                out.append(bytes.substr(good, 3));
                error_end = good + 3;
                break;
            }
            return decode_error(codec, bytes, good, error_end, reason);
        }
        case Handler::Ignore: break;
        case Handler::Replace: unicode::utf8_append(out, 0xFFFD); break;
        case Handler::BackslashReplace:
            for (std::size_t k = good; k < error_end; ++k)
                out += fmt::format("\\x{:02x}", static_cast<unsigned char>(bytes[k]));
            break;
        case Handler::SurrogateEscape:
            for (std::size_t k = good; k < error_end; ++k)
                unicode::utf8_append(out, 0xDC00 + static_cast<unsigned char>(bytes[k]));
            break;
        case Handler::Unknown: return unknown_handler(errors);
        }
        pos = error_end;
    }
    return str_from(out);
}

// ---------------------------------------------------------------- str.encode

static Ref<> str_encode(Object* self, const Args& args) {
    static const ArgSpec spec{"encode", {"encoding", "errors"}, 0};
    Object* a[2] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    std::string_view encoding = "utf-8", errors = "strict";
    if (a[0]) {
        if (!is_str(a[0]))
            return raisef(exc::TypeError, "encode() argument 'encoding' must be str, not {}", arg_type_name(a[0]));
        encoding = cast<Str>(a[0])->view();
    }
    if (a[1]) {
        if (!is_str(a[1]))
            return raisef(exc::TypeError, "encode() argument 'errors' must be str, not {}", arg_type_name(a[1]));
        errors = cast<Str>(a[1])->view();
    }
    return codec_encode(cast<Str>(self), encoding, errors);
}

void str_add_codec_methods(Type& type) { add_methods(type, {{"encode", str_encode}}); }

}  // namespace minipy
