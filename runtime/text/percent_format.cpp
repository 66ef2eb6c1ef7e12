// printf-style formatting, `str % args` and `bytes % args`: a transcription of
// CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c) and
// _PyBytes_FormatEx (Objects/bytesobject.c), which share one structure:
//
//   parse  %[(key)][flags][width][.precision][h|l|L]type   (unicode_format_arg_parse)
//   fetch  the next argument — even for an unknown type character, which is
//          why '%y' % () complains about arguments, not the 'y'
//   format the value as a piece of text                    (unicode_format_arg_format)
//   output the piece with sign, 0x prefix and padding      (unicode_format_arg_output)
//
// Both modes read the format a unit at a time: code points of the str
// (read in place, in its own kind) or bytes, so widths, precisions and
// error indexes count what CPython counts. A str is built as CPython's is,
// with a writer of code points (StrWriter): literal runs and %s pieces are
// copied kind to kind, never through UTF-8, and the last conversion of a
// format may hand its str back whole ('%s' % s is s), as _PyUnicodeWriter's
// readonly buffer does.
// Ints are printed from GMP digits; floats by double_to_string, the port of
// CPython's PyOS_double_to_string that format() uses too.
#include "runtime/text/percent_format.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/format.hpp"
#include "runtime/text/format_spec.hpp"
#include "runtime/text/number_format.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <gmp.h>

#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace minipy {

