// The random module: CPython's Lib/random.py algorithms (randrange,
// choice, shuffle, sample, choices, gauss …) over a 64-bit Mersenne Twister.
// Sequences are deterministic for a given seed but are not CPython's (its
// generator is the 32-bit MT19937 with its own seeding).
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
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

namespace {

struct RandomState {
    std::mt19937_64 gen;
    std::optional<double> gauss_next;  // the second value of the last Box-Muller pair
};

RandomState& state() {
    static auto* s = new RandomState();
    return *s;
}

void seed_from_words(const std::vector<std::uint32_t>& words) {
    std::seed_seq seq(words.begin(), words.end());
    state().gen.seed(seq);
    state().gauss_next.reset();
}

// Seeds from the operating system's entropy and the clock, as seed(None).
void seed_randomly() {
    std::random_device device;
    auto now = static_cast<std::uint64_t>(std::chrono::high_resolution_clock::now().time_since_epoch().count());
    seed_from_words({device(), device(), device(), device(), static_cast<std::uint32_t>(now),
                     static_cast<std::uint32_t>(now >> 32)});
}

// A double in [0.0, 1.0) with 53 random bits.
double next_double() { return static_cast<double>(state().gen() >> 11) * 0x1.0p-53; }

// getrandbits(k) as an int.
Ref<> random_bits(std::int64_t k) {
    if (k <= 63) return int_from(k == 0 ? 0 : static_cast<std::int64_t>(state().gen() >> (64 - k)));
    mpz_t value;
    mpz_init(value);
    for (std::int64_t done = 0; done < k; done += 64) {
        std::uint64_t word = state().gen();
        std::int64_t take = std::min<std::int64_t>(64, k - done);
        if (take < 64) word >>= 64 - take;
        mpz_t part;
        mpz_init_set_ui(part, static_cast<unsigned long>(word));
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

// _randbelow(n) for n > 0: rejection sampling on bit_length(n) random bits.
Ref<> randbelow(Object* n) {
    Int* limit = cast<Int>(n);
    if (auto small = int_to_i64(limit)) {
        auto bound = static_cast<std::uint64_t>(*small);
        const int k = 64 - __builtin_clzll(bound);
        for (;;) {
            std::uint64_t r = state().gen() >> (64 - k);
            if (r < bound) return int_from(static_cast<std::int64_t>(r));
        }
    }
    const std::int64_t k = bit_length(limit);
    for (;;) {
        Ref<> r = random_bits(k);
        int below = compare_bool(r.get(), n, CompareOp::Lt);
        if (below < 0) return nullptr;
        if (below) return r;
    }
}

std::int64_t randbelow_small(std::int64_t n) {
    Ref<> r = randbelow(int_from(n).get());
    return *int_to_i64(cast<Int>(r.get()));
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

Ref<> randrange_impl(Object* start, Object* stop, Object* step) {
    Ref<> istart = range_index(start, "arg 1");
    if (!istart) return nullptr;
    if (!stop || stop == None) {
        if (step) return raise(exc::TypeError, "Missing a non-None stop argument");
        if (int_sign(cast<Int>(istart.get())) > 0) return randbelow(istart.get());
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
            Ref<> offset = randbelow(width.get());
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
    Ref<> which = randbelow(n.get());
    Ref<> offset = which ? binary_op(istep.get(), which.get(), BinaryOp::Mul) : nullptr;
    if (!offset) return nullptr;
    return binary_op(istart.get(), offset.get(), BinaryOp::Add);
}

// ------------------------------------------------------------ functions

// seed(a=None, version=2)
Ref<> random_seed(Object*, const Args& args) {
    Object* a[2];
    if (!bind_python_args("Random.seed", args, {"a", "version"}, 0, true, a)) return nullptr;
    Object* value = a[0];
    if (!value || value == None) {
        seed_randomly();
        return none();
    }
    std::vector<std::uint32_t> words;
    if (is_int(value)) {
        // CPython seeds with abs(a), 32 bits at a time.
        mpz_t big;
        mpz_init(big);
        int_to_mpz(cast<Int>(value), big);
        mpz_abs(big, big);
        do {
            words.push_back(static_cast<std::uint32_t>(mpz_get_ui(big) & 0xffffffffu));
            mpz_fdiv_q_2exp(big, big, 32);
        } while (mpz_sgn(big) != 0);
        mpz_clear(big);
    } else if (is_str(value) || is_bytes(value)) {
        std::string_view text = is_str(value) ? cast<Str>(value)->view() : cast<Bytes>(value)->view();
        std::uint64_t h = 1469598103934665603ull;  // FNV-1a, so equal text seeds equally
        for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
        words = {static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(h >> 32),
                 static_cast<std::uint32_t>(text.size()), is_str(value) ? 1u : 2u};
    } else if (is_float(value)) {
        std::int64_t h = hash(value);
        words = {static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(static_cast<std::uint64_t>(h) >> 32)};
    } else {
        return raise(exc::TypeError,
                     "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    seed_from_words(words);
    return none();
}

Ref<> random_random(Object*, const Args& args) {
    if (!check_no_args("Random.random", args)) return nullptr;
    return float_from(next_double());
}

Ref<> random_getrandbits(Object*, const Args& args) {
    if (!check_one_arg("getrandbits", args)) return nullptr;
    std::int64_t k;
    if (!index_to_i64(args[0], k)) return nullptr;
    if (k < 0) return raise(exc::ValueError, "number of bits must be non-negative");
    return random_bits(k);
}

Ref<> random_randrange(Object*, const Args& args) {
    Object* a[3];
    if (!bind_python_args("Random.randrange", args, {"start", "stop", "step"}, 1, true, a)) return nullptr;
    return randrange_impl(a[0], a[1], a[2]);
}

// randint(a, b) = randrange(a, b + 1)
Ref<> random_randint(Object*, const Args& args) {
    Object* a[2];
    if (!bind_python_args("Random.randint", args, {"a", "b"}, 2, true, a)) return nullptr;
    Ref<> stop = binary_op(a[1], small_int(1), BinaryOp::Add);
    if (!stop) return nullptr;
    return randrange_impl(a[0], stop.get(), nullptr);
}

Ref<> random_choice(Object*, const Args& args) {
    Object* a[1];
    if (!bind_python_args("Random.choice", args, {"seq"}, 1, true, a)) return nullptr;
    std::int64_t n = length(a[0]);
    if (n < 0) return nullptr;
    if (n == 0) return raise(exc::IndexError, "Cannot choose from an empty sequence");
    return getitem(a[0], int_from(randbelow_small(n)).get());
}

// shuffle(x): Fisher-Yates from the end, as random.py.
Ref<> random_shuffle(Object*, const Args& args) {
    Object* a[1];
    if (!bind_python_args("Random.shuffle", args, {"x"}, 1, true, a)) return nullptr;
    Object* x = a[0];
    std::int64_t n = length(x);
    if (n < 0) return nullptr;
    for (std::int64_t i = n - 1; i >= 1; --i) {
        std::int64_t j = randbelow_small(i + 1);
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
Ref<> random_sample(Object*, const Args& args) {
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
        Ref<> selections = random_sample(nullptr, Args{inner_argv, 2, nullptr});
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
            std::int64_t j = randbelow_small(n - i);
            if (!list_append(result.get(), pool->items[j])) return nullptr;
            set_slot(pool->items[j], pool->items[n - i - 1]);
        }
        return result;
    }
    Ref<Set> selected = set_new();
    for (std::int64_t i = 0; i < k; ++i) {
        Ref<> j;
        for (;;) {
            j = int_from(randbelow_small(n));
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
Ref<> random_choices(Object*, const Args& args) {
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
                if (!pick(static_cast<std::int64_t>(std::floor(next_double() * static_cast<double>(n)))))
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
        if (!pick(bisect_right(cum, next_double() * total, n - 1))) return nullptr;
    return result;
}

// uniform(a, b) = a + (b - a) * random()
Ref<> random_uniform(Object*, const Args& args) {
    Object* a[2];
    if (!bind_python_args("Random.uniform", args, {"a", "b"}, 2, true, a)) return nullptr;
    Ref<> span = binary_op(a[1], a[0], BinaryOp::Sub);
    Ref<> r = float_from(next_double());
    Ref<> scaled = span ? binary_op(span.get(), r.get(), BinaryOp::Mul) : nullptr;
    if (!scaled) return nullptr;
    return binary_op(a[0], scaled.get(), BinaryOp::Add);
}

// gauss(mu=0.0, sigma=1.0): Box-Muller, keeping the pair's second value.
Ref<> random_gauss(Object*, const Args& args) {
    Object* a[2];
    if (!bind_python_args("Random.gauss", args, {"mu", "sigma"}, 0, true, a)) return nullptr;
    double mu = 0.0, sigma = 1.0;
    if ((a[0] && !to_double(a[0], mu)) || (a[1] && !to_double(a[1], sigma))) return nullptr;
    RandomState& s = state();
    double z;
    if (s.gauss_next) {
        z = *s.gauss_next;
        s.gauss_next.reset();
    } else {
        double x2pi = next_double() * 2.0 * M_PI;
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - next_double()));
        z = std::cos(x2pi) * g2rad;
        s.gauss_next = std::sin(x2pi) * g2rad;
    }
    return float_from(mu + z * sigma);
}

}  // namespace

Ref<Module> make_random_module() {
    module_types_init();
    static bool seeded = false;
    if (!seeded) {
        seeded = true;
        seed_randomly();
    }
    Ref<Module> m = module_new("random", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
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
                                  });
    return m;
}

}  // namespace minipy
