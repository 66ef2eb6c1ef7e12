// Struct sequences: the named tuples of the sys and time modules (CPython's
// Objects/structseq.c). `sys.version_info` is a tuple — it compares, indexes
// and unpacks like one — whose items are also attributes, and whose repr
// names them: sys.version_info(major=3, minor=11, micro=7, …).
#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace minipy {

namespace {

struct StructSeqDesc {
    const char* type_name;
    std::vector<const char*> fields;
};

const StructSeqDesc kDescs[] = {
    {"sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"}},
    {"sys.float_info",
     {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
      "rounds"}},
    {"sys.int_info", {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}},
    {"sys.hash_info",
     {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}},
    {"sys.flags",
     {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
      "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
      "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}},
    {"time.struct_time",
     {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}},
};
constexpr std::size_t kKindCount = sizeof(kDescs) / sizeof(kDescs[0]);

Type struct_seq_types[kKindCount];

const StructSeqDesc* desc_of(const Type* type) {
    for (std::size_t i = 0; i < kKindCount; ++i)
        if (type_is_subtype(type, &struct_seq_types[i])) return &kDescs[i];
    return nullptr;
}

// Field names are attributes; everything else is looked up as for a tuple.
Ref<> struct_seq_getattr(Object* o, Str* name) {
    if (const StructSeqDesc* desc = desc_of(o->type)) {
        auto* t = cast<Tuple>(o);
        for (std::size_t i = 0; i < desc->fields.size(); ++i)
            if (name->view() == desc->fields[i] && static_cast<std::int64_t>(i) < t->size)
                return share((*t)[static_cast<std::int64_t>(i)]);
    }
    return generic_getattr(o, name);
}

// sys.float_info(max=1.7976931348623157e+308, …)
Ref<> struct_seq_repr(Object* o) {
    auto* t = cast<Tuple>(o);
    const StructSeqDesc* desc = desc_of(o->type);
    ReprGuard guard(o);
    if (guard.recursive()) return str_from("(...)");
    std::string out = fmt::format("{}(", desc ? desc->type_name : "structseq");
    std::string item;
    for (std::int64_t i = 0; i < t->size; ++i) {
        if (i > 0) out += ", ";
        if (!repr_text((*t)[i], item)) return nullptr;
        if (desc && static_cast<std::size_t>(i) < desc->fields.size()) out += fmt::format("{}=", desc->fields[i]);
        out += item;
    }
    out += ")";
    return str_from(out);
}

// Items go first to last in both, as in CPython's structseq_dealloc and
// structseq_traverse (a plain tuple goes last to first). No clear: the items
// never change, as a tuple's.
void struct_seq_destroy(Object* o) {
    auto* t = cast<Tuple>(o);
    for (std::int64_t i = 0; i < t->size; ++i) xdecref(t->items()[i]);
    delete_object(t);
}

void struct_seq_traverse(Object* o, VisitFn visit, void* arg) {
    auto* t = cast<Tuple>(o);
    for (std::int64_t i = 0; i < t->size; ++i) visit_field(t->items()[i], visit, arg);
}

Ref<> struct_seq_no_new(Type* type, const Args&) {
    return raisef(exc::TypeError, "cannot create '{}' instances", type_qualified_name(type));
}

// time.struct_time(sequence): the first 9 of 9 to 11 items (tm_zone and
// tm_gmtoff, the optional two, are not kept: minipy's has the 9 fields).
Ref<> struct_time_new(Type* type, const Args& args) {
    if (!check_no_keywords("time.struct_time", args) || !check_arg_range("struct_time", args, 1, 2)) return nullptr;
    Object* sequence = args[0];
    if (!is_list(sequence) && !is_tuple(sequence) && !type_lookup(sequence->type, "__getitem__"))
        return raise(exc::TypeError, "constructor requires a sequence");
    Ref<List> items = list_from_iterable(sequence);
    if (!items) return nullptr;
    const std::int64_t n = items->size;
    if (n < 9) return raisef(exc::TypeError, "time.struct_time() takes an at least 9-sequence ({}-sequence given)", n);
    if (n > 11) return raisef(exc::TypeError, "time.struct_time() takes an at most 11-sequence ({}-sequence given)", n);
    Ref<Tuple> t = new_var_object<Tuple>(type, 9);
    for (std::int64_t i = 0; i < 9; ++i) tuple_init_item(t.get(), i, share(items->items[i]));
    return t;
}

}  // namespace

Type* struct_seq_type(StructSeqKind kind) { return &struct_seq_types[static_cast<std::size_t>(kind)]; }

void struct_seq_types_init() {
    for (std::size_t i = 0; i < kKindCount; ++i) {
        Type& t = struct_seq_types[i];
        type_init_builtin(t, kDescs[i].type_name, &TupleType, TupleType.basic_size, type_flags::kHasGC);
        t.destroy = struct_seq_destroy;
        t.traverse = struct_seq_traverse;
        t.getattr = struct_seq_getattr;
        t.repr = struct_seq_repr;
        t.new_instance = i == static_cast<std::size_t>(StructSeqKind::StructTime) ? struct_time_new : struct_seq_no_new;
        type_ready(t);
    }
}

Ref<> struct_seq_new(StructSeqKind kind, std::initializer_list<Object*> items) {
    Type* type = &struct_seq_types[static_cast<std::size_t>(kind)];
    Ref<Tuple> t = new_var_object<Tuple>(type, items.size());
    std::int64_t i = 0;
    for (Object* item : items) tuple_init_item(t.get(), i++, share(item));
    // Like CPython's, these hold only atomic values and stay untracked.
    return t;
}

}  // namespace minipy
