// bytes internals the generated cases cannot see: shared objects, layout,
// hashing and iteration. Identity results are CPython 3.11's
// (b'' is bytes(), b'abc'[:1] is b'a', bytes(b) is b).
#include "text_test_util.hpp"

#include "runtime/core/heap.hpp"

namespace minipy::texttest {
namespace {

TEST_CASE_METHOD(RuntimeFixture, "bytes layout and shared objects", "[bytes]") {
    Ref<Bytes> b = bytes_from(std::string_view("a\0b", 3));
    CHECK(b->size == 3);
    CHECK(b->at(1) == 0);
    CHECK(b->data()[3] == '\0');
    CHECK(object_size(b.get()) == 36);  // sys.getsizeof(b'a\0b') == 36
    CHECK(bytes_from("").get() == bytes_from("").get());
    CHECK(bytes_from("x").get() == bytes_from("x").get());
    CHECK(bytes_alloc(1).get() != bytes_from("\0").get());

    Ref<Bytes> abc = bytes_from("abc");
    Ref<Slice> first = slice_new(nullptr, int_from(1).get(), nullptr);
    CHECK(getitem(abc.get(), first.get()).get() == bytes_from("a").get());
    Ref<Slice> all = slice_new(nullptr, nullptr, nullptr);
    CHECK(getitem(abc.get(), all.get()).get() == abc.get());
    CHECK(call(&BytesType, {abc.get()}).get() == abc.get());
    CHECK(call(&BytesType, {}).get() == bytes_from("").get());
}

TEST_CASE_METHOD(RuntimeFixture, "bytes iterate as small ints and hash like ASCII str", "[bytes]") {
    Ref<Bytes> b = bytes_from("\x01\xff");
    Ref<> it = get_iter(b.get());
    CHECK(type_name(it.get()) == "bytes_iterator");
    Ref<> one = iter_next(it.get());
    CHECK(one.get() == small_int(1));
    Ref<> last = iter_next(it.get());
    CHECK(last.get() == small_int(255));
    CHECK_FALSE(iter_next(it.get()));
    CHECK_FALSE(error_pending());
    Ref<Bytes> x = bytes_from("xyz");
    Ref<Str> s = str_from("xyz");
    CHECK(hash(x.get()) == hash(s.get()));
    CHECK(hash(bytes_from("").get()) == 0);
}

TEST_CASE_METHOD(RuntimeFixture, "bytes repr chooses quotes as CPython", "[bytes]") {
    CHECK(bytes_repr("it's") == "b\"it's\"");
    CHECK(bytes_repr("'\"") == "b'\\'\"'");
    CHECK(bytes_repr(std::string_view("\0\x80\xff\t", 4)) == "b'\\x00\\x80\\xff\\t'");
}

}  // namespace
}  // namespace minipy::texttest
