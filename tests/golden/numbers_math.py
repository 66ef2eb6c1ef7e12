# The math module: CPython's results and its errors.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(2**1000), math.cbrt(-8), math.exp(1), math.exp(-1000), math.exp2(10), math.expm1(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(10**400), math.log2(2**1100), math.log10(10**500))
print(math.log1p(1e-10), math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.atan2(1, -1), math.atan2(0.0, -0.0), math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2))
print(math.atanh(0.5), math.erf(0.5), math.erfc(0.5), math.gamma(0.5), math.gamma(5.5), math.gamma(-3.5))
print(math.lgamma(0.5), math.lgamma(100), math.lgamma(-3.5), math.degrees(math.pi), math.radians(180))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(2**70), math.ceil(1e20), math.floor(True))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), math.fmod(7, math.inf), math.remainder(5, 3))
print(math.modf(-3.25), math.modf(math.inf), math.frexp(1024), math.frexp(0.0), math.ldexp(0.5, 11), math.ldexp(1, -2000))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.hypot(3, 4), math.hypot(1.5, 2.5, 3.5), math.hypot(), math.hypot(1e308, 1e308), math.dist((0, 0), (3, 4)))
print(math.fsum([0.1] * 10), math.fsum([1e-16, 1, 1e16]), math.fsum([1e100, 1.0, -1e100]), sum([0.1] * 10))
print(math.factorial(30), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.gcd(-4, 6))
print(math.comb(50, 25), math.comb(10, 20), math.perm(10, 3), math.perm(5), math.isqrt(10**20 + 1), math.isqrt(0))
print(math.prod([1, 2, 3, 4]), math.prod([1, 2.5]), math.prod([], start=7), math.prod(range(1, 21)))
print(math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0), math.pow(2, 0.5), math.pow(-2, 3), math.pow(math.nan, 0))

for call in ["math.sqrt(-1)", "math.log(0)", "math.log(-(10**400))", "math.log(8, 1)", "math.exp(1000)",
             "math.asin(2)", "math.acosh(0)", "math.atanh(1)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)",
             "math.lgamma(0)", "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)", "math.fmod(1, 0)",
             "math.ldexp(1.0, 10000)", "math.ldexp(1.0, 1.5)", "math.factorial(-1)", "math.factorial(5.0)",
             "math.factorial(2**70)", "math.comb(-1, 2)", "math.isqrt(-1)", "math.gcd(1.5)", "math.sqrt('x')",
             "math.trunc('x')", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])",
             "math.isclose(1, 1, rel_tol=-1)", "math.dist((1,), (1, 2))", "math.sqrt()", "math.log()",
             "math.atan2(1)", "math.sqrt(2**1100)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", type(e).__name__, e)
