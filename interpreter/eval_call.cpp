// Evaluation of calls, function and class creation, and comprehensions.
#include "interpreter/nodes.hpp"

#include "interpreter/call.hpp"
#include "interpreter/generator.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/cell.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <optional>

namespace minipy::interp {

namespace {

// Evaluates `nodes` into `values`; false when one of them fails.
bool eval_all(Frame& frame, const std::vector<ExprNode*>& nodes, ArgBuffer& values) {
    for (ExprNode* n : nodes) {
        Ref<> v = n->eval(frame);
        if (!v) return false;
        values.push(std::move(v));
    }
    return true;
}

std::size_t keyword_count(const Tuple* kwnames) { return kwnames ? static_cast<std::size_t>(kwnames->length()) : 0; }

}  // namespace

// --------------------------------------------------------------- calls

CallNode::CallNode(const ast::Position& pos, ExprNode* func, std::vector<ExprNode*> args, Ref<Tuple> kwnames)
    : ExprNode(pos), func_(func), args_(std::move(args)), kwnames_(kwnames.release()) {}
CallNode::~CallNode() { xdecref(kwnames_); }

Ref<> CallNode::eval(Frame& frame) const {
    Ref<> func = func_->eval(frame);
    if (!func) return nullptr;
    ArgBuffer values(args_.size());
    if (!eval_all(frame, args_, values)) return nullptr;
    Args args{values.values(), values.size() - keyword_count(kwnames_), kwnames_};
    Ref<> result = call_consuming(std::move(func), args, values.refs());
    if (!result) return fail(frame);
    return result;
}

MethodCallNode::MethodCallNode(const ast::Position& pos, const ast::Position& attribute_pos, ExprNode* object,
                               Str* name, std::vector<ExprNode*> args, Ref<Tuple> kwnames)
    : ExprNode(pos), attribute_pos_(attribute_pos), object_(object), name_(name), args_(std::move(args)),
      kwnames_(kwnames.release()) {}
MethodCallNode::~MethodCallNode() { xdecref(kwnames_); }

// `lst.append(x)`, `s.isdigit()`: a builtin method of the object's own type
// is called straight, as CPython's CALL_NO_KW_METHOD_DESCRIPTOR_*
// specialisations do; anything else as a call of the unbound method.
static Ref<> call_unbound_method(Ref<> method, const Args& args, Ref<>* owned) {
    if (method->type == &MethodDescriptorType) {
        auto* descriptor = static_cast<MethodDescriptor*>(method.get());
        if (args[0]->type == descriptor->owner) return descriptor->def->fn(args[0], args.drop_first());
    }
    return call_consuming(std::move(method), args, owned);
}

Ref<> MethodCallNode::eval(Frame& frame) const {
    Ref<> object = object_->eval(frame);
    if (!object) return nullptr;
    Ref<> method = share(unbound_method_cached(object.get(), name_, cache_));
    ArgBuffer values(args_.size() + 1);
    const bool unbound = static_cast<bool>(method);
    if (unbound) {
        values.push(std::move(object));
    } else {
        method = getattr_cached(object.get(), name_, cache_);
        if (!method) {
            traceback_add(frame, attribute_pos_);
            return nullptr;
        }
    }
    if (!eval_all(frame, args_, values)) return nullptr;
    Args args{values.values(), values.size() - keyword_count(kwnames_), kwnames_};
    Ref<> result = unbound ? call_unbound_method(std::move(method), args, values.refs())
                           : call_consuming(std::move(method), args, values.refs());
    if (!result) return fail(frame);
    return result;
}

// The arguments of a call with unpacking — `f(*a, k=v, **m)`, or a class
// statement's bases and keywords — gathered with CPython's checks: the
// positional values in one list, the keywords in a dict.
struct GatheredArgs {
    Ref<List> positional = list_new();
    Ref<Dict> keywords = dict_new();

