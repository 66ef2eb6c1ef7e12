// Evaluation of class statements (CPython's __build_class__ in Python/bltinmodule.c).
#include "interpreter/nodes.hpp"

#include "interpreter/call.hpp"
#include "interpreter/gathered_args.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/cell.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <vector>

namespace minipy::interp {

// The most derived of the metaclasses of the bases and the explicit one
// (CPython's _PyType_CalculateMetaclass).
static Type* calculate_metaclass(Type* meta, Tuple* bases) {
    Type* winner = meta;
    for (Object* base : *bases) {
        Type* t = base->type;
        if (type_is_subtype(winner, t)) continue;
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        raise(exc::TypeError,
              "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
              "metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

// The bases a class really gets: a base that is not a class but has
// __mro_entries__ (a subscripted generic such as typing.List[int]) is
// replaced by what that method returns for the original bases (PEP 560,
// CPython's update_bases). Returns the original tuple when nothing changed.
static Ref<Tuple> update_bases(Tuple* bases) {
    Ref<List> resolved;
    for (std::int64_t i = 0; i < bases->length(); ++i) {
        Object* base = (*bases)[i];
        Ref<> method = is_type(base) ? nullptr : getattr_optional(base, intern("__mro_entries__"));
        if (!method) {
            if (error_pending()) return nullptr;
            if (resolved && !list_append(resolved.get(), base)) return nullptr;
            continue;
        }
        Ref<> entries = call(method.get(), {bases});
        if (!entries) return nullptr;
        if (!is_tuple(entries.get())) {
            raise(exc::TypeError, "__mro_entries__ must return a tuple");
            return nullptr;
        }
        if (!resolved) {
            resolved = list_new(bases->length());
            for (std::int64_t j = 0; j < i; ++j)
                if (!list_append(resolved.get(), (*bases)[j])) return nullptr;
        }
        for (Object* entry : *cast<Tuple>(entries.get()))
            if (!list_append(resolved.get(), entry)) return nullptr;
    }
    if (!resolved) return share(bases);
    return tuple_from_array(resolved->items, resolved->size);
}

Ref<> BuildClassNode::eval(Frame& frame) const {
    Ref<> body = body_->eval(frame);
    if (!body) return nullptr;
    GatheredArgs gathered;
    if (!gather_args(frame, bases_, "__build_class__()", true, gathered)) return fail(frame);
    Ref<Tuple> orig_bases = tuple_from_array(gathered.positional->items, gathered.positional->size);
    Ref<Tuple> bases = update_bases(orig_bases.get());
    if (!bases) return fail(frame);
    Ref<> meta = dict_pop(gathered.keywords.get(), intern("metaclass"));
    if (!meta) meta = share<Object>(bases->length() ? (*bases)[0]->type : &TypeType);
    if (is_type(meta.get())) {
        Type* winner = calculate_metaclass(cast<Type>(meta.get()), bases.get());
        if (!winner) return fail(frame);
        meta = share<Object>(winner);
    }
    // The call metaclass(name, bases, ns, **kw): the keyword values follow
    // the three positional arguments (the namespace is filled in below).
    gathered.positional = list_from_array(std::vector<Object*>{name_, bases.get(), None}.data(), 3);
    std::vector<Object*> argv;
    Ref<Tuple> kwnames = gathered.layout(argv);

    // The namespace: the metaclass's __prepare__(name, bases, **kw) when it
    // has one (PEP 3115), else a new dict.
    Ref<> ns;
    Ref<> prepare = meta.get() != &TypeType ? getattr_optional(meta.get(), intern("__prepare__")) : nullptr;
    if (prepare) {
        // __prepare__(name, bases, **kw): the same arguments without the namespace.
        std::vector<Object*> prepare_argv{name_, bases.get()};
        prepare_argv.insert(prepare_argv.end(), argv.begin() + 3, argv.end());
        Ref<> mapping = call(prepare.get(), Args{prepare_argv.data(), 2, kwnames.get()});
        if (!mapping) return fail(frame);
        if (!mapping->type->getitem) {
            raisef(exc::TypeError, "{}.__prepare__() must return a mapping, not {}",
                   is_type(meta.get()) ? cast<Type>(meta.get())->name_view() : "<metaclass>", type_name(mapping.get()));
            return fail(frame);
        }
        ns = std::move(mapping);
    } else {
        if (error_pending()) return fail(frame);
        ns = dict_new();
    }

    // Run the body in that namespace; its __class__ cell (if methods use
    // super()) is filled with the finished class.
    Function* body_fn = cast<Function>(body.get());
    CodeObject* code = cast<CodeObject>(body_fn->code);
    std::vector<Object*> slots(static_cast<std::size_t>(code->nslots), nullptr);
    setup_cells(code, slots.data(), body_fn->closure);
    Ref<Cell> class_cell = code->class_cell >= 0 ? share(cast<Cell>(slots[static_cast<std::size_t>(code->class_cell)])) : nullptr;
    Frame body_frame;
    body_frame.code = code;
    body_frame.function = body_fn;
    body_frame.slots = slots.data();
    body_frame.globals = body_fn->globals;
    body_frame.builtins = body_fn->builtins ? body_fn->builtins : builtins_dict;
    body_frame.namespace_ = ns.get();
    if (!execute_frame(body_frame)) return fail(frame);

    if (bases.get() != orig_bases.get() && setitem(ns.get(), intern("__orig_bases__"), orig_bases.get()) < 0)
        return fail(frame);
    argv[2] = ns.get();
    Ref<> cls = call(meta.get(), Args{argv.data(), 3, kwnames.get()});
    if (!cls) return fail(frame);
    if (class_cell) set_slot(class_cell->value, cls.get());
    return cls;
}

}  // namespace minipy::interp
