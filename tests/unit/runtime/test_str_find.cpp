// str_find.cpp's searches and the kind helpers the str methods rest on,
// checked against plain loops over the code points on texts of every kind,
// including texts full of memchr false positives (code points that share
// the needle's low byte) and needles whose low byte is 0.
#include "text_test_util.hpp"

#include "runtime/text/str_impl.hpp"

#include <cstdint>
#include <vector>

namespace minipy::texttest {
namespace {

using Cps = std::vector<std::uint32_t>;

Ref<Str> make(const Cps& cps) { return str_from_ucs4(cps.data(), cps.size()); }

// The reference: the first (or last) i in [start, end - m] where the needle matches.
std::int64_t naive_find(const Cps& s, const Cps& sub, std::int64_t start, std::int64_t end, bool reverse) {
    const auto m = static_cast<std::int64_t>(sub.size());
    if (end - start < m) return -1;
    if (m == 0) return reverse ? end : start;
    std::int64_t found = -1;
    for (std::int64_t i = start; i + m <= end; ++i) {
        bool match = true;
        for (std::int64_t k = 0; k < m && match; ++k) match = s[static_cast<std::size_t>(i + k)] == sub[static_cast<std::size_t>(k)];
        if (match) {
            found = i;
            if (!reverse) break;
        }
    }
    return found;
}

// A deterministic text of `n` code points drawn from `alphabet`.
Cps text_from(const Cps& alphabet, std::size_t n, std::uint32_t seed) {
    Cps out;
    for (std::size_t i = 0; i < n; ++i) {
        seed = seed * 1103515245u + 12345u;
        out.push_back(alphabet[(seed >> 8) % alphabet.size()]);
    }
    return out;
}

TEST_CASE_METHOD(RuntimeFixture, "str_find_in agrees with a plain search on every kind", "[str][find]") {
    // Code points sharing the low byte 0x23 ('#') or 0x00, in each kind.
    const std::vector<Cps> alphabets = {
        {'a', 'b', '#'},
        {'a', 0xE9, '#', 0xA3},
        {'a', '#', 0x2023, 0x123, 0x100, 0x2300},
        {'a', '#', 0x2023, 0x1F623, 0x12323, 0x10000, 0x1F600},
    };
    const std::vector<Cps> needles = {
        {'#'}, {0x2023}, {0x1F623}, {0x100}, {0x10000}, {'a', '#'}, {'#', 0x2023}, {0x2023, 'a', '#'},
        {0x12323, '#'}, {0xE9}, {0xE9, 'a'}, {'z'}, {},
    };
    std::uint32_t seed = 1;
    for (const Cps& alphabet : alphabets) {
        for (std::size_t n : {0u, 1u, 7u, 41u, 100u, 300u}) {
            const Cps cps = text_from(alphabet, n, seed++);
            Ref<Str> s = make(cps);
            for (const Cps& needle : needles) {
                Ref<Str> sub = make(needle);
                const auto len = static_cast<std::int64_t>(n);
                for (std::int64_t start : {std::int64_t{0}, std::int64_t{3}, len / 2}) {
                    for (std::int64_t end : {len, len - 1, len / 2 + 5}) {
                        if (start > len || end < 0 || end > len) continue;
                        INFO("n=" << n << " needle size=" << needle.size() << " start=" << start << " end=" << end);
                        CHECK(str_find_in(s.get(), sub.get(), start, end, false) == naive_find(cps, needle, start, end, false));
                        CHECK(str_find_in(s.get(), sub.get(), start, end, true) == naive_find(cps, needle, start, end, true));
                    }
                }
            }
        }
    }
}

TEST_CASE_METHOD(RuntimeFixture, "str_find_all counts non-overlapping matches up to a limit", "[str][find]") {
    Ref<Str> s = str_from("aaaa€aa€aaa");
    Ref<Str> aa = str_from("aa");
    std::vector<std::int64_t> at;
    CHECK(str_find_all(s.get(), aa.get(), 0, s->length, 100, &at) == 4);
    CHECK(at == std::vector<std::int64_t>{0, 2, 5, 8});
    CHECK(str_find_all(s.get(), aa.get(), 0, s->length, 2) == 2);
    CHECK(str_find_all(s.get(), aa.get(), 1, 9, 100) == 2);  // [1:9] is "aaa€aa€a"
    Ref<Str> euro = str_from("€");
    CHECK(str_find_all(s.get(), euro.get(), 0, s->length, 100) == 2);
    // A needle of a wider class than the text is never searched for.
    Ref<Str> ascii = str_from("abcabc");
    Ref<Str> e = str_from("é");
    CHECK(str_find_all(ascii.get(), e.get(), 0, ascii->length, 100) == 0);
    CHECK(str_find_in(ascii.get(), e.get(), 0, ascii->length, false) == -1);
    Ref<Str> empty = str_from("");
    CHECK(str_find_all(ascii.get(), empty.get(), 0, ascii->length, 100) == 0);
}

TEST_CASE_METHOD(RuntimeFixture, "str_max_char gives the class of a range, stopping early", "[str][find]") {
    Cps cps(200, 'a');
    cps[150] = 0xE9;
    Ref<Str> latin1 = make(cps);
    CHECK(str_max_char(latin1.get(), 0, 150) == 0x7F);
    CHECK(str_max_char(latin1.get(), 0, 151) == 0xFF);
    CHECK(str_max_char(latin1.get(), 150, 151) == 0xFF);
    CHECK(str_max_char(latin1.get(), 10, 10) == 0);
    cps[20] = 0x20AC;
    Ref<Str> ucs2 = make(cps);
    CHECK(str_max_char(ucs2.get(), 21, 200) == 0xFF);
    CHECK(str_max_char(ucs2.get(), 21, 150) == 0x7F);
    CHECK(str_max_char(ucs2.get(), 0, 200) == 0xFFFF);
    cps[199] = 0x1F600;
    Ref<Str> ucs4 = make(cps);
    CHECK(str_max_char(ucs4.get(), 0, 199) == 0xFFFF);
    CHECK(str_max_char(ucs4.get(), 0, 200) == 0x10FFFF);
    CHECK(str_max_char(ucs4.get(), 151, 199) == 0x7F);
    Ref<Str> ascii = str_from("plain");
    CHECK(str_max_char(ascii.get(), 0, 5) == 0x7F);
}

TEST_CASE_METHOD(RuntimeFixture, "a sharing StrWriter hands back a str appended whole", "[str]") {
    Ref<Str> s = str_from("résumé");
    {
        StrWriter w;
        w.share_whole();
        w.append(s.get());
        CHECK(w.length() == 6);
        CHECK(w.finish().get() == s.get());
    }
    {
        StrWriter w;
        w.share_whole();
        w.append(s.get());
        w.append(0x20AC);  // anything after it: a new str of the right kind
        Ref<Str> r = w.finish();
        CHECK(r.get() != s.get());
        CHECK(r->kind() == 2);
        CHECK(r->length == 7);
        CHECK(r->at(0) == 'r');
        CHECK(r->at(6) == 0x20AC);
    }
    {
        StrWriter w;  // without share_whole: always a copy
        w.append(s.get());
        Ref<Str> r = w.finish();
        CHECK(r.get() != s.get());
        CHECK(str_equal(r.get(), s.get()));
    }
}

}  // namespace
}  // namespace minipy::texttest
