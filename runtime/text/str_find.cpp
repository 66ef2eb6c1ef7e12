// Searching a str's code points: str_find_in and str_find_all, after
// CPython 3.11's Objects/stringlib/fastsearch.h. Each search runs on the
// haystack's own kind (a narrower needle is widened once per call, never
// per match); Latin-1 text uses the C library's memchr, memrchr and memmem,
// and wider kinds look for the needle's first code point before comparing
// the rest, as fastsearch does for its common short needles.
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"

#include <algorithm>
#include <cstring>
#include <string.h>  // memrchr and memmem (GNU)
#include <vector>

namespace minipy {

namespace {

// Wider kinds search for the low byte of `c` with memchr (memrchr), then
// check the whole code point, as stringlib's find_char does; a false
// positive is followed by a short scan by hand, so text full of them costs
// no more than the plain loop. A code point whose low byte is 0 would find
// every high byte: the plain loop then.
constexpr std::int64_t kMemchrCutOff = 40;

// Index of the first `c` in hay[0:n], or -1.
template <class C>
std::int64_t find_char(const C* hay, std::int64_t n, C c) {
    if constexpr (sizeof(C) == 1) {
        const void* p = std::memchr(hay, c, static_cast<std::size_t>(n));
        return p ? static_cast<const C*>(p) - hay : -1;
    } else {
        const auto low = static_cast<unsigned char>(c & 0xFF);
        std::int64_t i = 0;
        if (low != 0) {
            while (n - i > kMemchrCutOff) {
                const void* p = std::memchr(hay + i, low, static_cast<std::size_t>(n - i) * sizeof(C));
                if (!p) return -1;
                const std::int64_t j =
                    (static_cast<const char*>(p) - reinterpret_cast<const char*>(hay)) / static_cast<std::int64_t>(sizeof(C));
                if (hay[j] == c) return j;
                const std::int64_t stop = std::min(n, j + 1 + kMemchrCutOff);
                for (i = j + 1; i < stop; ++i)
                    if (hay[i] == c) return i;
            }
        }
        for (; i < n; ++i)
            if (hay[i] == c) return i;
        return -1;
    }
}

// Index of the last `c` in hay[0:n], or -1.
template <class C>
std::int64_t rfind_char(const C* hay, std::int64_t n, C c) {
    if constexpr (sizeof(C) == 1) {
        const void* p = memrchr(hay, c, static_cast<std::size_t>(n));
        return p ? static_cast<const C*>(p) - hay : -1;
    } else {
        const auto low = static_cast<unsigned char>(c & 0xFF);
        std::int64_t e = n;  // hay[e:] is searched
        if (low != 0) {
            while (e > kMemchrCutOff) {
                const void* p = memrchr(hay, low, static_cast<std::size_t>(e) * sizeof(C));
                if (!p) return -1;
                const std::int64_t j =
                    (static_cast<const char*>(p) - reinterpret_cast<const char*>(hay)) / static_cast<std::int64_t>(sizeof(C));
                if (hay[j] == c) return j;
                const std::int64_t stop = std::max<std::int64_t>(0, j - kMemchrCutOff);
                for (e = j; e > stop; --e)
                    if (hay[e - 1] == c) return e - 1;
            }
        }
        for (; e > 0; --e)
            if (hay[e - 1] == c) return e - 1;
        return -1;
    }
}

// Index of the first (or last) occurrence of needle[0:m] in hay[0:n], or
// -1 (1 <= m <= n).
template <class C>
std::int64_t find_sub(const C* hay, std::int64_t n, const C* needle, std::int64_t m, bool reverse) {
    if (m == 1) return reverse ? rfind_char(hay, n, needle[0]) : find_char(hay, n, needle[0]);
    const std::size_t rest = static_cast<std::size_t>(m - 1) * sizeof(C);
    const std::int64_t last = n - m;  // the last position a match can start at
    if (!reverse) {
        if constexpr (sizeof(C) == 1) {
            const void* p = memmem(hay, static_cast<std::size_t>(n), needle, static_cast<std::size_t>(m));
            return p ? static_cast<const C*>(p) - hay : -1;
        }
        for (std::int64_t i = 0; i <= last;) {
            const std::int64_t at = find_char(hay + i, last + 1 - i, needle[0]);
            if (at < 0) return -1;
            i += at;
            if (std::memcmp(hay + i + 1, needle + 1, rest) == 0) return i;
            ++i;
        }
        return -1;
    }
    for (std::int64_t i = last; i >= 0;) {
        i = rfind_char(hay, i + 1, needle[0]);
        if (i < 0) return -1;
        if (std::memcmp(hay + i + 1, needle + 1, rest) == 0) return i;
        --i;
    }
    return -1;
}

// `sub`'s code points as the haystack's type C: its own array when the
// kinds agree, else a widened copy (sub's kind is never wider than C's).
template <class C>
class Needle {
public:
    explicit Needle(const Str* sub) {
        if (static_cast<std::size_t>(sub->kind()) == sizeof(C)) {
            data_ = static_cast<const C*>(sub->kind_data());
            return;
        }
        copy_.resize(static_cast<std::size_t>(sub->length));
        for (std::int64_t i = 0; i < sub->length; ++i) copy_[static_cast<std::size_t>(i)] = static_cast<C>(sub->at(i));
        data_ = copy_.data();
    }
    const C* data() const { return data_; }

private:
    std::vector<C> copy_;
    const C* data_ = nullptr;
};

}  // namespace

std::int64_t str_find_in(const Str* s, const Str* sub, std::int64_t start, std::int64_t end, bool reverse) {
    if (end - start < sub->length) return -1;
    if (sub->length == 0) return reverse ? end : start;
    // A code point of a wider class (non-ASCII in ASCII text, ...) is in no narrower text.
    if (str_max_class(sub) > str_max_class(s)) return -1;
    return str_visit(s, [&](const auto* data) -> std::int64_t {
        using C = std::remove_const_t<std::remove_pointer_t<decltype(data)>>;
        const Needle<C> needle(sub);
        const std::int64_t at = find_sub(data + start, end - start, needle.data(), sub->length, reverse);
        return at < 0 ? -1 : start + at;
    });
}

std::int64_t str_find_all(const Str* s, const Str* sub, std::int64_t start, std::int64_t end, std::int64_t limit,
                          std::vector<std::int64_t>* positions) {
    if (sub->length == 0 || end - start < sub->length || str_max_class(sub) > str_max_class(s)) return 0;
    return str_visit(s, [&](const auto* data) -> std::int64_t {
        using C = std::remove_const_t<std::remove_pointer_t<decltype(data)>>;
        const Needle<C> needle(sub);
        const std::int64_t m = sub->length;
        std::int64_t count = 0;
        for (std::int64_t i = start; count < limit && end - i >= m; ++count) {
            const std::int64_t at = find_sub(data + i, end - i, needle.data(), m, false);
            if (at < 0) break;
            if (positions) positions->push_back(i + at);
            i += at + m;
        }
        return count;
    });
}

}  // namespace minipy
