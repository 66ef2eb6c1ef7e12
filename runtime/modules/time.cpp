// The time module (CPython's Modules/timemodule.c): clocks, sleep, and the
// broken-down time of localtime/gmtime with strftime/ctime.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <ctime>

namespace minipy {

namespace {

std::int64_t clock_ns(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Ref<> seconds(clockid_t clock) { return float_from(static_cast<double>(clock_ns(clock)) * 1e-9); }

#define CLOCK_FUNCTIONS(name, clock)                                         \
    Ref<> time_##name(Object*, const Args& args) {                                  \
        if (!check_no_args("time." #name, args)) return nullptr;             \
        return seconds(clock);                                               \
    }                                                                        \
    Ref<> time_##name##_ns(Object*, const Args& args) {                             \
        if (!check_no_args("time." #name "_ns", args)) return nullptr;       \
        return int_from(clock_ns(clock));                                    \
    }
CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)
#undef CLOCK_FUNCTIONS

// A number of seconds: a float, or anything with __index__.
bool seconds_arg(Object* value, double& out) {
    if (is_float(value)) {
        out = cast<Float>(value)->value;
        return true;
    }
    std::int64_t whole;
    if (!index_to_i64(value, whole)) return false;
    out = static_cast<double>(whole);
    return true;
}

Ref<> time_sleep(Object*, const Args& args) {
    if (!check_one_arg("time.sleep", args)) return nullptr;
    double secs;
    if (!seconds_arg(args[0], secs)) return nullptr;
    if (std::isnan(secs)) return raise(exc::ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return raise(exc::ValueError, "sleep length must be non-negative");
    timespec ts{};
    ts.tv_sec = static_cast<time_t>(secs);
    ts.tv_nsec = static_cast<long>((secs - static_cast<double>(ts.tv_sec)) * 1e9);
    // A signal wakes the sleep early: Ctrl-C ends it with KeyboardInterrupt,
    // anything else sleeps on for the rest of the time.
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
        if (!check_interrupts()) return nullptr;
    }
    return none();
}

// ------------------------------------------------------ broken-down time

Ref<> struct_time_from(const std::tm& tm) {
    return struct_seq_new(StructSeqKind::StructTime,
                          {int_from(tm.tm_year + 1900).get(), int_from(tm.tm_mon + 1).get(),
                           int_from(tm.tm_mday).get(), int_from(tm.tm_hour).get(), int_from(tm.tm_min).get(),
                           int_from(tm.tm_sec).get(), int_from((tm.tm_wday + 6) % 7).get(),
                           int_from(tm.tm_yday + 1).get(), int_from(tm.tm_isdst).get()});
}

// The `secs` argument of localtime/gmtime/ctime: None or omitted means now.
bool time_arg(const Args& args, const char* name, std::time_t& out) {
    if (!check_arg_range(name, args, 0, 1)) return false;
    if (args.size() == 0 || args[0] == None) {
        out = std::time(nullptr);
        return true;
    }
    double secs;
    if (!seconds_arg(args[0], secs)) return false;
    out = static_cast<std::time_t>(std::floor(secs));
    return true;
}

Ref<> time_localtime(Object*, const Args& args) {
    std::time_t t;
    if (!time_arg(args, "localtime", t)) return nullptr;
    std::tm tm{};
    localtime_r(&t, &tm);
    return struct_time_from(tm);
}

Ref<> time_gmtime(Object*, const Args& args) {
    std::time_t t;
    if (!time_arg(args, "gmtime", t)) return nullptr;
    std::tm tm{};
    gmtime_r(&t, &tm);
    return struct_time_from(tm);
}

// A struct_time or 9-tuple back to a C struct tm.
bool tm_from(Object* value, const char* name, std::tm& tm) {
    if (!is_tuple(value)) {
        raise(exc::TypeError, "Tuple or struct_time argument required");
        return false;
    }
    Tuple* t = cast<Tuple>(value);
    if (t->size != 9) {
        raisef(exc::TypeError, "{}(): illegal time tuple argument", name);
        return false;
    }
    std::int64_t f[9];
    for (int i = 0; i < 9; ++i)
        if (!index_to_i64((*t)[i], f[i])) return false;
    tm = std::tm{};
    tm.tm_year = static_cast<int>(f[0] - 1900);
    tm.tm_mon = static_cast<int>(f[1] - 1);
    tm.tm_mday = static_cast<int>(f[2]);
    tm.tm_hour = static_cast<int>(f[3]);
    tm.tm_min = static_cast<int>(f[4]);
    tm.tm_sec = static_cast<int>(f[5]);
    tm.tm_wday = static_cast<int>((f[6] + 1) % 7);
    tm.tm_yday = static_cast<int>(f[7] - 1);
    tm.tm_isdst = static_cast<int>(f[8]);
    return true;
}

Ref<> time_strftime(Object*, const Args& args) {
    if (!check_no_keywords("strftime", args)) return nullptr;
    if (args.size() < 1) return raise(exc::TypeError, "strftime() takes at least 1 argument (0 given)");
    if (args.size() > 2) return raisef(exc::TypeError, "strftime() takes at most 2 arguments ({} given)", args.size());
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "strftime() argument 1 must be str, not {}", type_name(args[0]));
    std::tm tm{};
    if (args.size() == 2) {
        if (!tm_from(args[1], "strftime", tm)) return nullptr;
    } else {
        std::time_t now = std::time(nullptr);
        localtime_r(&now, &tm);
    }
    std::string format(StrUtf8(cast<Str>(args[0])).view());
    if (format.empty()) return str_from("");
    std::string out(256, '\0');
    for (;;) {
        std::size_t n = std::strftime(out.data(), out.size(), format.c_str(), &tm);
        if (n > 0 || out.size() > format.size() * 256) {
            out.resize(n);
            return str_from(out);
        }
        out.resize(out.size() * 4);
    }
}

// "Thu Jan  1 00:00:00 1970"
std::string asctime_text(const std::tm& tm) {
    static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return fmt::format("{} {}{:3d} {:02d}:{:02d}:{:02d} {}", days[(tm.tm_wday % 7 + 7) % 7],
                       months[(tm.tm_mon % 12 + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                       tm.tm_year + 1900);
}

Ref<> time_ctime(Object*, const Args& args) {
    std::time_t t;
    if (!time_arg(args, "ctime", t)) return nullptr;
    std::tm tm{};
    localtime_r(&t, &tm);
    return str_from(asctime_text(tm));
}

Ref<> time_asctime(Object*, const Args& args) {
    if (!check_arg_range("asctime", args, 0, 1)) return nullptr;
    std::tm tm{};
    if (args.size() == 1) {
        if (!tm_from(args[0], "asctime", tm)) return nullptr;
    } else {
        std::time_t now = std::time(nullptr);
        localtime_r(&now, &tm);
    }
    return str_from(asctime_text(tm));
}

Ref<> time_mktime(Object*, const Args& args) {
    if (!check_one_arg("mktime", args)) return nullptr;
    std::tm tm{};
    if (!tm_from(args[0], "mktime", tm)) return nullptr;
    tm.tm_wday = -1;  // mktime sets it on success
    std::time_t t = std::mktime(&tm);
    if (t == static_cast<std::time_t>(-1) && tm.tm_wday == -1)
        return raise(exc::OverflowError, "mktime argument out of range");
    return float_from(static_cast<double>(t));
}

}  // namespace

Ref<Module> make_time_module() {
    module_types_init();
    Ref<Module> m = module_new("time", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
                                      {"time", time_time},
                                      {"time_ns", time_time_ns},
                                      {"perf_counter", time_perf_counter},
                                      {"perf_counter_ns", time_perf_counter_ns},
                                      {"monotonic", time_monotonic},
                                      {"monotonic_ns", time_monotonic_ns},
                                      {"process_time", time_process_time},
                                      {"process_time_ns", time_process_time_ns},
                                      {"sleep", time_sleep},
                                      {"localtime", time_localtime},
                                      {"gmtime", time_gmtime},
                                      {"strftime", time_strftime},
                                      {"ctime", time_ctime},
                                      {"asctime", time_asctime},
                                      {"mktime", time_mktime},
                                  });
    module_add(m.get(), "struct_time", struct_seq_type(StructSeqKind::StructTime));
    return m;
}

}  // namespace minipy
