// The random module: CPython's generator and Lib/random.py's algorithms, so
// that a seeded sequence is the one CPython gives: MT19937 seeded as
// Modules/_randommodule.c seeds it (init_by_array over the 32-bit words of
// abs(seed)), random() from two 32-bit outputs, getrandbits() word by word.
// random.Random instances each have a generator; the module's functions
// are bound methods of a hidden one, as in CPython.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/modules/sha512.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/range.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <gmp.h>

#include <chrono>
#include <cmath>
#include <optional>
#include <random>
#include <vector>

namespace minipy {

Type RandomType;

namespace {

// MT19937, the 32-bit Mersenne Twister of Matsumoto and Nishimura, with the
// reference implementation's two seeding procedures.
class Mt19937 {
public:
    static constexpr int kWords = 624;

    void init_genrand(std::uint32_t seed) {
        words_[0] = seed;
        for (int i = 1; i < kWords; ++i)
            words_[i] = 1812433253u * (words_[i - 1] ^ (words_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
        index_ = kWords;
    }

    void init_by_array(const std::vector<std::uint32_t>& key) {
        init_genrand(19650218u);
        int i = 1;
        std::size_t j = 0;
        for (std::size_t k = std::max<std::size_t>(kWords, key.size()); k > 0; --k) {
            words_[i] = (words_[i] ^ ((words_[i - 1] ^ (words_[i - 1] >> 30)) * 1664525u)) + key[j] +
                        static_cast<std::uint32_t>(j);
            if (++i >= kWords) {
                words_[0] = words_[kWords - 1];
                i = 1;
            }
            if (++j >= key.size()) j = 0;
        }
        for (int k = kWords - 1; k > 0; --k) {
            words_[i] = (words_[i] ^ ((words_[i - 1] ^ (words_[i - 1] >> 30)) * 1566083941u)) -
                        static_cast<std::uint32_t>(i);
            if (++i >= kWords) {
                words_[0] = words_[kWords - 1];
                i = 1;
            }
        }
        words_[0] = 0x80000000u;  // a non-zero state
        index_ = kWords;
    }

    std::uint32_t next() {
        if (index_ >= kWords) regenerate();
        std::uint32_t y = words_[index_++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    // getstate()/setstate(): the words and the position, as CPython's.
    std::uint32_t word(int i) const { return words_[i]; }
    int index() const { return index_; }
    void restore(const std::uint32_t* words, int index) {
        std::copy(words, words + kWords, words_);
        index_ = index;
    }

private:
    void regenerate() {
        constexpr int kShift = 397;
        for (int k = 0; k < kWords; ++k) {
            const std::uint32_t y = (words_[k] & 0x80000000u) | (words_[(k + 1) % kWords] & 0x7fffffffu);
            words_[k] = words_[(k + kShift) % kWords] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        index_ = 0;
    }

    std::uint32_t words_[kWords] = {};
    int index_ = kWords + 1;
};

// A Random instance: its generator and the second value of the last
// Box-Muller pair gauss() made.
struct RandomObject : Object {
    Mt19937 mt;
    std::optional<double> gauss_next;
};

RandomObject* as_random(Object* self) { return static_cast<RandomObject*>(self); }

// Seeds from the operating system's entropy, as seed(None) does from
// urandom (the clock too, should entropy be short).
void seed_randomly(RandomObject* r) {
    std::random_device device;
    std::vector<std::uint32_t> key(Mt19937::kWords);
    for (auto& word : key) word = device();
    auto now = static_cast<std::uint64_t>(std::chrono::high_resolution_clock::now().time_since_epoch().count());
    key[0] ^= static_cast<std::uint32_t>(now);
    key[1] ^= static_cast<std::uint32_t>(now >> 32);
    r->mt.init_by_array(key);
    r->gauss_next.reset();
}

// An int of the unsigned 64-bit value `v`.
Ref<> int_from_u64(std::uint64_t v) {
    mpz_t big;
    mpz_init(big);
    mpz_import(big, 1, 1, sizeof(v), 0, 0, &v);
    return int_from_mpz_move(big);
}

// The 32-bit words of abs(n), least significant first, at least one.
std::vector<std::uint32_t> seed_words(Int* n) {
    std::vector<std::uint32_t> words;
    mpz_t big;
    mpz_init(big);
    int_to_mpz(n, big);
    mpz_abs(big, big);
    do {
        words.push_back(static_cast<std::uint32_t>(mpz_get_ui(big) & 0xffffffffu));
        mpz_fdiv_q_2exp(big, big, 32);
    } while (mpz_sgn(big) != 0);
    mpz_clear(big);
    return words;
}

// random(): 53 random bits from two outputs, as CPython's random_random.
double next_double(RandomObject* r) {
    const std::uint32_t a = r->mt.next() >> 5;
    const std::uint32_t b = r->mt.next() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for k <= 64: whole words, least significant first, the
// last one's top bits.
std::uint64_t random_bits_small(RandomObject* r, int k) {
    if (k <= 32) return k == 0 ? 0 : r->mt.next() >> (32 - k);
    const std::uint64_t low = r->mt.next();
    const std::uint64_t high = r->mt.next() >> (64 - k);
    return low | (high << 32);
}

// getrandbits(k) as an int.
Ref<> random_bits(RandomObject* r, std::int64_t k) {
    if (k < 64) return int_from(static_cast<std::int64_t>(random_bits_small(r, static_cast<int>(k))));
    mpz_t value;
    mpz_init(value);
    for (std::int64_t done = 0; done < k; done += 32) {
        std::uint32_t word = r->mt.next();
        const std::int64_t take = std::min<std::int64_t>(32, k - done);
        if (take < 32) word >>= 32 - take;
        mpz_t part;
        mpz_init_set_ui(part, word);
        mpz_mul_2exp(part, part, static_cast<mp_bitcnt_t>(done));
        mpz_ior(value, value, part);
        mpz_clear(part);
    }
    return int_from_mpz_move(value);
}

std::int64_t bit_length(Int* n) {
    if (auto small = int_to_i64(n)) {
        std::uint64_t v = static_cast<std::uint64_t>(*small);
        return v == 0 ? 0 : 64 - __builtin_clzll(v);
    }
    mpz_t big;
    mpz_init(big);
    int_to_mpz(n, big);
    auto bits = static_cast<std::int64_t>(mpz_sizeinbase(big, 2));
    mpz_clear(big);
    return bits;
}

// _randbelow(n) for n > 0: getrandbits(n.bit_length()) until below n.
Ref<> randbelow(RandomObject* r, Object* n) {
    Int* limit = cast<Int>(n);
    if (auto small = int_to_i64(limit)) {
        auto bound = static_cast<std::uint64_t>(*small);
        const int k = 64 - __builtin_clzll(bound);
        for (;;) {
            const std::uint64_t value = random_bits_small(r, k);
            if (value < bound) return int_from(static_cast<std::int64_t>(value));
        }
    }
    const std::int64_t k = bit_length(limit);
    for (;;) {
        Ref<> value = random_bits(r, k);
        int below = compare_bool(value.get(), n, CompareOp::Lt);
        if (below < 0) return nullptr;
        if (below) return value;
    }
}

std::int64_t randbelow_small(RandomObject* r, std::int64_t n) {
    Ref<> value = randbelow(r, int_from(n).get());
    return *int_to_i64(cast<Int>(value.get()));
}

// random.py's _index(x) with its fallback for integral floats.
Ref<> range_index(Object* value, const char* what) {
    if (is_int(value)) return number_index(value);
    if (type_lookup(value->type, "__index__")) return number_index(value);
    Ref<> as_int = number_int(value);
    if (!as_int) return nullptr;
    int same = compare_bool(as_int.get(), value, CompareOp::Eq);
    if (same < 0) return nullptr;
    if (!same) return raisef(exc::ValueError, "non-integer {} for randrange()", what);
    return as_int;
}

Ref<> randrange_impl(RandomObject* r, Object* start, Object* stop, Object* step) {
    Ref<> istart = range_index(start, "arg 1");
    if (!istart) return nullptr;
    if (!stop || stop == None) {
        if (step) return raise(exc::TypeError, "Missing a non-None stop argument");
        if (int_sign(cast<Int>(istart.get())) > 0) return randbelow(r, istart.get());
        return raise(exc::ValueError, "empty range for randrange()");
    }
    Ref<> istop = range_index(stop, "stop");
    if (!istop) return nullptr;
    Ref<> width = binary_op(istop.get(), istart.get(), BinaryOp::Sub);
    if (!width) return nullptr;
    Ref<> istep = step ? range_index(step, "step") : Ref<>(share<Object>(small_int(1)));
    if (!istep) return nullptr;
    const int step_sign = int_sign(cast<Int>(istep.get()));
    auto step_value = int_to_i64(cast<Int>(istep.get()));
    if (step_value && *step_value == 1) {
        if (int_sign(cast<Int>(width.get())) > 0) {
            Ref<> offset = randbelow(r, width.get());
            if (!offset) return nullptr;
            return binary_op(istart.get(), offset.get(), BinaryOp::Add);
        }
        std::string a, b, c;
        if (!str_text(istart.get(), a) || !str_text(istop.get(), b) || !str_text(width.get(), c)) return nullptr;
        return raisef(exc::ValueError, "empty range for randrange() ({}, {}, {})", a, b, c);
    }
    if (step_sign == 0) return raise(exc::ValueError, "zero step for randrange()");
    // n = (width + istep -+ 1) // istep
    Ref<> adjust = int_from(step_sign > 0 ? -1 : 1);
    Ref<> numerator = binary_op(width.get(), istep.get(), BinaryOp::Add);
    if (numerator) numerator = binary_op(numerator.get(), adjust.get(), BinaryOp::Add);
    Ref<> n = numerator ? binary_op(numerator.get(), istep.get(), BinaryOp::FloorDiv) : nullptr;
    if (!n) return nullptr;
    if (int_sign(cast<Int>(n.get())) <= 0) return raise(exc::ValueError, "empty range for randrange()");
    Ref<> which = randbelow(r, n.get());
    Ref<> offset = which ? binary_op(istep.get(), which.get(), BinaryOp::Mul) : nullptr;
    if (!offset) return nullptr;
    return binary_op(istart.get(), offset.get(), BinaryOp::Add);
}

// str(), bytes() and bytearray seeds as random.py's version 2 takes them:
// int.from_bytes(a + sha512(a).digest()); version 1's str hash for str
// and bytes.
Ref<> text_seed(Object* value, std::int64_t version) {
    if (version == 1) {
        // Code points: a str's, or a bytes' read as latin-1.
        std::vector<std::uint32_t> points;
        if (is_str(value)) {
            Str* text = cast<Str>(value);
            for (std::int64_t i = 0; i < text->length; ++i) points.push_back(text->at(i));
        } else {
            for (unsigned char c : cast<Bytes>(value)->view()) points.push_back(c);
        }
        std::uint64_t x = points.empty() ? 0 : static_cast<std::uint64_t>(points[0]) << 7;
        for (std::uint32_t c : points) x = (1000003u * x) ^ c;
        x ^= points.size();
        return int_from_u64(x);
    }
    std::string bytes;
    if (is_str(value)) bytes = std::string(StrUtf8(cast<Str>(value)).view());
    else if (is_bytes(value)) bytes = std::string(cast<Bytes>(value)->view());
    else bytes = std::string(cast<ByteArray>(value)->view());
    const auto digest = sha512(bytes);
    bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    mpz_t big;
    mpz_init(big);
    mpz_import(big, bytes.size(), 1, 1, 0, 0, bytes.data());
    return int_from_mpz_move(big);
}

// seed(a=None, version=2)
Ref<> random_seed(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[2];
    if (!bind_python_args("Random.seed", args, {"a", "version"}, 0, true, a)) return nullptr;
    Object* value = a[0];
    std::int64_t version = 2;
    if (a[1] && !index_to_i64(a[1], version)) return nullptr;
    r->gauss_next.reset();
    if (!value || value == None) {
        seed_randomly(r);
        return none();
    }
    Ref<> number;
    if ((version == 1 && (is_str(value) || is_bytes(value))) ||
        (version == 2 && (is_str(value) || is_bytes(value) || is_bytearray(value)))) {
        number = text_seed(value, version);
        if (!number) return nullptr;
        value = number.get();
    } else if (!is_int(value) && !is_float(value) && !is_str(value) && !is_bytes(value) && !is_bytearray(value)) {
        return raise(exc::TypeError,
                     "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    if (!is_int(value)) {
        // Anything else seeds with its hash, read as unsigned (random_seed).
        const std::int64_t h = hash(value);
        if (h == -1) return nullptr;
        number = int_from_u64(static_cast<std::uint64_t>(h));
        value = number.get();
    }
    r->mt.init_by_array(seed_words(cast<Int>(value)));
    return none();
}

Ref<> random_random(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    if (!check_no_args("Random.random", args)) return nullptr;
    return float_from(next_double(r));
}

Ref<> random_getrandbits(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    if (!check_one_arg("getrandbits", args)) return nullptr;
    std::int64_t k;
    if (!index_to_i64(args[0], k)) return nullptr;
    if (k < 0) return raise(exc::ValueError, "number of bits must be non-negative");
    return random_bits(r, k);
}

Ref<> random_randrange(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[3];
    if (!bind_python_args("Random.randrange", args, {"start", "stop", "step"}, 1, true, a)) return nullptr;
    return randrange_impl(r, a[0], a[1], a[2]);
}

// randint(a, b) = randrange(a, b + 1)
Ref<> random_randint(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[2];
    if (!bind_python_args("Random.randint", args, {"a", "b"}, 2, true, a)) return nullptr;
    Ref<> stop = binary_op(a[1], small_int(1), BinaryOp::Add);
    if (!stop) return nullptr;
    return randrange_impl(r, a[0], stop.get(), nullptr);
}

Ref<> random_choice(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[1];
    if (!bind_python_args("Random.choice", args, {"seq"}, 1, true, a)) return nullptr;
    std::int64_t n = length(a[0]);
    if (n < 0) return nullptr;
    if (n == 0) return raise(exc::IndexError, "Cannot choose from an empty sequence");
    return getitem(a[0], int_from(randbelow_small(r, n)).get());
}

// shuffle(x): Fisher-Yates from the end, as random.py.
Ref<> random_shuffle(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[1];
    if (!bind_python_args("Random.shuffle", args, {"x"}, 1, true, a)) return nullptr;
    Object* x = a[0];
    std::int64_t n = length(x);
    if (n < 0) return nullptr;
    for (std::int64_t i = n - 1; i >= 1; --i) {
        std::int64_t j = randbelow_small(r, i + 1);
        if (is_list(x) && cast<List>(x)->size == n) {
            std::swap(cast<List>(x)->items[i], cast<List>(x)->items[j]);
            continue;
        }
        Ref<> ii = int_from(i), jj = int_from(j);
        Ref<> xi = getitem(x, ii.get());
        Ref<> xj = xi ? getitem(x, jj.get()) : nullptr;
        if (!xj || setitem(x, ii.get(), xj.get()) < 0 || setitem(x, jj.get(), xi.get()) < 0) return nullptr;
    }
    return none();
}

bool is_sequence(Object* o) {
    return is_list(o) || is_tuple(o) || is_str(o) || is_bytes(o) || is_instance_of(o, &RangeType);
}

std::int64_t bisect_right(const std::vector<double>& values, double x, std::int64_t hi) {
    std::int64_t lo = 0;
    while (lo < hi) {
        std::int64_t mid = (lo + hi) / 2;
        if (x < values[static_cast<std::size_t>(mid)]) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

// Running totals of an iterable of numbers (itertools.accumulate).
bool accumulate(Object* iterable, std::vector<double>& out) {
    Ref<> it = get_iter(iterable);
    if (!it) return false;
    double total = 0;
    while (Ref<> item = iter_next(it.get())) {
        double v;
        if (!to_double(item.get(), v)) return false;
        total += v;
        out.push_back(total);
    }
    return !error_pending();
}

// sample(population, k, *, counts=None)
Ref<> random_sample(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[3];
    if (!bind_python_args("Random.sample", args, {"population", "k", "counts"}, 2, true, a, 2)) return nullptr;
    Object* population = a[0];
    if (!is_sequence(population))
        return raise(exc::TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    std::int64_t n = length(population);
    if (n < 0) return nullptr;
    std::int64_t k;
    if (!index_to_i64(a[1], k)) return nullptr;
    if (a[2] && a[2] != None) {
        std::vector<double> cum;
        if (!accumulate(a[2], cum)) return nullptr;
        if (static_cast<std::int64_t>(cum.size()) != n)
            return raise(exc::ValueError, "The number of counts does not match the population");
        double total = cum.back();
        cum.pop_back();
        if (total <= 0) return raise(exc::ValueError, "Total of counts must be greater than zero");
        Ref<> indexes = range_new(0, static_cast<std::int64_t>(total), 1);
        Ref<> k_obj = int_from(k);
        Object* inner_argv[] = {indexes.get(), k_obj.get()};
        Ref<> selections = random_sample(self, Args{inner_argv, 2, nullptr});
        if (!selections) return nullptr;
        Ref<List> result = list_new();
        for (Object* s : *cast<List>(selections.get())) {
            double sv;
            if (!to_double(s, sv)) return nullptr;
            std::int64_t at = bisect_right(cum, sv, static_cast<std::int64_t>(cum.size()));
            Ref<> item = getitem(population, int_from(at).get());
            if (!item) return nullptr;
            if (!list_append(result.get(), item.get())) return nullptr;
        }
        return result;
    }
    if (k < 0 || k > n) return raise(exc::ValueError, "Sample larger than population or is negative");
    Ref<List> result = list_new(k);
    if (!result) return nullptr;  // MemoryError: `k` is the caller's
    std::int64_t setsize = 21;
    if (k > 5) setsize += static_cast<std::int64_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
    if (n <= setsize) {
        Ref<List> pool = list_from_iterable(population);
        if (!pool) return nullptr;
        for (std::int64_t i = 0; i < k; ++i) {
            std::int64_t j = randbelow_small(r, n - i);
            if (!list_append(result.get(), pool->items[j])) return nullptr;
            set_slot(pool->items[j], pool->items[n - i - 1]);
        }
        return result;
    }
    Ref<Set> selected = set_new();
    for (std::int64_t i = 0; i < k; ++i) {
        Ref<> j;
        for (;;) {
            j = int_from(randbelow_small(r, n));
            int seen = set_contains(selected.get(), j.get());
            if (seen < 0) return nullptr;
            if (!seen) break;
        }
        if (set_add(selected.get(), j.get()) < 0) return nullptr;
        Ref<> item = getitem(population, j.get());
        if (!item) return nullptr;
        if (!list_append(result.get(), item.get())) return nullptr;
    }
    return result;
}

// choices(population, weights=None, *, cum_weights=None, k=1)
Ref<> random_choices(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[4];
    if (!bind_python_args("Random.choices", args, {"population", "weights", "cum_weights", "k"}, 1, true, a, 2))
        return nullptr;
    Object* population = a[0];
    Object* weights = a[1] == None ? nullptr : a[1];
    Object* cum_weights = a[2] == None ? nullptr : a[2];
    std::int64_t k = 1;
    if (a[3] && !index_to_i64(a[3], k)) return nullptr;
    std::int64_t n = length(population);
    if (n < 0) return nullptr;
    Ref<List> result = list_new(std::max<std::int64_t>(k, 0));
    if (!result) return nullptr;  // MemoryError: `k` is the caller's
    auto pick = [&](std::int64_t index) {
        Ref<> item = getitem(population, int_from(index).get());
        return item && list_append(result.get(), item.get());
    };
    std::vector<double> cum;
    if (!cum_weights) {
        if (!weights) {
            for (std::int64_t i = 0; i < k; ++i)
                if (!pick(static_cast<std::int64_t>(std::floor(next_double(r) * static_cast<double>(n)))))
                    return nullptr;
            return result;
        }
        if (!accumulate(weights, cum)) {
            if (error_matches(exc::TypeError) && is_int(weights)) {
                clear_error();
                std::string text;
                if (!repr_text(weights, text)) return nullptr;
                return raisef(exc::TypeError, "The number of choices must be a keyword argument: k={}", text);
            }
            return nullptr;
        }
    } else {
        if (weights) return raise(exc::TypeError, "Cannot specify both weights and cumulative weights");
        Ref<> it = get_iter(cum_weights);
        if (!it) return nullptr;
        while (Ref<> item = iter_next(it.get())) {
            double v;
            if (!to_double(item.get(), v)) return nullptr;
            cum.push_back(v);
        }
        if (error_pending()) return nullptr;
    }
    if (static_cast<std::int64_t>(cum.size()) != n)
        return raise(exc::ValueError, "The number of weights does not match the population");
    if (cum.empty()) return raise(exc::IndexError, "list index out of range");
    double total = cum.back();
    if (total <= 0.0) return raise(exc::ValueError, "Total of weights must be greater than zero");
    if (!std::isfinite(total)) return raise(exc::ValueError, "Total of weights must be finite");
    for (std::int64_t i = 0; i < k; ++i)
        if (!pick(bisect_right(cum, next_double(r) * total, n - 1))) return nullptr;
    return result;
}

// uniform(a, b) = a + (b - a) * random()
Ref<> random_uniform(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[2];
    if (!bind_python_args("Random.uniform", args, {"a", "b"}, 2, true, a)) return nullptr;
    Ref<> span = binary_op(a[1], a[0], BinaryOp::Sub);
    Ref<> unit = float_from(next_double(r));
    Ref<> scaled = span ? binary_op(span.get(), unit.get(), BinaryOp::Mul) : nullptr;
    if (!scaled) return nullptr;
    return binary_op(a[0], scaled.get(), BinaryOp::Add);
}

// gauss(mu=0.0, sigma=1.0): Box-Muller, keeping the pair's second value.
Ref<> random_gauss(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[2];
    if (!bind_python_args("Random.gauss", args, {"mu", "sigma"}, 0, true, a)) return nullptr;
    double mu = 0.0, sigma = 1.0;
    if ((a[0] && !to_double(a[0], mu)) || (a[1] && !to_double(a[1], sigma))) return nullptr;
    double z;
    if (r->gauss_next) {
        z = *r->gauss_next;
        r->gauss_next.reset();
    } else {
        double x2pi = next_double(r) * 2.0 * M_PI;
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - next_double(r)));
        z = std::cos(x2pi) * g2rad;
        r->gauss_next = std::sin(x2pi) * g2rad;
    }
    return float_from(mu + z * sigma);
}

// getstate(): (3, the 624 words and the position, gauss_next), as
// random.py's VERSION 3 state.
Ref<> random_getstate(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    if (!check_no_args("Random.getstate", args)) return nullptr;
    Ref<Tuple> words = tuple_alloc(Mt19937::kWords + 1);
    for (int i = 0; i < Mt19937::kWords; ++i) tuple_init_item(words.get(), i, int_from(r->mt.word(i)));
    tuple_init_item(words.get(), Mt19937::kWords, int_from(r->mt.index()));
    Ref<> gauss = r->gauss_next ? Ref<>(float_from(*r->gauss_next)) : none();
    return tuple_from({small_int(3), words.get(), gauss.get()});
}

// setstate(state): a state getstate() gave, as random.py's VERSION 3, or
// its VERSION 2 (words saved signed, taken modulo 2**32).
Ref<> random_setstate(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[1];
    if (!bind_python_args("Random.setstate", args, {"state"}, 1, true, a)) return nullptr;
    Ref<> version = getitem(a[0], small_int(0));
    if (!version) return nullptr;
    std::int64_t v = 0;
    if (!is_int(version.get()) || !index_to_i64(version.get(), v) || (v != 2 && v != 3)) {
        clear_error();
        std::string text;
        if (!repr_text(version.get(), text)) return nullptr;
        return raisef(exc::ValueError, "state with version {} passed to Random.setstate() of version 3", text);
    }
    Ref<List> parts = list_from_iterable(a[0]);
    if (!parts) return nullptr;
    if (parts->size > 3) return raise(exc::ValueError, "too many values to unpack (expected 3)");
    if (parts->size < 3) return raisef(exc::ValueError, "not enough values to unpack (expected 3, got {})", parts->size);
    Object* words = parts->items[1];
    Object* gauss = parts->items[2];
    double g = 0.0;
    if (gauss != None && !to_double(gauss, g)) return nullptr;
    if (gauss == None) r->gauss_next.reset();
    else r->gauss_next = g;
    if (!is_tuple(words)) return raise(exc::TypeError, "state vector must be a tuple");
    if (cast<Tuple>(words)->length() != Mt19937::kWords + 1) return raise(exc::ValueError, "state vector is the wrong size");
    std::uint32_t values[Mt19937::kWords];
    for (int i = 0; i < Mt19937::kWords; ++i) {
        Object* item = (*cast<Tuple>(words))[i];
        if (!is_int(item)) return raisef(exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(item));
        mpz_t big;
        mpz_init(big);
        int_to_mpz(cast<Int>(item), big);
        if (v == 2) mpz_fdiv_r_2exp(big, big, 32);
        const bool fits = mpz_sgn(big) >= 0 && mpz_sizeinbase(big, 2) <= 32;
        values[i] = fits ? static_cast<std::uint32_t>(mpz_get_ui(big)) : 0;
        mpz_clear(big);
        if (!fits) return raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
    }
    std::int64_t index = 0;
    if (!index_to_i64((*cast<Tuple>(words))[Mt19937::kWords], index)) return nullptr;
    if (index < 0 || index > Mt19937::kWords) return raise(exc::ValueError, "invalid state");
    r->mt.restore(values, static_cast<int>(index));
    return none();
}

// randbytes(n) = getrandbits(n * 8).to_bytes(n, 'little')
Ref<> random_randbytes(Object* self, const Args& args) {
    RandomObject* r = as_random(self);
    Object* a[1];
    if (!bind_python_args("Random.randbytes", args, {"n"}, 1, true, a)) return nullptr;
    std::int64_t n = 0;
    if (!index_to_i64(a[0], n)) return nullptr;
    if (n < 0) return raise(exc::ValueError, "number of bits must be non-negative");
    std::string out;
    out.reserve(static_cast<std::size_t>(n));
    for (std::int64_t done = 0; done < n; done += 4) {
        const std::uint32_t word = r->mt.next();
        const std::int64_t take = std::min<std::int64_t>(4, n - done);
        const std::uint32_t bits = take < 4 ? word >> (32 - 8 * take) : word;  // a last word's top bytes
        for (int b = 0; b < take; ++b) out.push_back(static_cast<char>(bits >> (8 * b)));
    }
    return bytes_from(out);
}

// The float arguments of a distribution, in order; false with TypeError.
bool float_args(const char* qualname, const Args& args, std::initializer_list<const char*> names, std::size_t required,
                std::initializer_list<double> defaults, double* out) {
    Object* a[4] = {};
    if (!bind_python_args(qualname, args, names, required, true, a)) return false;
    std::size_t i = 0;
    for (double d : defaults) out[i++] = d;
    for (std::size_t k = 0; k < names.size(); ++k)
        if (a[k] && !to_double(a[k], out[k])) return false;
    return true;
}

// expovariate(lambd)
Ref<> random_expovariate(Object* self, const Args& args) {
    double v[1];
    if (!float_args("Random.expovariate", args, {"lambd"}, 1, {0.0}, v)) return nullptr;
    const double u = 1.0 - next_double(as_random(self));
    if (v[0] == 0.0) return raise(exc::ZeroDivisionError, "float division by zero");
    return float_from(-std::log(u) / v[0]);
}

// normalvariate(mu=0.0, sigma=1.0): Kinderman and Monahan's ratio method.
double normal_sample(RandomObject* r, double mu, double sigma) {
    const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
    double z;
    for (;;) {
        const double u1 = next_double(r);
        const double u2 = 1.0 - next_double(r);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -std::log(u2)) break;
    }
    return mu + z * sigma;
}

Ref<> random_normalvariate(Object* self, const Args& args) {
    double v[2];
    if (!float_args("Random.normalvariate", args, {"mu", "sigma"}, 0, {0.0, 1.0}, v)) return nullptr;
    return float_from(normal_sample(as_random(self), v[0], v[1]));
}

Ref<> random_lognormvariate(Object* self, const Args& args) {
    double v[2];
    if (!float_args("Random.lognormvariate", args, {"mu", "sigma"}, 2, {0.0, 0.0}, v)) return nullptr;
    return float_from(std::exp(normal_sample(as_random(self), v[0], v[1])));
}

// triangular(low=0.0, high=1.0, mode=None)
Ref<> random_triangular(Object* self, const Args& args) {
    Object* a[3];
    if (!bind_python_args("Random.triangular", args, {"low", "high", "mode"}, 0, true, a)) return nullptr;
    double low = 0.0, high = 1.0, mode = 0.0;
    if ((a[0] && !to_double(a[0], low)) || (a[1] && !to_double(a[1], high))) return nullptr;
    const bool has_mode = a[2] && a[2] != None;
    if (has_mode && !to_double(a[2], mode)) return nullptr;
    double u = next_double(as_random(self));
    if (high - low == 0.0) return float_from(low);  // (mode - low) / 0 in random.py
    double c = has_mode ? (mode - low) / (high - low) : 0.5;
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return float_from(low + (high - low) * std::sqrt(u * c));
}

// paretovariate(alpha) and weibullvariate(alpha, beta)
Ref<> random_paretovariate(Object* self, const Args& args) {
    double v[1];
    if (!float_args("Random.paretovariate", args, {"alpha"}, 1, {0.0}, v)) return nullptr;
    const double u = 1.0 - next_double(as_random(self));
    if (v[0] == 0.0) return raise(exc::ZeroDivisionError, "float division by zero");
    return float_from(std::pow(u, -1.0 / v[0]));
}

Ref<> random_weibullvariate(Object* self, const Args& args) {
    double v[2];
    if (!float_args("Random.weibullvariate", args, {"alpha", "beta"}, 2, {0.0, 0.0}, v)) return nullptr;
    const double u = 1.0 - next_double(as_random(self));
    if (v[1] == 0.0) return raise(exc::ZeroDivisionError, "float division by zero");
    return float_from(v[0] * std::pow(-std::log(u), 1.0 / v[1]));
}

// gammavariate(alpha, beta): Cheng's method above 1, the exponential for
// 1, Ahrens and Dieter's below, as random.py.
std::optional<double> gamma_sample(RandomObject* r, double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0) {
        raise(exc::ValueError, "gammavariate: alpha and beta must be > 0.0");
        return std::nullopt;
    }
    if (alpha > 1.0) {
        const double ainv = std::sqrt(2.0 * alpha - 1.0);
        const double bbb = alpha - std::log(4.0);
        const double ccc = alpha + ainv;
        const double sg_magic = 1.0 + std::log(4.5);
        for (;;) {
            const double u1 = next_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            const double u2 = 1.0 - next_double(r);
            const double v = std::log(u1 / (1.0 - u1)) / ainv;
            const double x = alpha * std::exp(v);
            const double z = u1 * u1 * u2;
            const double rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= std::log(z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -std::log(1.0 - next_double(r)) * beta;
    double x;
    for (;;) {
        const double u = next_double(r);
        const double b = (std::exp(1.0) + alpha) / std::exp(1.0);
        const double p = b * u;
        x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
        const double u1 = next_double(r);
        if (p > 1.0) {
            if (u1 <= std::pow(x, alpha - 1.0)) break;
        } else if (u1 <= std::exp(-x)) {
            break;
        }
    }
    return x * beta;
}

Ref<> random_gammavariate(Object* self, const Args& args) {
    double v[2];
    if (!float_args("Random.gammavariate", args, {"alpha", "beta"}, 2, {0.0, 0.0}, v)) return nullptr;
    std::optional<double> x = gamma_sample(as_random(self), v[0], v[1]);
    return x ? Ref<>(float_from(*x)) : nullptr;
}

// betavariate(alpha, beta) from two gamma variates.
Ref<> random_betavariate(Object* self, const Args& args) {
    double v[2];
    if (!float_args("Random.betavariate", args, {"alpha", "beta"}, 2, {0.0, 0.0}, v)) return nullptr;
    RandomObject* r = as_random(self);
    std::optional<double> y = gamma_sample(r, v[0], 1.0);
    if (!y) return nullptr;
    if (*y == 0.0) return float_from(0.0);
    std::optional<double> z = gamma_sample(r, v[1], 1.0);
    if (!z) return nullptr;
    return float_from(*y / (*y + *z));
}

// ------------------------------------------------------------ the type

Ref<> random_new(Type* type, const Args&) {
    auto r = new_object<RandomObject>(type);
    seed_randomly(r.get());
    if (type->has_flag(type_flags::kHasGC)) gc_track(r.get());
    return r;
}

// Random(x=None): seeded with x.
int random_init(Object* self, const Args& args) {
    Object* a[1];
    if (!bind_python_args("Random.__init__", args, {"x"}, 0, true, a)) return -1;
    Object* argv[] = {a[0] ? a[0] : None};
    return random_seed(self, Args{argv, 1, nullptr}) ? 0 : -1;
}

void random_destroy(Object* o) { delete_object(as_random(o)); }

const char* const kMethodNames[] = {
    "seed", "random", "getrandbits", "randrange", "randint", "choice", "choices", "shuffle", "sample", "uniform",
    "gauss", "getstate", "setstate", "randbytes", "expovariate", "normalvariate", "lognormvariate", "triangular",
    "paretovariate", "weibullvariate", "gammavariate", "betavariate"};

void random_type_init() {
    static bool done = false;
    if (done) return;
    done = true;
    type_init_builtin(RandomType, "random.Random", &ObjectType, sizeof(RandomObject), type_flags::kBaseType);
    RandomType.doc = "Random number generator base class used by bound module functions.";
    RandomType.new_instance = random_new;
    RandomType.init = random_init;
    RandomType.destroy = random_destroy;
    RandomType.getattr = generic_getattr;
    add_methods(RandomType, {
                                {"seed", random_seed},
                                {"random", random_random},
                                {"getrandbits", random_getrandbits},
                                {"randrange", random_randrange},
                                {"randint", random_randint},
                                {"choice", random_choice},
                                {"choices", random_choices},
                                {"shuffle", random_shuffle},
                                {"sample", random_sample},
                                {"uniform", random_uniform},
                                {"gauss", random_gauss},
                                {"getstate", random_getstate},
                                {"setstate", random_setstate},
                                {"randbytes", random_randbytes},
                                {"expovariate", random_expovariate},
                                {"normalvariate", random_normalvariate},
                                {"lognormvariate", random_lognormvariate},
                                {"triangular", random_triangular},
                                {"paretovariate", random_paretovariate},
                                {"weibullvariate", random_weibullvariate},
                                {"gammavariate", random_gammavariate},
                                {"betavariate", random_betavariate},
                            });
    type_ready(RandomType);
}

}  // namespace

// The module: Random, and each method of a hidden instance as a function
// (random.random is _inst.random), as CPython's random.py.
Ref<Module> make_random_module() {
    module_types_init();
    random_type_init();
    Ref<Module> m = module_new("random", ModuleOrigin::BuiltIn);
    Ref<> instance = call(&RandomType, {});
    if (!instance) return nullptr;
    module_add(m.get(), "Random", &RandomType);
    module_add(m.get(), "_inst", instance.get());
    for (const char* name : kMethodNames) {
        Ref<> bound = getattr(instance.get(), intern(name));
        if (!bound) return nullptr;
        module_add(m.get(), name, bound.get());
    }
    return m;
}

}  // namespace minipy