    // Lays them out as Args wants them: `argv` gets the positional values,
    // then the keyword values; the result names the keywords (null if none).
    Ref<Tuple> layout(std::vector<Object*>& argv) const {
        argv.assign(positional->items, positional->items + positional->size);
        if (!keywords->used) return nullptr;
        Ref<Tuple> kwnames = tuple_alloc(keywords->used);
        Object* key;
        Object* value;
        std::int64_t i = 0;
        for (std::int64_t pos = 0; dict_next(keywords.get(), pos, &key, &value); ++i) {
            tuple_init_item(kwnames.get(), i, share(key));
            argv.push_back(value);
        }
        return kwnames;
    }
};

// `callee` is how errors name the function ("f()", "__build_class__()").
// A bad `*x` is reported as the call's error, or, for class bases (built as
// a tuple display in CPython), as a display's ("Value after * must be …").
static bool gather_args(Frame& frame, const std::vector<CallArg>& args, const std::string& callee, bool star_as_display,
                        GatheredArgs& out) {
    auto repeated = [&](std::string_view name) {
        raisef(exc::TypeError, "{} got multiple values for keyword argument '{}'", callee, name);
        return false;
    };
    for (const CallArg& arg : args) {
        Ref<> v = arg.value->eval(frame);
        if (!v) return false;
        switch (arg.kind) {
            case CallArg::Kind::Positional:
                list_append(out.positional.get(), v.get());
                break;
            case CallArg::Kind::Star: {
                Ref<> it = get_iter(v.get());
                if (!it) {
                    if (error_matches(exc::TypeError) && !v->type->iter && !v->type->getitem) {
                        clear_error();
                        if (star_as_display)
                            raisef(exc::TypeError, "Value after * must be an iterable, not {}", type_name(v.get()));
                        else
                            raisef(exc::TypeError, "{} argument after * must be an iterable, not {}", callee,
                                   type_name(v.get()));
                    }
                    return false;
                }
                while (Ref<> item = iter_next(it.get())) list_append(out.positional.get(), item.get());
                if (error_pending()) return false;
                break;
            }
            case CallArg::Kind::Keyword:
                if (dict_get(out.keywords.get(), arg.name)) return repeated(arg.name->view());
                dict_set(out.keywords.get(), arg.name, v.get());
                break;
            case CallArg::Kind::DoubleStar: {
                if (!is_dict(v.get()) && !type_lookup(v->type, "keys")) {
                    raisef(exc::TypeError, "{} argument after ** must be a mapping, not {}", callee, type_name(v.get()));
                    return false;
                }
                Ref<Dict> items = is_dict(v.get()) ? share(cast<Dict>(v.get())) : dict_new();
                if (!is_dict(v.get())) {
                    Ref<> keys = call_method(v.get(), "keys", {});
                    Ref<> it = keys ? get_iter(keys.get()) : nullptr;
                    if (!it) return false;
                    while (Ref<> key = iter_next(it.get())) {
                        Ref<> value = getitem(v.get(), key.get());
                        if (!value) return false;
                        dict_set(items.get(), key.get(), value.get());
                    }
                    if (error_pending()) return false;
                }
                Object* key;
                Object* value;
                for (std::int64_t pos = 0; dict_next(items.get(), pos, &key, &value);) {
                    if (!is_str(key)) {
                        raise(exc::TypeError, "keywords must be strings");
                        return false;
                    }
                    if (dict_get(out.keywords.get(), key)) return repeated(cast<Str>(key)->view());
                    dict_set(out.keywords.get(), key, value);
                }
                break;
            }
        }
    }
    return true;
}

Ref<> StarCallNode::eval(Frame& frame) const {
    Ref<> func = func_->eval(frame);
    if (!func) return nullptr;
    GatheredArgs gathered;
    if (!gather_args(frame, args_, function_str(func.get()), false, gathered)) return fail(frame);
    std::vector<Object*> argv;
    Ref<Tuple> kwnames = gathered.layout(argv);
    Ref<> result = call(func.get(), Args{argv.data(), static_cast<std::size_t>(gathered.positional->size), kwnames.get()});
    if (!result) return fail(frame);
    return result;
}

// ------------------------------------------------------------ functions

MakeFunctionNode::MakeFunctionNode(const ast::Position& pos, Ref<CodeObject> code, std::vector<ExprNode*> defaults,
                                   std::vector<std::pair<Str*, ExprNode*>> kwdefaults, std::vector<int> closure_slots,
                                   std::vector<std::pair<Str*, ExprNode*>> annotations, Object* doc)
    : ExprNode(pos), code_(std::move(code)), defaults_(std::move(defaults)), kwdefaults_(std::move(kwdefaults)),
      closure_slots_(std::move(closure_slots)), annotations_(std::move(annotations)), doc_(doc) {
    xincref(doc_);
}
MakeFunctionNode::~MakeFunctionNode() { xdecref(doc_); }

Ref<> MakeFunctionNode::eval(Frame& frame) const {
    auto fn = new_object<Function>(&FunctionType);
    set_slot(fn->code, static_cast<Object*>(code_.get()));
    set_slot(fn->globals, frame.globals);
    set_slot(fn->name, code_->name);
    set_slot(fn->qualname, code_->qualname);
    set_slot(fn->doc, doc_ ? doc_ : None);
    set_slot(fn->module, dict_get(frame.globals, "__name__"));
    if (!defaults_.empty()) {
        Ref<Tuple> defaults = tuple_alloc(static_cast<std::int64_t>(defaults_.size()));
        for (std::size_t i = 0; i < defaults_.size(); ++i) {
            Ref<> v = defaults_[i]->eval(frame);
            if (!v) return nullptr;
            tuple_init_item(defaults.get(), static_cast<std::int64_t>(i), std::move(v));
        }
        fn->defaults = defaults.release();
    }
    if (!kwdefaults_.empty()) {
        Ref<Dict> kwdefaults = dict_new();
        for (const auto& [name, node] : kwdefaults_) {
            Ref<> v = node->eval(frame);
            if (!v) return nullptr;
            dict_set(kwdefaults.get(), name, v.get());
        }
        fn->kwdefaults = kwdefaults.release();
    }
    if (!annotations_.empty()) {
        Ref<Dict> annotations = dict_new();
        for (const auto& [name, node] : annotations_) {
            Ref<> v = node->eval(frame);
            if (!v) return nullptr;
            dict_set(annotations.get(), name, v.get());
        }
        fn->annotations = annotations.release();
    }
    if (!closure_slots_.empty()) {
        Ref<Tuple> closure = tuple_alloc(static_cast<std::int64_t>(closure_slots_.size()));
        for (std::size_t i = 0; i < closure_slots_.size(); ++i)
            tuple_init_item(closure.get(), static_cast<std::int64_t>(i), share(frame.slots[closure_slots_[i]]));
        fn->closure = closure.release();
    }
    gc_track(fn.get());
    return fn;
}

Ref<> DecorateNode::eval(Frame& frame) const {
    std::vector<Ref<>> decorators;
    for (ExprNode* d : decorators_) {
        Ref<> v = d->eval(frame);
        if (!v) return nullptr;
        decorators.push_back(std::move(v));
    }
    Ref<> value = inner_->eval(frame);
    if (!value) return nullptr;
    for (std::size_t i = decorators.size(); i-- > 0;) {
        // The decorated object moves into the decorator's frame (CALL).
        Ref<> arg = std::move(value);
        Object* argv[] = {arg.get()};
        value = call_consuming(std::move(decorators[i]), Args{argv, 1, nullptr}, &arg);
        if (!value) {
            traceback_add(frame, decorator_positions_[i]);
            return nullptr;
        }
    }
    return value;
}

// ---------------------------------------------------------------- classes

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

Ref<> BuildClassNode::eval(Frame& frame) const {
    Ref<> body = body_->eval(frame);
    if (!body) return nullptr;
    GatheredArgs gathered;
    if (!gather_args(frame, bases_, "__build_class__()", true, gathered)) return fail(frame);
    Ref<Tuple> bases = tuple_from_array(gathered.positional->items, gathered.positional->size);
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
    body_frame.builtins = builtins_dict;
    body_frame.namespace_ = ns.get();
    if (!execute_frame(body_frame)) return fail(frame);

    argv[2] = ns.get();
    Ref<> cls = call(meta.get(), Args{argv.data(), 3, kwnames.get()});
    if (!cls) return fail(frame);
    if (class_cell) set_slot(class_cell->value, cls.get());
    return cls;
}

// ------------------------------------------------------- comprehensions

Ref<> ComprehensionNode::eval(Frame& frame) const {
    Ref<> fn = function_->eval(frame);
    if (!fn) return nullptr;
    Ref<> iterable = first_iter_->eval(frame);
    if (!iterable) return nullptr;
    Ref<> it = get_iter(iterable.get());
    if (!it) return fail(frame);
    Object* argv[] = {it.get()};
    Ref<> result = call_function(fn.get(), Args{argv, 1, nullptr});
    if (!result) return fail(frame);
    return result;
}

// Appends the element for the current iteration to the result (or yields it).
static bool emit(Frame& frame, ComprehensionKind kind, ExprNode* element, ExprNode* value, Object* result) {
    if (kind == ComprehensionKind::Dict) {
        Ref<> k = element->eval(frame);
        if (!k) return false;
        Ref<> v = value->eval(frame);
        if (!v) return false;
        return dict_set(cast<Dict>(result), k.get(), v.get()) == 0 || (traceback_add(frame, element->pos()), false);
    }
    Ref<> x = element->eval(frame);
    if (!x) return false;
    switch (kind) {
        case ComprehensionKind::List:
            return list_append(cast<List>(result), x.get());
        case ComprehensionKind::Set:
            return set_add(cast<Set>(result), x.get()) == 0 || (traceback_add(frame, element->pos()), false);
        default:  // generator expressions have a body of their own (GeneratorExpBodyNode)
            return false;
    }
}

bool ComprehensionBodyNode::run(Frame& frame, std::size_t level, Object* result) const {
    const ComprehensionLoop& loop = loops_[level];
    // The first iterator is the parameter ".0", made by the caller; the
    // others are held in hidden frame slots of a generator expression.
    std::optional<IteratorHold> hold;
    Object* it = frame.slots[0];
    if (loop.iter) {
        Ref<> iterable = loop.iter->eval(frame);
        if (!iterable) return false;
        Ref<> made = get_iter(iterable.get());
        if (!made) return fail(frame), false;
        hold.emplace(frame, loop.iter_slot, std::move(made));
        it = hold->get();
    }
    while (Ref<> item = iter_next(it)) {
        if (!loop.target->store(frame, std::move(item))) return false;
        int selected = loop.selects(frame);
        if (selected < 0) {
            condition_failed(frame, selected);
            return false;
        }
        if (!selected) continue;
        bool ok = level + 1 < loops_.size() ? run(frame, level + 1, result)
                                            : emit(frame, kind_, element_, value_, result);
        if (!ok) return false;
    }
    if (error_pending()) return fail(frame), false;
    return true;
}

Flow ComprehensionBodyNode::exec(Frame& frame) const {
    Ref<> result;
    switch (kind_) {
        case ComprehensionKind::List: result = list_new(); break;
        case ComprehensionKind::Set: result = set_new(); break;
        case ComprehensionKind::Dict: result = dict_new(); break;
        case ComprehensionKind::Generator:  // compiled to a GeneratorExpBodyNode instead
            raise(exc::SystemError, "generator expression body run as a comprehension");
            return Flow::Error;
    }
    if (!run(frame, 0, result.get())) return Flow::Error;
    frame.return_value = std::move(result);
    return Flow::Return;
}

}  // namespace minipy::interp
