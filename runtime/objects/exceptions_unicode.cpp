// UnicodeEncodeError and UnicodeDecodeError: encoding, object, start, end
// and reason, and their "'utf-8' codec can't decode byte 0xff in position
// 0: ..." messages (CPython's Objects/exceptions.c, as of 3.11).
// UnicodeError itself has BaseException's layout.
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/exceptions_detail.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/member.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <string>

namespace minipy {

namespace {

UnicodeErrorObject* as_unicode(Object* o) { return cast<UnicodeErrorObject>(o); }

// PyArg_ParseTuple's "U" and "n" for argument `n` (1-based).
bool str_arg(const Args& args, std::size_t n, Object*& out) {
    out = args[n - 1];
    if (is_str(out)) return true;
    return raisef(exc::TypeError, "argument {} must be str, not {}", n, type_name(out)), false;
}
bool ssize_arg(const Args& args, std::size_t n, std::int64_t& out) { return index_to_i64(args[n - 1], out); }

// UnicodeEncodeError(encoding, object, start, end, reason) and the same for
// UnicodeDecodeError, whose object may be any bytes-like object (kept as
// bytes). A failure leaves the fields empty.
int unicode_error_init(Object* self, const Args& args, bool decode) {
    if (exception_init(self, args) < 0) return -1;
    UnicodeErrorObject* e = as_unicode(self);
    clear_slot(e->encoding);
    clear_slot(e->object);
    clear_slot(e->reason);
    if (args.size() != 5)
        return raisef(exc::TypeError, "function takes exactly 5 arguments ({} given)", args.size()), -1;
    Object* encoding;
    Object* object = args[1];
    Object* reason;
    std::int64_t start, end;
    if (!str_arg(args, 1, encoding) || (!decode && !str_arg(args, 2, object)) || !ssize_arg(args, 3, start) ||
        !ssize_arg(args, 4, end) || !str_arg(args, 5, reason))
        return -1;
    Ref<> kept = share(object);
    if (decode && !is_bytes(object)) {
        std::string holder;
        std::string_view raw;
        if (!require_bytes_like(object, holder, raw)) return -1;
        kept = bytes_from(raw);
    }
    set_slot(e->encoding, encoding);
    steal_into(e->object, std::move(kept));
    e->start = start;
    e->end = end;
    set_slot(e->reason, reason);
    return 0;
}

int unicode_encode_error_init(Object* self, const Args& args) { return unicode_error_init(self, args, false); }
int unicode_decode_error_init(Object* self, const Args& args) { return unicode_error_init(self, args, true); }

// '' until initialised; then the position and the character or byte when
// [start, end) is one of them, the range otherwise. CPython 3.11 reads
// out of bounds for a negative start or an object of the wrong type; this
// takes the range form and raises TypeError, as later versions do.
Ref<> unicode_error_str(Object* self, bool decode) {
    UnicodeErrorObject* e = as_unicode(self);
    if (!e->object) return str_from("");
    std::string reason, encoding;
    if (!str_text(e->reason ? e->reason : None, reason) || !str_text(e->encoding ? e->encoding : None, encoding))
        return nullptr;
    Object* object = e->object;  // str() above may have replaced it
    if (!object) return str_from("");
    if (decode ? !is_bytes(object) : !is_str(object))
        return raisef(exc::TypeError, "UnicodeError 'object' attribute must be {}", decode ? "bytes" : "a string");
    const std::int64_t len = decode ? cast<Bytes>(object)->size : cast<Str>(object)->length;
    const std::int64_t start = e->start, end = e->end;
    const char* verb = decode ? "decode" : "encode";
    if (start >= 0 && start < len && end == start + 1) {
        if (decode) {
            return str_from(fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", encoding,
                                        cast<Bytes>(object)->at(start), start, reason));
        }
        const std::uint32_t c = cast<Str>(object)->at(start);
        std::string shown = c <= 0xff     ? fmt::format("\\x{:02x}", c)
                            : c <= 0xffff ? fmt::format("\\u{:04x}", c)
                                          : fmt::format("\\U{:08x}", c);
        return str_from(
            fmt::format("'{}' codec can't encode character '{}' in position {}: {}", encoding, shown, start, reason));
    }
    return str_from(fmt::format("'{}' codec can't {} {} in position {}-{}: {}", encoding, verb,
                                decode ? "bytes" : "characters", start, end - 1, reason));
}

Ref<> unicode_encode_error_str(Object* self) { return unicode_error_str(self, false); }
Ref<> unicode_decode_error_str(Object* self) { return unicode_error_str(self, true); }

void add_unicode_members(Type& t) {
    add_member(t, "encoding", offsetof(UnicodeErrorObject, encoding), MemberKind::Object);
    add_member(t, "object", offsetof(UnicodeErrorObject, object), MemberKind::Object);
    add_member(t, "start", offsetof(UnicodeErrorObject, start), MemberKind::Ssize);
    add_member(t, "end", offsetof(UnicodeErrorObject, end), MemberKind::Ssize);
    add_member(t, "reason", offsetof(UnicodeErrorObject, reason), MemberKind::Object);
}

}  // namespace

void unicode_error_types_init() {
    UnicodeErrorLayout::install(*exc::UnicodeEncodeError);
    exc::UnicodeEncodeError->init = unicode_encode_error_init;
    exc::UnicodeEncodeError->str = unicode_encode_error_str;
    UnicodeErrorLayout::install(*exc::UnicodeDecodeError);
    exc::UnicodeDecodeError->init = unicode_decode_error_init;
    exc::UnicodeDecodeError->str = unicode_decode_error_str;
}

void unicode_error_members_init() {
    add_unicode_members(*exc::UnicodeEncodeError);
    add_unicode_members(*exc::UnicodeDecodeError);
}

}  // namespace minipy
