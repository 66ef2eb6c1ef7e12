// list.sort(): CPython 3.11's timsort (Objects/listsort.txt), so that the
// same comparisons happen in the same order. That matters whenever the
// comparisons are visible: a __lt__ that prints, a key that fails halfway,
// or an inconsistent comparison that decides the final order.
//
// Outline (listsort.txt): walk the list left to right finding natural runs
// (strictly descending runs are reversed in place), extend short runs to
// `minrun` items with binary insertion, push each run on a stack and merge
// adjacent runs following the "powersort" policy new in 3.11. Merges gallop
// (exponential search) when one run keeps winning.
//
// Stability with reverse=True comes from reversing before and after a
// stable ascending sort. While sorting, the list is emptied so that Python
// code run by the comparisons cannot see or corrupt the items; if that code
// mutated the list, the sort reports "list modified during sort".
#include "runtime/objects/list.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/scalar_compare.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace minipy {

namespace {

constexpr std::int64_t kMinGallop = 7;
constexpr int kMaxMergePending = 64;  // runs on the stack: log2 of any list length
constexpr std::int64_t kMaxMinrun = 64;

// Parallel arrays: keys[i] sorts values[i]. Without a key function the keys
// are the values and `values` is null.
struct SortSlice {
    Object** keys;
    Object** values;

    void advance(std::int64_t n) {
        keys += n;
        if (values) values += n;
    }
    // dst[i..i+n) = src[j..j+n), non-overlapping / overlapping.
    static void copy(SortSlice& dst, std::int64_t i, const SortSlice& src, std::int64_t j, std::int64_t n) {
        std::memcpy(&dst.keys[i], &src.keys[j], n * sizeof(Object*));
        if (dst.values) std::memcpy(&dst.values[i], &src.values[j], n * sizeof(Object*));
    }
    static void move(SortSlice& dst, std::int64_t i, const SortSlice& src, std::int64_t j, std::int64_t n) {
        std::memmove(&dst.keys[i], &src.keys[j], n * sizeof(Object*));
        if (dst.values) std::memmove(&dst.values[i], &src.values[j], n * sizeof(Object*));
    }
    static void copy_one(SortSlice& dst, std::int64_t i, const SortSlice& src, std::int64_t j) {
        dst.keys[i] = src.keys[j];
        if (dst.values) dst.values[i] = src.values[j];
    }
    // *dst++ = *src++ and *dst-- = *src--
    static void copy_incr(SortSlice& dst, SortSlice& src) {
        *dst.keys++ = *src.keys++;
        if (dst.values) *dst.values++ = *src.values++;
    }
    static void copy_decr(SortSlice& dst, SortSlice& src) {
        *dst.keys-- = *src.keys--;
        if (dst.values) *dst.values-- = *src.values--;
    }
};

void reverse_items(Object** lo, Object** hi) {
    --hi;
    for (; lo < hi; ++lo, --hi) std::swap(*lo, *hi);
}

void reverse_slice(SortSlice& s, std::int64_t n) {
    reverse_items(s.keys, s.keys + n);
    if (s.values) reverse_items(s.values, s.values + n);
}

// x < y as the sort sees it: 1, 0, or -1 with an exception set.
using LessFn = int (*)(Object*, Object*);

int generic_less(Object* x, Object* y) { return compare_bool(x, y, CompareOp::Lt); }

// CPython's pre-sort check: when every key has the same exact builtin type,
// compare directly instead of through the operator machinery. The answers
// (and so the sequence of comparisons) are the same; only faster.
int small_int_less(Object* x, Object* y) { return cast<Int>(x)->small < cast<Int>(y)->small; }
int float_less(Object* x, Object* y) { return cast<Float>(x)->value < cast<Float>(y)->value; }
int str_less(Object* x, Object* y) { return str_compare_text(cast<Str>(x), cast<Str>(y)) < 0; }
// compare_bool(a, b, op) for two items of tuple keys, with the items of
// one exact type among int, float and str answered inline (identical items
// are equal, as compare_bool says).
template <CompareOp op>
int compare_items(Object* a, Object* b) {
    if (op == CompareOp::Eq && a == b) return 1;
    if (int fast = compare_scalars(a, b, op); fast >= 0) return fast;
    return compare_bool(a, b, op);
}

// CPython's unsafe_tuple_compare: the first items that differ decide.
int tuple_less(Object* x, Object* y) {
    const Tuple* a = cast<Tuple>(x);
    const Tuple* b = cast<Tuple>(y);
    const std::int64_t common = std::min(a->size, b->size);
    for (std::int64_t i = 0; i < common; ++i) {
        int eq = compare_items<CompareOp::Eq>((*a)[i], (*b)[i]);
        if (eq < 0) return -1;
        if (!eq) return compare_items<CompareOp::Lt>((*a)[i], (*b)[i]);
    }
    return a->size < b->size;
}

LessFn choose_less(Object* const* keys, std::int64_t n) {
    if (n == 0) return generic_less;
    Type* type = keys[0]->type;
    if (type == &TupleType) {
        for (std::int64_t i = 0; i < n; ++i)
            if (keys[i]->type != &TupleType) return generic_less;
        return tuple_less;
    }
    if (type != &IntType && type != &FloatType && type != &StrType) return generic_less;
    for (std::int64_t i = 0; i < n; ++i) {
        if (keys[i]->type != type) return generic_less;
        if (type == &IntType && !int_is_small(cast<Int>(keys[i]))) return generic_less;
    }
    if (type == &IntType) return small_int_less;
    if (type == &FloatType) return float_less;
    return str_less;
}

struct Run {
    SortSlice base;
    std::int64_t len;
    int power;  // node level in the powersort merge tree
};

class MergeState {
public:
    MergeState(std::int64_t list_size, bool has_values, Object** basekeys)
        : listlen_(list_size), basekeys_(basekeys), has_values_(has_values),
          less_(choose_less(basekeys, list_size)) {}

