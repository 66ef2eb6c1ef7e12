// The exact integer functions of `math`: factorial, gcd, lcm, comb, perm,
// isqrt, and prod (which multiplies anything). Arguments go through
// __index__ as in CPython 3.11, so math.factorial(5.0) is a TypeError.
#include "runtime/modules/math_internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/objects/singletons.hpp"

#include <cmath>

namespace minipy::math_module {

namespace {

// operator.index(o) as an Int (new reference), null on error.
Ref<> index_of(Object* o) { return number_index(o); }

Int* int_of(const Ref<>& r) { return cast<Int>(r.get()); }

}  // namespace

// math.factorial(n): exact, with GMP's binary-splitting algorithm.
Ref<> factorial(Object*, const Args& args) {
    if (!check_one_arg("math.factorial", args)) return nullptr;
    Ref<> n = index_of(args[0]);
    if (!n) return nullptr;
    auto value = int_to_i64(int_of(n));
    if (!value && int_sign(int_of(n)) > 0)
        return raise(exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
    if (!value || *value < 0) return raise(exc::ValueError, "factorial() not defined for negative values");
    // n! has about n*log2(n) bits; refuse what cannot be allocated.
    if (*value > 2 && static_cast<double>(*value) * std::log2(static_cast<double>(*value)) > static_cast<double>(max_int_bits()))
        return raise_memory_error();
    Mpz r;
    mpz_fac_ui(r, static_cast<unsigned long>(*value));
    return r.take();
}

// math.gcd(*integers): the greatest common divisor, non-negative; gcd() == 0.
Ref<> gcd(Object*, const Args& args) {
    if (!check_no_keywords("math.gcd", args)) return nullptr;
    Mpz result;
    for (std::size_t i = 0; i < args.size(); ++i) {
        Ref<> x = index_of(args[i]);
        if (!x) return nullptr;
        if (mpz_cmp_ui(result, 1) == 0) continue;  // already 1: only check the remaining arguments
        mpz_gcd(result, result, MpzView(int_of(x)));
    }
    return result.take();
}

// math.lcm(*integers): the least common multiple, non-negative; lcm() == 1.
Ref<> lcm(Object*, const Args& args) {
    if (!check_no_keywords("math.lcm", args)) return nullptr;
    Mpz result(1);
    for (std::size_t i = 0; i < args.size(); ++i) {
        Ref<> x = index_of(args[i]);
        if (!x) return nullptr;
        if (mpz_sgn(result) == 0) continue;  // already 0: only check the remaining arguments
        mpz_lcm(result, result, MpzView(int_of(x)));
    }
    return result.take();
}

// n and k for comb/perm, both checked non-negative.
static bool comb_arguments(Object* n_obj, Object* k_obj, Ref<>& n, Ref<>& k) {
    n = index_of(n_obj);
    if (!n) return false;
    k = index_of(k_obj);
    if (!k) return false;
    if (int_sign(int_of(n)) < 0) return raise(exc::ValueError, "n must be a non-negative integer"), false;
    if (int_sign(int_of(k)) < 0) return raise(exc::ValueError, "k must be a non-negative integer"), false;
    return true;
}

// math.comb(n, k): n! / (k! * (n - k)!), 0 when k > n.
Ref<> comb(Object*, const Args& args) {
    if (!check_no_keywords("math.comb", args)) return nullptr;
    if (!check_arg_range("comb", args, 2, 2)) return nullptr;
    Ref<> n, k;
    if (!comb_arguments(args[0], args[1], n, k)) return nullptr;
    MpzView nv(int_of(n)), kv(int_of(k));
    Mpz rest;
    mpz_sub(rest, nv, kv);
    if (mpz_sgn(rest) < 0) return int_from(0);
    mpz_srcptr factors = mpz_cmp(rest, kv) < 0 ? rest.get() : kv.get();  // min(k, n - k)
    if (!mpz_fits_slong_p(factors))
        return raise(exc::OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
    Mpz r;
    mpz_bin_ui(r, nv, mpz_get_ui(factors));
    return r.take();
}

// math.perm(n, k=None): n! / (n - k)!, 0 when k > n; perm(n) == n!.
Ref<> perm(Object* module, const Args& args) {
    if (!check_no_keywords("math.perm", args)) return nullptr;
    if (!check_arg_range("perm", args, 1, 2)) return nullptr;
    if (args.size() == 1 || args[1] == None) return factorial(module, Args{args.values, 1, nullptr});
    Ref<> n, k;
    if (!comb_arguments(args[0], args[1], n, k)) return nullptr;
    MpzView nv(int_of(n)), kv(int_of(k));
    if (mpz_cmp(nv, kv) < 0) return int_from(0);
    if (!mpz_fits_slong_p(kv)) return raise(exc::OverflowError, "k must not exceed 9223372036854775807");
    // perm(n, k) = comb(n, k) * k!
    Mpz r, kfact;
    mpz_bin_ui(r, nv, mpz_get_ui(kv));
    mpz_fac_ui(kfact, mpz_get_ui(kv));
    mpz_mul(r, r, kfact);
    return r.take();
}

// math.isqrt(n): the integer square root, floor(sqrt(n)), exactly.
Ref<> isqrt(Object*, const Args& args) {
    if (!check_one_arg("math.isqrt", args)) return nullptr;
    Ref<> n = index_of(args[0]);
    if (!n) return nullptr;
    if (int_sign(int_of(n)) < 0) return raise(exc::ValueError, "isqrt() argument must be nonnegative");
    Mpz r;
    mpz_sqrt(r, MpzView(int_of(n)));
    return r.take();
}

// math.prod(iterable, /, *, start=1): start * x1 * x2 * ... with `*`.
Ref<> prod(Object*, const Args& args) {
    static const ArgSpec spec{"prod", {"iterable", "start"}, 1, 1, 1};
    if (args.size() != 1)  // Argument Clinic's wording for a function with keyword-only parameters
        return raisef(exc::TypeError, "prod() takes exactly 1 positional argument ({} given)", args.size());
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<> result = a[1] ? share(a[1]) : share<Object>(small_int(1));
    Ref<> it = get_iter(a[0]);
    if (!it) return nullptr;
    while (Ref<> item = iter_next(it.get())) {
        result = binary_op(result.get(), item.get(), BinaryOp::Mul);
        if (!result) return nullptr;
    }
    if (error_pending()) return nullptr;
    return result;
}

}  // namespace minipy::math_module
