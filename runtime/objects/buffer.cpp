// Bytes-like objects: which types export a buffer and how their bytes are
// read (CPython's PyObject_GetBuffer and PyBuffer_ToContiguous, reduced to
// one dimension).
#include "runtime/objects/buffer.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/modules/array.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/memoryview.hpp"

namespace minipy {

bool is_bytes_like(const Object* o) {
    return is_bytes(o) || is_bytearray(o) || is_memoryview(o) || is_array(o);
}

int buffer_get(Object* o, BufferView& view) {
    view = BufferView{};
    if (is_bytes(o)) {
        view.data = cast<Bytes>(o)->data();
        view.len = cast<Bytes>(o)->size;
        return 1;
    }
    if (is_bytearray(o)) {
        ByteArray* a = cast<ByteArray>(o);
        view.data = a->data();
        view.len = a->size;
        view.readonly = false;
        return 1;
    }
    if (is_memoryview(o)) return memoryview_buffer(o, view) ? 1 : -1;
    char* data;
    std::int64_t nbytes;
    if (array_buffer(o, data, nbytes)) {
        const Array* a = static_cast<const Array*>(o);
        view.data = data;
        view.itemsize = a->descr->itemsize;
        view.step = view.itemsize;
        view.len = nbytes / view.itemsize;
        view.format = a->descr->code;
        view.readonly = false;
        return 1;
    }
    return 0;
}

int bytes_like(Object* o, std::string& holder, std::string_view& out) {
    BufferView view;
    const int got = buffer_get(o, view);
    if (got <= 0) return got;
    if (view.contiguous()) {
        out = std::string_view(view.data, static_cast<std::size_t>(view.nbytes()));
        return 1;
    }
    holder.clear();
    holder.reserve(static_cast<std::size_t>(view.nbytes()));
    for (std::int64_t i = 0; i < view.len; ++i)
        holder.append(view.data + i * view.step, static_cast<std::size_t>(view.itemsize));
    out = holder;
    return 1;
}

bool require_bytes_like(Object* o, std::string& holder, std::string_view& out) {
    const int got = bytes_like(o, holder, out);
    if (got == 0) raisef(exc::TypeError, "a bytes-like object is required, not '{}'", type_name(o));
    return got > 0;
}

bool simple_bytes(Object* o, std::string_view& out) {
    BufferView view;
    const int got = buffer_get(o, view);
    if (got < 0) return false;
    if (got == 0) {
        raisef(exc::TypeError, "a bytes-like object is required, not '{}'", type_name(o));
        return false;
    }
    if (!view.contiguous()) {
        raise(exc::BufferError, "memoryview: underlying buffer is not C-contiguous");
        return false;
    }
    out = std::string_view(view.data, static_cast<std::size_t>(view.nbytes()));
    return true;
}

bool writable_buffer(Object* o, std::string_view who, BufferView& view) {
    const int got = buffer_get(o, view);
    if (got < 0) return false;
    if (got > 0 && !view.readonly && view.contiguous()) return true;
    raisef(exc::TypeError, "{}argument must be read-write bytes-like object, not {}", who, type_name(o));
    return false;
}

void buffer_export(Object* o, int delta) {
    if (is_bytearray(o)) cast<ByteArray>(o)->exports += delta;
    else if (is_array(o)) static_cast<Array*>(o)->exports += delta;
}

BufferHold::BufferHold(Object* o) {
    if (is_memoryview(o)) o = memoryview_exporter(o);
    if (!o || !(is_bytearray(o) || is_array(o))) return;
    held_ = o;
    incref(o);
    buffer_export(o, +1);
}

BufferHold::~BufferHold() {
    if (!held_) return;
    buffer_export(held_, -1);
    decref(held_);
}

}  // namespace minipy