namespace {

enum Flag : unsigned {
    kLeft = 1,    // '-'
    kSign = 2,    // '+'
    kBlank = 4,   // ' '
    kAlt = 8,     // '#'
    kZero = 16,   // '0'
};

struct Conversion {
    unsigned flags = 0;
    std::int64_t width = -1;
    std::int64_t prec = -1;
    std::uint32_t ch = 0;
    bool numeric_sign = false;  // CPython's arg->sign: the piece may carry a sign
};

// A formatted value: a str (%s, %r, %a, %c of a str format) or text (raw
// for bytes, ASCII for numbers), and its length in units.
struct Piece {
    Ref<Str> str;
    std::string text;
    std::int64_t length = 0;
};

// PyNumber_Check: could int()/float() make sense of it?
bool is_number(Object* v) {
    return is_int(v) || is_float(v) || v->type->to_index || v->type->to_int || v->type->to_float;
}

// The digits of an int in base 8, 10 or 16, with a leading '-' when negative.
std::string int_digits(const Int* i, int base) {
    if (auto small = int_to_i64(i)) {
        char buf[72];
        auto r = std::to_chars(buf, buf + sizeof buf, *small, base);
        return std::string(buf, r.ptr);
    }
    if (base == 10) return int_to_decimal(i);
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    std::string out(mpz_sizeinbase(z, base) + 2, '\0');
    mpz_get_str(out.data(), base, z);
    out.resize(std::strlen(out.c_str()));
    mpz_clear(z);
    return out;
}

// _PyUnicode_FormatLong: sign, optional 0x/0o prefix, digits zero-padded to
// the precision; 'X' upper-cases everything, the prefix included.
std::string format_long(const Int* i, char type, bool alt, std::int64_t prec) {
    const int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    std::string digits = int_digits(i, base);
    std::string out;
    if (!digits.empty() && digits[0] == '-') {
        out += '-';
        digits.erase(0, 1);
    }
    if (alt && base != 10) out += base == 8 ? "0o" : "0x";
    if (prec > static_cast<std::int64_t>(digits.size()))
        out.append(static_cast<std::size_t>(prec) - digits.size(), '0');
    out += digits;
    if (type == 'X')
        for (char& c : out)
            if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// PyOS_double_to_string(x, type, prec, alt) for e/E/f/F/g/G: the same
// digits as format() (correctly rounded, no printf round trip).
std::string format_double(double x, char type, int prec, bool alt) {
    return double_to_string(x, type, prec, alt ? dtsf::kAlt : 0);
}

class PercentFormatter {
public:
    // A str format (`format_str`) or a bytes one (`format_bytes`).
    PercentFormatter(const Str* format_str, std::string_view format_bytes, Object* args)
        : bytes_(format_str == nullptr), format_str_(format_str), format_bytes_(format_bytes), args_(args) {
        n_units_ = bytes_ ? format_bytes.size() : static_cast<std::size_t>(format_str->length);
        if (bytes_) bytes1_ = reinterpret_cast<const std::uint8_t*>(format_bytes.data());
        else if (format_str->kind() == 1) bytes1_ = format_str->latin1();
        if (is_tuple(args)) {
            arglen_ = cast<Tuple>(args)->size;
            argidx_ = 0;
        }
        // PyMapping_Check, minus the sequences that format positionally.
        if (args->type->getitem && !is_tuple(args) && !is_str(args) && !is_bytes(args)) dict_ = args;
    }

    bool run() {
        const std::size_t n = n_units_;
        std::size_t i = 0;
        while (i < n) {
            if (unit(i) != '%') {
                std::size_t j = i + 1;
                while (j < n && unit(j) != '%') ++j;
                append_literal(i, j);
                i = j;
                continue;
            }
            pos_ = i + 1;
            if (!one_conversion()) return false;
            i = pos_;
        }
        if (argidx_ < arglen_ && !dict_) {
            raise(exc::TypeError, bytes_ ? "not all arguments converted during bytes formatting"
                                         : "not all arguments converted during string formatting");
            return false;
        }
        return true;
    }

    std::string& output() { return out_; }
    Ref<Str> finish_str() { return writer_.finish(); }

private:
    bool bytes_;
    const Str* format_str_;            // str mode: the format, read in place
    std::string_view format_bytes_;    // bytes mode
    const std::uint8_t* bytes1_ = nullptr;  // the units when one byte each (bytes, or a one-byte str)
    std::size_t n_units_ = 0;
    std::size_t pos_ = 0;  // next unit to read
    Object* args_;
    Ref<> owned_args_;     // the value of the latest %(key)
    Object* dict_ = nullptr;
    std::int64_t arglen_ = -1;
    std::int64_t argidx_ = -2;
    std::string out_;      // bytes mode's result
    StrWriter writer_;     // str mode's result

    std::uint32_t unit(std::size_t i) const {
        return bytes1_ ? bytes1_[i] : format_str_->at(static_cast<std::int64_t>(i));
    }

    // The format's units [from, to), copied as they are.
    void append_literal(std::size_t from, std::size_t to) {
        if (bytes_) out_.append(format_bytes_.substr(from, to - from));
        else writer_.append(format_str_, static_cast<std::int64_t>(from), static_cast<std::int64_t>(to));
    }
    // ASCII text (or, in bytes mode, any bytes).
    void append_text(std::string_view text) {
        if (bytes_) out_ += text;
        else writer_.append_ascii(text);
    }
    void append_char(char c) { append_text(std::string_view(&c, 1)); }
    void fill(char ch, std::int64_t n) {
        if (bytes_) out_.append(static_cast<std::size_t>(n), ch);
        else writer_.append_repeated(static_cast<unsigned char>(ch), n);
    }

    // unicode_format_getnextarg: a tuple hands out its items; any other
    // value is the one argument.
    Object* next_arg() {
        if (argidx_ < arglen_) {
            const std::int64_t i = argidx_++;
            return arglen_ < 0 ? args_ : cast<Tuple>(args_)->items()[i];
        }
        raise(exc::TypeError, "not enough arguments for format string");
        return nullptr;
    }

    // Reads the next unit into `ch`; false at the end of the format.
    bool read(std::uint32_t& ch) {
        if (pos_ >= n_units_) return false;
        ch = unit(pos_++);
        return true;
    }

    bool star_arg(std::int64_t& out, bool precision) {
        Object* v = next_arg();
        if (!v) return false;
        if (!is_int(v)) {
            raise(exc::TypeError, "* wants int");
            return false;
        }
        auto value = int_to_i64(cast<Int>(v));
        if (!value || (precision && (*value > INT_MAX || *value < INT_MIN))) {
            raise(exc::OverflowError, precision ? "Python int too large to convert to C int"
                                                : "Python int too large to convert to C ssize_t");
            return false;
        }
        out = *value;
        return true;
    }

    // unicode_format_arg_parse; pos_ is just past the '%'.
    bool parse(Conversion& c) {
        if (pos_ < n_units_ && unit(pos_) == '(') {
            if (!dict_) {
                raise(exc::TypeError, "format requires a mapping");
                return false;
            }
            const std::size_t key_start = ++pos_;
            int depth = 1;
            while (depth > 0 && pos_ < n_units_) {
                const std::uint32_t u = unit(pos_++);
                if (u == ')') --depth;
                else if (u == '(') ++depth;
            }
            if (depth > 0) {
                raise(exc::ValueError, "incomplete format key");
                return false;
            }
            Ref<> key = bytes_ ? Ref<>(bytes_from(format_bytes_.substr(key_start, pos_ - 1 - key_start)))
                               : Ref<>(str_substring(const_cast<Str*>(format_str_), static_cast<std::int64_t>(key_start),
                                                     static_cast<std::int64_t>(pos_ - 1)));
            owned_args_ = getitem(dict_, key.get());
            if (!owned_args_) return false;
            args_ = owned_args_.get();
            arglen_ = -1;
            argidx_ = -2;
        }
        bool more = false;
        std::uint32_t ch = 0;
        while ((more = read(ch))) {
            if (ch == '-') c.flags |= kLeft;
            else if (ch == '+') c.flags |= kSign;
            else if (ch == ' ') c.flags |= kBlank;
            else if (ch == '#') c.flags |= kAlt;
            else if (ch == '0') c.flags |= kZero;
            else break;
        }
        if (more && ch == '*') {
            if (!star_arg(c.width, false)) return false;
            if (c.width < 0) {
                c.flags |= kLeft;
                c.width = -c.width;
            }
            more = read(ch);
        } else if (more && ch >= '0' && ch <= '9') {
            c.width = ch - '0';
            while ((more = read(ch)) && ch >= '0' && ch <= '9') {
                const int d = static_cast<int>(ch - '0');
                if (c.width > (std::numeric_limits<std::int64_t>::max() - d) / 10) {
                    raise(exc::ValueError, "width too big");
                    return false;
                }
                c.width = c.width * 10 + d;
            }
        }
        if (more && ch == '.') {
            c.prec = 0;
            more = read(ch);
            if (more && ch == '*') {
                if (!star_arg(c.prec, true)) return false;
                if (c.prec < 0) c.prec = 0;
                more = read(ch);
            } else if (more && ch >= '0' && ch <= '9') {
                c.prec = ch - '0';
                while ((more = read(ch)) && ch >= '0' && ch <= '9') {
                    const int d = static_cast<int>(ch - '0');
                    if (c.prec > (INT_MAX - d) / 10) {
                        raise(exc::ValueError, "precision too big");
                        return false;
                    }
                    c.prec = c.prec * 10 + d;
                }
            }
        }
        // The output grows by at least the width.
        if (bytes_ ? !reserve_text(out_, c.width)
                   : c.width > 0 && !str_may_allocate(writer_.length() + c.width, 0x7F))
            return false;
        if (more && (ch == 'h' || ch == 'l' || ch == 'L')) more = read(ch);
        if (!more) {
            raise(exc::ValueError, "incomplete format");
            return false;
        }
        c.ch = ch;
        return true;
    }

    bool one_conversion() {
        const bool first = pos_ == 1;  // the '%' opens the format
        if (pos_ < n_units_ && unit(pos_) == '%') {
            ++pos_;
            append_char('%');
            return true;
        }
        Conversion c;
        if (!parse(c)) return false;
        // A format that is one conversion may give back its str whole
        // ('%s' % s is s): CPython's writer stops over-allocating at the
        // format's end and then keeps a str written whole into its still
        // unallocated buffer as the result. Any earlier write, even of '',
        // allocates that buffer; its fast path skips '+' and ' ' flags.
        if (!bytes_ && first && pos_ == n_units_ && !(c.flags & (kSign | kBlank))) writer_.share_whole();
        Object* v = next_arg();
        if (!v) return false;
        Piece piece;
        if (!format_arg(c, v, piece)) return false;
        output(c, piece);
        return true;
    }

    // ------------------------------------------------------------ format

    bool text_piece(Ref<> s, Piece& piece) {
        if (!s) return false;
        Str* str = cast<Str>(s.get());
        if (bytes_) {  // %r/%a in bytes: ascii() is pure ASCII
            piece.text = str_ascii_escape(StrUtf8(str).view());
            piece.length = static_cast<std::int64_t>(piece.text.size());
            return true;
        }
        piece.length = str->length;
        piece.str = Ref<Str>::adopt(cast<Str>(s.release()));
        return true;
    }

    bool bytes_piece(Object* v, Piece& piece) {
        if (is_bytes_like(v)) {
            // Any buffer, as CPython's format_obj (bytes, bytearray, memoryview...).
            std::string_view raw;
            if (bytes_like(v, piece.text, raw) < 0) return false;
            if (raw.data() != piece.text.data()) piece.text = std::string(raw);
        } else if (Object* method = type_lookup(v->type, "__bytes__")) {
            Ref<> b = call(method, {v});
            if (!b) return false;
            if (!is_bytes(b.get())) {
                raisef(exc::TypeError, "__bytes__ returned non-bytes (type {})", type_name(b.get()));
                return false;
            }
            piece.text = std::string(cast<Bytes>(b.get())->view());
        } else {
            raisef(exc::TypeError,
                   "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                   type_name(v));
            return false;
        }
        piece.length = static_cast<std::int64_t>(piece.text.size());
        return true;
    }

    // mainformatlong
    bool long_piece(const Conversion& c, Object* v, Piece& piece) {
        const char type = static_cast<char>(c.ch);
        const bool int_only = type == 'o' || type == 'x' || type == 'X';
        Ref<> number;
        if (is_number(v)) {
            number = is_int(v) ? share(v) : int_only ? number_index(v) : number_int(v);
            if (!number && !error_matches(exc::TypeError)) return false;
            if (!number) clear_error();
        }
        if (!number) {
            if (int_only)
                raisef(exc::TypeError, "%{} format: an integer is required, not {}", type, type_name(v));
            else
                raisef(exc::TypeError, "%{} format: a real number is required, not {}", type, type_name(v));
            return false;
        }
        // The digits are padded to the precision, outside the heap.
        if (!heap_may_allocate(c.prec)) return false;
        if (!build_text(piece.text, [&] { return format_long(cast<Int>(number.get()), type, (c.flags & kAlt) != 0, c.prec); }))
            return false;
        piece.length = static_cast<std::int64_t>(piece.text.size());
        return true;
    }

    // formatfloat
    bool float_piece(const Conversion& c, Object* v, Piece& piece) {
        double x;
        if (bytes_ && !is_number(v)) {
            raisef(exc::TypeError, "float argument required, not {}", type_name(v));
            return false;
        }
        if (!to_double(v, x)) return false;
        const int prec = c.prec < 0 ? 6 : static_cast<int>(c.prec);
        if (!heap_may_allocate(prec)) return false;  // at least this many digits, outside the heap
        if (!build_text(piece.text, [&] { return format_double(x, static_cast<char>(c.ch), prec, (c.flags & kAlt) != 0); }))
            return false;
        piece.length = static_cast<std::int64_t>(piece.text.size());
        return true;
    }

    // formatchar (str) / byte_converter (bytes)
    bool char_piece(Object* v, Piece& piece) {
        if (bytes_) {
            if ((is_bytes(v) && cast<Bytes>(v)->size == 1) || (is_bytearray(v) && cast<ByteArray>(v)->size == 1)) {
                piece.text = std::string(is_bytes(v) ? cast<Bytes>(v)->view() : cast<ByteArray>(v)->view());
            } else if (is_int(v) || v->type->to_index) {
                Ref<> index = number_index(v);
                if (!index) return false;
                auto value = int_to_i64(cast<Int>(index.get()));
                if (!value || *value < 0 || *value > 255) {
                    raise(exc::OverflowError, "%c arg not in range(256)");
                    return false;
                }
                piece.text = std::string(1, static_cast<char>(*value));
            } else {
                raise(exc::TypeError, "%c requires an integer in range(256) or a single byte");
                return false;
            }
            piece.length = 1;
            return true;
        }
        std::uint32_t cp;
        if (is_str(v)) {
            if (cast<Str>(v)->length != 1) {
                raise(exc::TypeError, "%c requires int or char");
                return false;
            }
            cp = cast<Str>(v)->at(0);
        } else if (is_int(v) || v->type->to_index) {
            Ref<> index = number_index(v);
            if (!index) return false;
            auto value = int_to_i64(cast<Int>(index.get()));
            if (!value || *value < 0 || *value > static_cast<std::int64_t>(unicode::kMaxCodePoint)) {
                raise(exc::OverflowError, "%c arg not in range(0x110000)");
                return false;
            }
            cp = static_cast<std::uint32_t>(*value);
        } else {
            raise(exc::TypeError, "%c requires int or char");
            return false;
        }
        piece.str = str_from_codepoint(cp);
        piece.length = 1;
        return true;
    }

    bool format_arg(Conversion& c, Object* v, Piece& piece) {
        switch (c.ch) {
        case 's':
            if (bytes_) return bytes_piece(v, piece);
            return text_piece(str(v), piece);
        case 'b':
            if (bytes_) return bytes_piece(v, piece);
            break;
        case 'r':
            return text_piece(bytes_ ? ascii_of(v) : repr(v), piece);
        case 'a':
            return text_piece(ascii_of(v), piece);
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
            if (!long_piece(c, v, piece)) return false;
            c.numeric_sign = true;
            return true;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (!float_piece(c, v, piece)) return false;
            c.numeric_sign = true;
            return true;
        case 'c':
            return char_piece(v, piece);
        default:
            break;
        }
        const std::uint32_t ch = c.ch;
        raisef(exc::ValueError, "unsupported format character '{}' (0x{:x}) at index {}",
               (ch >= 31 && ch <= 126) ? static_cast<char>(ch) : '?', ch, pos_ - 1);
        return false;
    }

    // ------------------------------------------------------------ output

    // `n` units of the piece from unit `from` (a text piece's units are bytes).
    void append_piece(const Piece& piece, std::size_t from, std::int64_t n) {
        if (n <= 0) return;
        if (piece.str) {
            writer_.append(piece.str.get(), static_cast<std::int64_t>(from), static_cast<std::int64_t>(from) + n);
            return;
        }
        append_text(std::string_view(piece.text).substr(from, static_cast<std::size_t>(n)));
    }

    // unicode_format_arg_output
    void output(Conversion& c, const Piece& piece) {
        const char fill_char = (c.numeric_sign && (c.flags & kZero)) ? '0' : ' ';
        std::int64_t len = piece.length;
        if (c.ch == 's' || c.ch == 'r' || c.ch == 'a' || c.ch == 'b')
            if (c.prec >= 0 && len > c.prec) len = c.prec;
        const std::string_view text = piece.text;  // empty for a str piece, which has no sign
        std::size_t index = 0;  // the next unit to copy
        char sign = 0;
        bool has_sign = c.numeric_sign;
        if (has_sign) {
            if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
                sign = text[0];
                --len;
                index = 1;
            } else if (c.flags & kSign) {
                sign = '+';
            } else if (c.flags & kBlank) {
                sign = ' ';
            } else {
                has_sign = false;
            }
        }
        std::int64_t width = c.width < len ? len : c.width;
        if (has_sign) {
            if (fill_char != ' ') append_char(sign);
            if (width > len) --width;
        }
        const bool prefix = (c.flags & kAlt) && (c.ch == 'x' || c.ch == 'X' || c.ch == 'o');
        if (prefix) {
            if (fill_char != ' ') {
                append_text(text.substr(index, 2));
                index += 2;
            }
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && !(c.flags & kLeft)) {
            fill(fill_char, width - len);
            width = len;
        }
        if (fill_char == ' ') {
            if (has_sign) append_char(sign);
            if (prefix) {
                append_text(text.substr(index, 2));
                index += 2;
            }
        }
        append_piece(piece, index, len);
        if (width > len) fill(' ', width - len);
    }
};

}  // namespace

Ref<> percent_format_str(Str* format, Object* args) {
    PercentFormatter f(format, {}, args);
    if (!f.run()) return nullptr;
    return f.finish_str();
}

Ref<> percent_format_bytes(Bytes* format, Object* args) {
    PercentFormatter f(nullptr, format->view(), args);
    if (!f.run()) return nullptr;
    return bytes_from(f.output());
}

}  // namespace minipy
