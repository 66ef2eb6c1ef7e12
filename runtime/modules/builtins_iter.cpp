// The builtin functions that consume iterables: min, max, sum, sorted, any,
// all, and iter/next themselves (CPython's Python/bltinmodule.c).
#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <string_view>

namespace minipy {

namespace {

// min()/max(): of one iterable or of several arguments, with key= and,
// for the iterable form, default= (CPython's min_max).
Ref<> min_max(const Args& args, std::string_view name, CompareOp op) {
    Object* key = nullptr;
    Object* default_value = nullptr;
    for (std::size_t i = 0; i < args.kw_count(); ++i) {
        std::string_view kw = args.kw_name(i)->view();
        if (kw == "key") key = args.kw_value(i);
        else if (kw == "default") default_value = args.kw_value(i);
        else return raisef(exc::TypeError, "'{}' is an invalid keyword argument for {}()", kw, name);
    }
    if (args.size() == 0) return raisef(exc::TypeError, "{} expected at least 1 argument, got 0", name);
    if (key == None) key = nullptr;
    if (default_value && args.size() > 1)
        return raisef(exc::TypeError, "Cannot specify a default for {}() with multiple positional arguments", name);

    Ref<> iterable = args.size() == 1 ? share(args[0]) : Ref<>(list_from_array(args.values, args.size()));
    Ref<> it = get_iter(iterable.get());
    if (!it) return nullptr;
    Ref<> best, best_key;
    while (Ref<> item = iter_next(it.get())) {
        Ref<> item_key = key ? call(key, {item.get()}) : item;
        if (!item_key) return nullptr;
        if (!best) {
            best = std::move(item);
            best_key = std::move(item_key);
            continue;
        }
        int better = compare_bool(item_key.get(), best_key.get(), op);
        if (better < 0) return nullptr;
        if (better) {
            best = std::move(item);
            best_key = std::move(item_key);
        }
    }
    if (error_pending()) return nullptr;
    if (best) return best;
    if (default_value) return share(default_value);
    return raisef(exc::ValueError, "{}() arg is an empty sequence", name);
}

Ref<> builtin_min(Object*, const Args& args) { return min_max(args, "min", CompareOp::Lt); }
Ref<> builtin_max(Object*, const Args& args) { return min_max(args, "max", CompareOp::Gt); }

// sum(iterable, /, start=0). Machine-sized ints are added without making
// intermediate objects, as CPython's fast path does; everything else goes
// through `+`.
Ref<> builtin_sum(Object*, const Args& args) {
    if (args.size() == 0) return raise(exc::TypeError, "sum() takes at least 1 positional argument (0 given)");
    static const ArgSpec spec{"sum", {"iterable", "start"}, 1, 1};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<> result = share(a[1] ? a[1] : static_cast<Object*>(small_int(0)));
    if (is_str(result.get())) return raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(result.get())) return raise(exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (is_bytearray(result.get()))
        return raise(exc::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Ref<> it = get_iter(a[0]);
    if (!it) return nullptr;

    if (is_exact_int(result.get())) {
        if (auto start = int_to_i64(cast<Int>(result.get()))) {
            std::int64_t total = *start;
            for (;;) {
                Ref<> item = iter_next(it.get());
                if (!item) {
                    if (error_pending()) return nullptr;
                    return int_from(total);
                }
                // (a machine int's value is at hand, without int_to_i64's call)
                std::int64_t sum;
                if (is_machine_int(item.get()) && !__builtin_add_overflow(total, cast<Int>(item.get())->small, &sum)) {
                    total = sum;
                    continue;
                }
                // Leave the fast path with what has been added so far.
                Ref<> so_far = int_from(total);
                result = binary_op(so_far.get(), item.get(), BinaryOp::Add);
                if (!result) return nullptr;
                break;
            }
        }
    }
    while (Ref<> item = iter_next(it.get())) {
        result = binary_op(result.get(), item.get(), BinaryOp::Add);
        if (!result) return nullptr;
    }
    if (error_pending()) return nullptr;
    return result;
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by list.sort.
Ref<> builtin_sorted(Object*, const Args& args) {
    if (args.size() != 1) return raisef(exc::TypeError, "sorted expected 1 argument, got {}", args.size());
    Object* key = nullptr;
    Object* reverse = nullptr;
    if (args.kw_count() > 2)
        return raisef(exc::TypeError, "sort() takes at most 2 keyword arguments ({} given)", args.kw_count());
    for (std::size_t i = 0; i < args.kw_count(); ++i) {
        std::string_view kw = args.kw_name(i)->view();
        if (kw == "key") key = args.kw_value(i);
        else if (kw == "reverse") reverse = args.kw_value(i);
        else return raisef(exc::TypeError, "'{}' is an invalid keyword argument for sort()", kw);
    }
    Ref<List> list = list_from_iterable(args[0]);
    if (!list) return nullptr;
    std::int64_t reversed = 0;
    if (reverse) {
        if (is_float(reverse)) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
        if (!index_to_i64(reverse, reversed)) return nullptr;
    }
    if (list_sort(list.get(), key == None ? nullptr : key, reversed != 0) < 0) return nullptr;
    return list;
}

// any()/all(): stop at the first item that decides.
Ref<> any_all(const Args& args, const char* name, bool stop_on) {
    if (!check_one_arg(name, args)) return nullptr;
    Ref<> it = get_iter(args[0]);
    if (!it) return nullptr;
    while (Ref<> item = iter_next(it.get())) {
        // (the bools of `any(x > k for x in xs)` answer without a call)
        Object* o = item.get();
        int truth = o == True ? 1 : o == False ? 0 : is_true(o);
        if (truth < 0) return nullptr;
        if ((truth != 0) == stop_on) return bool_from(stop_on);
    }
    if (error_pending()) return nullptr;
    return bool_from(!stop_on);
}

Ref<> builtin_any(Object*, const Args& args) { return any_all(args, "any", true); }
Ref<> builtin_all(Object*, const Args& args) { return any_all(args, "all", false); }

// iter(iterable) / iter(callable, sentinel)
Ref<> builtin_iter(Object*, const Args& args) {
    if (!check_no_keywords("iter", args) || !check_arg_range("iter", args, 1, 2)) return nullptr;
    if (args.size() == 1) return get_iter(args[0]);
    return callable_iter_new(args[0], args[1]);
}

// next(iterator[, default]): the default replaces StopIteration.
Ref<> builtin_next(Object*, const Args& args) {
    if (!check_no_keywords("next", args) || !check_arg_range("next", args, 1, 2)) return nullptr;
    Object* it = args[0];
    if (!it->type->next) return raisef(exc::TypeError, "'{}' object is not an iterator", type_name(it));
    Ref<> item = it->type->next(it);
    if (item) return item;
    if (error_pending()) {
        if (args.size() < 2 || !error_matches(exc::StopIteration)) return nullptr;
        clear_error();
    }
    if (args.size() == 2) return share(args[1]);
    raise_object(exc::StopIteration);
    return nullptr;
}

}  // namespace

void add_builtin_iter_functions(Module* m) {
    add_module_functions(m, {
                                {"min", builtin_min},
                                {"max", builtin_max},
                                {"sum", builtin_sum},
                                {"sorted", builtin_sorted},
                                {"any", builtin_any},
                                {"all", builtin_all},
                                {"iter", builtin_iter},
                                {"next", builtin_next},
                            });
}

}  // namespace minipy