    bool sort(SortSlice lo, std::int64_t n);

private:
    int is_less(Object* x, Object* y) const { return less_(x, y); }
    bool getmem(std::int64_t need);
    std::int64_t count_run(Object** lo, Object** hi, bool& descending);
    bool binary_sort(SortSlice lo, Object** hi, Object** start);
    std::int64_t gallop_left(Object* key, Object** a, std::int64_t n, std::int64_t hint);
    std::int64_t gallop_right(Object* key, Object** a, std::int64_t n, std::int64_t hint);
    bool merge_lo(SortSlice ssa, std::int64_t na, SortSlice ssb, std::int64_t nb);
    bool merge_hi(SortSlice ssa, std::int64_t na, SortSlice ssb, std::int64_t nb);
    bool merge_at(int i);
    bool found_new_run(std::int64_t n2);
    bool merge_force_collapse();

    std::int64_t min_gallop_ = kMinGallop;
    std::int64_t listlen_;
    Object** basekeys_;
    bool has_values_;
    LessFn less_;
    std::vector<Object*> temp_keys_;
    std::vector<Object*> temp_values_;
    SortSlice a_{nullptr, nullptr};  // temp storage for merges
    int n_ = 0;                      // runs pending on the stack
    Run pending_[kMaxMergePending];
};

// Room for `need` items in the merge area.
bool MergeState::getmem(std::int64_t need) {
    if (static_cast<std::int64_t>(temp_keys_.size()) < need) {
        temp_keys_.resize(static_cast<std::size_t>(need));
        if (has_values_) temp_values_.resize(static_cast<std::size_t>(need));
    }
    a_.keys = temp_keys_.data();
    a_.values = has_values_ ? temp_values_.data() : nullptr;
    return true;
}

// The length of the run starting at lo: a non-descending run, or a strictly
// descending one (strict, so reversing it keeps the sort stable). -1 on error.
std::int64_t MergeState::count_run(Object** lo, Object** hi, bool& descending) {
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    std::int64_t n = 2;
    int k = is_less(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
        descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = is_less(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = is_less(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return n;
}

// Binary insertion sort of [lo, hi), whose prefix [lo, start) is sorted.
// An item goes after every item equal to it, which keeps the sort stable.
bool MergeState::binary_sort(SortSlice lo, Object** hi, Object** start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        Object** l = lo.keys;
        Object** r = start;
        Object* pivot = *r;
        do {
            Object** p = l + ((r - l) >> 1);
            int k = is_less(pivot, *p);
            if (k < 0) return false;
            if (k)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        for (Object** p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            const std::ptrdiff_t offset = lo.values - lo.keys;
            Object** p = start + offset;
            Object* value = *p;
            Object** target = l + offset;
            for (; p > target; --p) *p = *(p - 1);
            *target = value;
        }
    }
    return true;
}

// Where `key` belongs in the sorted a[0:n], to the left of any equal items:
// the k with a[k-1] < key <= a[k]. Searches outward from a[hint] in steps
// 1, 3, 7, 15, ... then binary-searches the bracket. -1 on error.
std::int64_t MergeState::gallop_left(Object* key, Object** a, std::int64_t n, std::int64_t hint) {
    a += hint;
    std::int64_t lastofs = 0;
    std::int64_t ofs = 1;
    int k = is_less(*a, key);
    if (k < 0) return -1;
    if (k) {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        const std::int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = is_less(a[ofs], key);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        const std::int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = is_less(*(a - ofs), key);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        const std::int64_t old_lastofs = lastofs;
        lastofs = hint - ofs;
        ofs = hint - old_lastofs;
    }
    a -= hint;
    // Now a[lastofs] < key <= a[ofs]; binary search in between.
    ++lastofs;
    while (lastofs < ofs) {
        const std::int64_t m = lastofs + ((ofs - lastofs) >> 1);
        k = is_less(a[m], key);
        if (k < 0) return -1;
        if (k)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

// As gallop_left, but to the right of any equal items: a[k-1] <= key < a[k].
std::int64_t MergeState::gallop_right(Object* key, Object** a, std::int64_t n, std::int64_t hint) {
    a += hint;
    std::int64_t lastofs = 0;
    std::int64_t ofs = 1;
    int k = is_less(key, *a);
    if (k < 0) return -1;
    if (k) {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        const std::int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = is_less(key, *(a - ofs));
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        const std::int64_t old_lastofs = lastofs;
        lastofs = hint - ofs;
        ofs = hint - old_lastofs;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        const std::int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = is_less(key, a[ofs]);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        const std::int64_t m = lastofs + ((ofs - lastofs) >> 1);
        k = is_less(key, a[m]);
        if (k < 0) return -1;
        if (k)
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

// Merges the adjacent runs a (na items) and b (nb items) in place, na <= nb,
// with a copied to temp storage. Requires: b[0] < a[0] and a[na-1] belongs
// at the end (merge_at arranged both with gallops). On error the remaining
// temp items are copied back so the list holds every item exactly once.
bool MergeState::merge_lo(SortSlice ssa, std::int64_t na, SortSlice ssb, std::int64_t nb) {
    if (!getmem(na)) return false;
    SortSlice::copy(a_, 0, ssa, 0, na);
    SortSlice dest = ssa;
    ssa = a_;

    bool ok = false;
    SortSlice::copy_incr(dest, ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;

    {
        std::int64_t min_gallop = min_gallop_;
        for (;;) {
            std::int64_t acount = 0;  // times a won in a row
            std::int64_t bcount = 0;  // times b won in a row
            // One pair at a time until one run seems to win consistently.
            for (;;) {
                int k = is_less(*ssb.keys, *ssa.keys);
                if (k < 0) goto fail;
                if (k) {
                    SortSlice::copy_incr(dest, ssb);
                    ++bcount;
                    acount = 0;
                    --nb;
                    if (nb == 0) goto succeed;
                    if (bcount >= min_gallop) break;
                } else {
                    SortSlice::copy_incr(dest, ssa);
                    ++acount;
                    bcount = 0;
                    --na;
                    if (na == 1) goto copy_b;
                    if (acount >= min_gallop) break;
                }
            }
            // Gallop while either run keeps winning by MIN_GALLOP or more.
            ++min_gallop;
            do {
                min_gallop -= min_gallop > 1;
                min_gallop_ = min_gallop;
                std::int64_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
                acount = k;
                if (k) {
                    if (k < 0) goto fail;
                    SortSlice::copy(dest, 0, ssa, 0, k);
                    dest.advance(k);
                    ssa.advance(k);
                    na -= k;
                    if (na == 1) goto copy_b;
                    // na == 0 is impossible for a consistent comparison,
                    // which we cannot assume.
                    if (na == 0) goto succeed;
                }
                SortSlice::copy_incr(dest, ssb);
                --nb;
                if (nb == 0) goto succeed;

                k = gallop_left(*ssa.keys, ssb.keys, nb, 0);
                bcount = k;
                if (k) {
                    if (k < 0) goto fail;
                    SortSlice::move(dest, 0, ssb, 0, k);
                    dest.advance(k);
                    ssb.advance(k);
                    nb -= k;
                    if (nb == 0) goto succeed;
                }
                SortSlice::copy_incr(dest, ssa);
                --na;
                if (na == 1) goto copy_b;
            } while (acount >= kMinGallop || bcount >= kMinGallop);
            ++min_gallop;  // penalty for leaving galloping mode
            min_gallop_ = min_gallop;
        }
    }
succeed:
    ok = true;
fail:
    if (na) SortSlice::copy(dest, 0, ssa, 0, na);
    return ok;
copy_b:
    // The last item of a belongs at the very end.
    SortSlice::move(dest, 0, ssb, 0, nb);
    SortSlice::copy_one(dest, nb, ssa, 0);
    return true;
}

// The mirror image of merge_lo for na > nb: b goes to temp storage and the
// merge runs from the right end.
bool MergeState::merge_hi(SortSlice ssa, std::int64_t na, SortSlice ssb, std::int64_t nb) {
    if (!getmem(nb)) return false;
    SortSlice dest = ssb;
    dest.advance(nb - 1);
    SortSlice::copy(a_, 0, ssb, 0, nb);
    SortSlice basea = ssa;
    SortSlice baseb = a_;
    ssb.keys = a_.keys + nb - 1;
    if (ssb.values) ssb.values = a_.values + nb - 1;
    ssa.advance(na - 1);

    bool ok = false;
    SortSlice::copy_decr(dest, ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;

    {
        std::int64_t min_gallop = min_gallop_;
        for (;;) {
            std::int64_t acount = 0;
            std::int64_t bcount = 0;
            for (;;) {
                int k = is_less(*ssb.keys, *ssa.keys);
                if (k < 0) goto fail;
                if (k) {
                    SortSlice::copy_decr(dest, ssa);
                    ++acount;
                    bcount = 0;
                    --na;
                    if (na == 0) goto succeed;
                    if (acount >= min_gallop) break;
                } else {
                    SortSlice::copy_decr(dest, ssb);
                    ++bcount;
                    acount = 0;
                    --nb;
                    if (nb == 1) goto copy_a;
                    if (bcount >= min_gallop) break;
                }
            }
            ++min_gallop;
            do {
                min_gallop -= min_gallop > 1;
                min_gallop_ = min_gallop;
                std::int64_t k = gallop_right(*ssb.keys, basea.keys, na, na - 1);
                if (k < 0) goto fail;
                k = na - k;
                acount = k;
                if (k) {
                    dest.advance(-k);
                    ssa.advance(-k);
                    SortSlice::move(dest, 1, ssa, 1, k);
                    na -= k;
                    if (na == 0) goto succeed;
                }
                SortSlice::copy_decr(dest, ssb);
                --nb;
                if (nb == 1) goto copy_a;

                k = gallop_left(*ssa.keys, baseb.keys, nb, nb - 1);
                if (k < 0) goto fail;
                k = nb - k;
                bcount = k;
                if (k) {
                    dest.advance(-k);
                    ssb.advance(-k);
                    SortSlice::copy(dest, 1, ssb, 1, k);
                    nb -= k;
                    if (nb == 1) goto copy_a;
                    if (nb == 0) goto succeed;  // inconsistent comparison
                }
                SortSlice::copy_decr(dest, ssa);
                --na;
                if (na == 0) goto succeed;
            } while (acount >= kMinGallop || bcount >= kMinGallop);
            ++min_gallop;
            min_gallop_ = min_gallop;
        }
    }
succeed:
    ok = true;
fail:
    if (nb) SortSlice::copy(dest, -(nb - 1), baseb, 0, nb);
    return ok;
copy_a:
    // The first item of b belongs at the very front.
    SortSlice::move(dest, 1 - na, ssa, 1 - na, na);
    dest.advance(-na);
    ssa.advance(-na);
    SortSlice::copy_one(dest, 0, ssb, 0);
    return true;
}

// Merges pending runs i and i+1 (i is the second- or third-last run).
bool MergeState::merge_at(int i) {
    SortSlice base_a = pending_[i].base;
    std::int64_t na = pending_[i].len;
    SortSlice base_b = pending_[i + 1].base;
    std::int64_t nb = pending_[i + 1].len;

    pending_[i].len = na + nb;
    if (i == n_ - 3) pending_[i + 1] = pending_[i + 2];
    --n_;

    // Items of a before where b[0] goes are already in place.
    std::int64_t k = gallop_right(*base_b.keys, base_a.keys, na, 0);
    if (k < 0) return false;
    base_a.advance(k);
    na -= k;
    if (na == 0) return true;
    // Items of b after where a's last item goes are already in place.
    nb = gallop_left(base_a.keys[na - 1], base_b.keys, nb, nb - 1);
    if (nb <= 0) return nb == 0;
    return na <= nb ? merge_lo(base_a, na, base_b, nb) : merge_hi(base_a, na, base_b, nb);
}

// The powersort "power" of the boundary between the run starting at s1
// (n1 items) and the next one (n2 items) in a list of n: the first bit at
// which the binary fractions of the two runs' midpoints (over n) differ.
int powerloop(std::int64_t s1, std::int64_t n1, std::int64_t n2, std::int64_t n) {
    int result = 0;
    // Twice the midpoints, to stay in integers.
    std::int64_t a = 2 * s1 + n1;
    std::int64_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {  // both bits 1
            a -= n;
            b -= n;
        } else if (b >= n) {  // bits differ
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

// A new run of n2 items follows the top of the stack: merge while the
// run below the top has a higher power than the new boundary.
bool MergeState::found_new_run(std::int64_t n2) {
    if (n_ == 0) return true;
    Run* p = pending_;
    const std::int64_t s1 = p[n_ - 1].base.keys - basekeys_;
    const std::int64_t n1 = p[n_ - 1].len;
    const int power = powerloop(s1, n1, n2, listlen_);
    while (n_ > 1 && p[n_ - 2].power > power)
        if (!merge_at(n_ - 2)) return false;
    p[n_ - 1].power = power;
    return true;
}

// At the end, merge everything left on the stack.
bool MergeState::merge_force_collapse() {
    Run* p = pending_;
    while (n_ > 1) {
        int n = n_ - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (!merge_at(n)) return false;
    }
    return true;
}

// Natural runs shorter than this are extended by binary insertion: n itself
// below 64, else a value in [32, 64] such that n / minrun is just below a
// power of two.
std::int64_t compute_minrun(std::int64_t n) {
    std::int64_t r = 0;
    while (n >= kMaxMinrun) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

bool MergeState::sort(SortSlice lo, std::int64_t nremaining) {
    const std::int64_t minrun = compute_minrun(nremaining);
    do {
        bool descending;
        std::int64_t n = count_run(lo.keys, lo.keys + nremaining, descending);
        if (n < 0) return false;
        if (descending) reverse_slice(lo, n);
        if (n < minrun) {
            const std::int64_t force = nremaining <= minrun ? nremaining : minrun;
            if (!binary_sort(lo, lo.keys + force, lo.keys + n)) return false;
            n = force;
        }
        if (!found_new_run(n)) return false;
        pending_[n_].base = lo;
        pending_[n_].len = n;
        ++n_;
        lo.advance(n);
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse();
}

}  // namespace

int list_sort(List* self, Object* key, bool reverse) {
    // Take the items out of the list for the duration (see the top of file).
    const std::int64_t saved_size = self->size;
    Object** saved_items = self->items;
    const std::int64_t saved_capacity = self->capacity;
    self->size = 0;
    self->items = nullptr;
    self->capacity = -1;

    std::vector<Object*> keys;
    bool ok = true;
    if (key) {
        keys.reserve(static_cast<std::size_t>(saved_size));
        for (std::int64_t i = 0; i < saved_size; ++i) {
            Ref<> k = call(key, {saved_items[i]});
            if (!k) {
                ok = false;
                break;
            }
            keys.push_back(k.release());
        }
    }

    if (ok && saved_size > 1) {
        SortSlice lo = key ? SortSlice{keys.data(), saved_items} : SortSlice{saved_items, nullptr};
        if (reverse) {
            if (key) reverse_items(keys.data(), keys.data() + saved_size);
            reverse_items(saved_items, saved_items + saved_size);
        }
        MergeState ms(saved_size, key != nullptr, lo.keys);
        ok = ms.sort(lo, saved_size);
        // Reversed back even on failure, as CPython does.
        if (reverse) reverse_items(saved_items, saved_items + saved_size);
    }
    for (Object* k : keys) decref(k);

    if (ok && self->capacity != -1) {
        raise(exc::ValueError, "list modified during sort");
        ok = false;
    }

    // Put the items back; whatever was added meanwhile is dropped.
    Object** final_items = self->items;
    const std::int64_t final_capacity = self->capacity;
    std::int64_t i = self->size;
    self->size = saved_size;
    self->items = saved_items;
    self->capacity = saved_capacity;
    if (final_items) {
        while (--i >= 0) xdecref(final_items[i]);
        list_free_items(final_items, final_capacity);
    }
    return ok ? 0 : -1;
}

}  // namespace minipy
