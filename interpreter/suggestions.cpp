// Name suggestions, following CPython 3.11's Python/suggestions.c.
#include "interpreter/suggestions.hpp"

#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <climits>

namespace minipy::interp {

namespace {

constexpr std::size_t kMaxCandidates = 750;
constexpr std::size_t kMaxStringSize = 40;
constexpr std::size_t kMoveCost = 2;
constexpr std::size_t kCaseCost = 1;

// A substitution costs less when it only flips the case of a letter.
std::size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

// Levenshtein distance with those costs, giving up past `max_cost`.
std::size_t distance(std::string_view a, std::string_view b, std::size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;

    std::size_t row[kMaxStringSize];
    for (std::size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
    std::size_t result = 0;
    for (std::size_t bi = 0; bi < b.size(); ++bi) {
        std::size_t diagonal = result = bi * kMoveCost;
        std::size_t minimum = SIZE_MAX;
        for (std::size_t ai = 0; ai < a.size(); ++ai) {
            std::size_t substitute = diagonal + substitution_cost(b[bi], a[ai]);
            diagonal = row[ai];
            std::size_t insert_delete = std::min(result, diagonal) + kMoveCost;
            result = std::min(insert_delete, substitute);
            row[ai] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

std::vector<std::string> dict_keys(Dict* d) {
    std::vector<std::string> keys;
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);)
        if (is_str(key)) keys.emplace_back(cast<Str>(key)->view());
    return keys;
}

// The name an exact AttributeError or NameError carries (CPython's
// _Py_Offer_Suggestions reads the field, for these two classes only).
Object* missing_name(Object* exc) {
    if (exc->type == exc::AttributeError) return cast<AttributeErrorObject>(exc)->name;
    if (exc->type == exc::NameError) return cast<NameErrorObject>(exc)->name;
    return nullptr;
}

}  // namespace

std::string closest_name(std::string_view name, const std::vector<std::string>& candidates) {
    if (candidates.size() >= kMaxCandidates) return {};
    std::size_t best_distance = SIZE_MAX;
    const std::string* best = nullptr;
    for (const std::string& item : candidates) {
        if (item == name) continue;
        // No more than a third of the characters should need changing.
        std::size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
        max_distance = std::min(max_distance, best_distance - 1);
        std::size_t d = distance(name, item, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = &item;
            best_distance = d;
        }
    }
    return best ? *best : std::string();
}

std::string suggestion_for(Object* exc) {
    Ref<> saved = take_error();
    std::string result;
    Object* name = missing_name(exc);
    if (name && is_exact_str(name)) {
        std::string_view wanted = cast<Str>(name)->view();
        if (exc->type == exc::AttributeError) {
            Object* obj = cast<AttributeErrorObject>(exc)->obj;
            Ref<> listing = obj ? call_method(obj, "__dir__", {}) : nullptr;
            Ref<List> names = listing ? list_from_iterable(listing.get()) : nullptr;
            std::vector<std::string> candidates;
            if (names)
                for (Object* n : *names)
                    if (is_str(n)) candidates.emplace_back(cast<Str>(n)->view());
            result = closest_name(wanted, candidates);
        } else if (exc->type == exc::NameError) {
            auto* tb = cast<Traceback>(cast<ExceptionObject>(exc)->traceback);
            while (tb && tb->next) tb = tb->next;
            if (tb) {
                FrameObject* frame = tb->frame;
                std::vector<std::string> locals;
                for (int i = 0; i < frame->code->nlocals; ++i) locals.emplace_back(frame->code->slot_name(i));
                result = closest_name(wanted, locals);
                if (result.empty()) result = closest_name(wanted, dict_keys(frame->globals));
                if (result.empty() && frame->builtins) result = closest_name(wanted, dict_keys(frame->builtins));
            }
        }
    }
    clear_error();
    if (saved) set_error(std::move(saved));
    return result;
}

}  // namespace minipy::interp
