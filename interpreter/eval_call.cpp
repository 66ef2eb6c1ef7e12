// Evaluation of calls (plain, method and with unpacking), function creation and decorators.
#include "interpreter/nodes.hpp"

#include "interpreter/call.hpp"
#include "interpreter/gathered_args.hpp"
#include "interpreter/run_frame.hpp"
#include "interpreter/slot_stack.hpp"
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
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/super.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>

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

// The code `function` would run, when a call with `count` positional
// arguments and nothing else can evaluate them straight into its slots;
// null otherwise. Not in a generator's frame: an argument may yield
// (`f(x, (yield))`), and a suspended generator cannot hold slots of the
// slot stack, which its resumers' calls reuse (slot_stack.hpp).
CodeObject* code_binding_positionally(const Frame& frame, Object* function, std::size_t count) {
    if (function->type != &FunctionType || frame.generator) return nullptr;
    CodeObject* code = cast<CodeObject>(cast<Function>(function)->code);
    return binds_positionally(code, count) ? code : nullptr;
}

// Calls `fn` (whose code is `code`, taking exactly these arguments) with
// `self` (owned, may be null) and then the values of `nodes` as its
// positional arguments, evaluated straight into the callee's slots: no
// argument buffer, no copy (CPython 3.11's CALL_PY_EXACT_ARGS). Null on
// error, with `args_failed` set when evaluating an argument failed (its
// node has reported it) rather than the call.
// Inline in its two callers: a separate C++ frame on every Python call
// would cost deep recursion about 100 bytes of stack per level.
[[gnu::always_inline]] inline Ref<> call_in_slots(Frame& frame, Function* fn, CodeObject* code, Object* self,
                                                  const std::vector<ExprNode*>& nodes, bool& args_failed) {
    SlotBuffer buffer(code->nslots);
    Object** slots = buffer.data();
    std::size_t n = 0;
    if (self) slots[n++] = self;
    for (ExprNode* node : nodes) {
        Object* value = node->eval(frame).release();
        if (!value) {
            // Last to first, as CPython's stack unwinds.
            while (n > 0) {
                Object* o = slots[--n];
                slots[n] = nullptr;
                decref(o);
            }
            args_failed = true;
            return nullptr;
        }
        slots[n++] = value;
    }
    // `code` is still fn's: minipy's functions cannot be given another
    // __code__, which CPython allows (and rechecks for at the call). It is
    // not a generator's (binds_positionally), so the frame runs here.
    return run_plain_function_in_slots(fn, code, slots);
}

}  // namespace

// --------------------------------------------------------------- calls

CallNode::CallNode(const ast::Position& pos, ExprNode* func, std::vector<ExprNode*> args, Ref<Tuple> kwnames)
    : ExprNode(pos), func_(func), args_(std::move(args)), kwnames_(kwnames.release()) {}
CallNode::~CallNode() { xdecref(kwnames_); }

Ref<> CallNode::eval(Frame& frame) const {
    Ref<> func = func_->eval(frame);
    if (!func) return nullptr;
    bool args_failed = false;
    Ref<> result;
    if (CodeObject* code = kwnames_ ? nullptr : code_binding_positionally(frame, func.get(), args_.size()))
        result = call_in_slots(frame, cast<Function>(func.get()), code, nullptr, args_, args_failed);
    else
        result = call_through_buffer(frame, std::move(func), args_failed);
    if (!result && !args_failed) return fail(frame);
    return result;
}

// Any other call: the arguments are evaluated into a buffer, which the
// callee binds from. Out of line, so that the buffer is not part of every
// call's C++ frame.
[[gnu::noinline]] Ref<> CallNode::call_through_buffer(Frame& frame, Ref<> func, bool& args_failed) const {
    ArgBuffer values(args_.size());
    if (!eval_all(frame, args_, values)) {
        args_failed = true;
        return nullptr;
    }
    Args args{values.values(), values.size() - keyword_count(kwnames_), kwnames_};
    Ref<> result = call_consuming(std::move(func), args, values.refs());
    values.release_after_call();
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
        if (args[0]->type == descriptor->owner) return call_native(descriptor->def->fn, args[0], args.drop_first());
    }
    return call_consuming(std::move(method), args, owned);
}

// `lst.append(x)`, `s.isdigit()`, `d.get(k, 0)`: a builtin method of a
// builtin type called with a few positional arguments, the commonest method
// call, without the general call's buffers. The method is borrowed: a
// builtin type's dict cannot change while the arguments are evaluated.
Ref<> MethodCallNode::call_builtin_method(Frame& frame, Ref<> object, const MethodDescriptor* method) const {
    const std::size_t n = args_.size();
    Ref<> holds[kMaxBuiltinMethodArgs];
    Object* argv[kMaxBuiltinMethodArgs];
    for (std::size_t i = 0; i < n; ++i) {
        holds[i] = args_[i]->eval(frame);
        if (!holds[i]) return nullptr;
        argv[i] = holds[i].get();
    }
    Ref<> result = call_native(method->def->fn, object.get(), Args{argv, n, nullptr});
    // Then the references go first to last, as CALL clears its stack.
    object.reset();
    for (std::size_t i = 0; i < n; ++i) holds[i].reset();
    if (!result) return fail(frame);
    return result;
}

Ref<> MethodCallNode::eval(Frame& frame) const {
    Ref<> object = object_->eval(frame);
    if (!object) return nullptr;
    Object* found = cached_method_without_dict(object.get(), cache_);
    if (!found) found = unbound_method_cached(object.get(), name_, cache_);
    if (found && found->type == &MethodDescriptorType && args_.size() <= kMaxBuiltinMethodArgs && !kwnames_) {
        auto* descriptor = static_cast<MethodDescriptor*>(found);
        if (object->type == descriptor->owner && !descriptor->owner->has_flag(type_flags::kHeapType))
            return call_builtin_method(frame, std::move(object), descriptor);
    }
    if (CodeObject* code = found && !kwnames_ ? code_binding_positionally(frame, found, args_.size() + 1) : nullptr) {
        Ref<> method = share(found);
        bool args_failed = false;
        Ref<> result = call_in_slots(frame, cast<Function>(found), code, object.release(), args_, args_failed);
        if (!result && !args_failed) return fail(frame);
        return result;
    }
    return call_through_buffer(frame, std::move(object), found);
}

// Out of line, so that the buffer is not part of the C++ frame of every
// method call: `self.f(n - 1)` has that frame on every level of the
// recursion.
[[gnu::noinline]] Ref<> MethodCallNode::call_through_buffer(Frame& frame, Ref<> object, Object* found) const {
    Ref<> method = share(found);
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
        object.reset();  // as LOAD_METHOD: only the attribute's value stays on the stack
    }
    if (!eval_all(frame, args_, values)) return nullptr;
    Args args{values.values(), values.size() - keyword_count(kwnames_), kwnames_};
    Ref<> result = unbound ? call_unbound_method(std::move(method), args, values.refs())
                           : call_consuming(std::move(method), args, values.refs());
    values.release_after_call();
    if (!result) return fail(frame);
    return result;
}

SuperMethodCallNode::SuperMethodCallNode(const ast::Position& pos, const ast::Position& attribute_pos,
                                         ExprNode* object, ExprNode* super_name, int class_slot, Str* name,
                                         std::vector<ExprNode*> args, Ref<Tuple> kwnames)
    : MethodCallNode(pos, attribute_pos, object, name, std::move(args), std::move(kwnames)), super_name_(super_name),
      class_slot_(class_slot),
      args_lend_(std::all_of(args_.begin(), args_.end(), [](const ExprNode* a) { return a->lends(); })) {}

// The plain function super() would find for `self`, or null when super()
// would raise, find something else, or `self` is a class.
Object* SuperMethodCallNode::find_function(const Frame& frame, Object* self) const {
    Object* cls = cast<Cell>(frame.slots[class_slot_])->value;
    if (!cls || !is_type(cls)) return nullptr;
    auto* thisclass = cast<Type>(cls);
    Type* obj_type = self->type;
    if (obj_type->version == type_version_ && thisclass == class_ && obj_type->version) return function_;
    // A class as self (a metaclass's method) searches its own MRO and binds
    // nothing: the general path. Every instance of a metaclass is a class,
    // so no cached answer is ever given for one.
    if (!obj_type->version || is_type(self) || !type_is_subtype(obj_type, thisclass)) return nullptr;
    Object* found = super_lookup(obj_type, thisclass, name_);
    if (!found || found->type != &FunctionType) return nullptr;
    type_version_ = obj_type->version;
    class_ = thisclass;
    function_ = found;
    return found;
}

Ref<> SuperMethodCallNode::eval(Frame& frame) const {
    if (heap_tracing) return MethodCallNode::eval(frame);
    // A name lookup runs no code: evaluated again on the general path.
    Ref<> callee = super_name_->eval(frame);
    if (!callee) return nullptr;
    // super() takes the first positional parameter: none (`def f(*, self)`)
    // is the general path's RuntimeError.
    Object* self = frame.code->argcount ? frame.slots[0] : nullptr;
    Object* found = callee.get() == &SuperType && self ? find_function(frame, self) : nullptr;
    if (!found) return MethodCallNode::eval(frame);
    callee.reset();
    // CPython makes the super object, then the bound method, and frees the
    // super object; the method holds the function and self until the call
    // takes them.
    gc_note_allocation();
    gc_note_allocation();
    gc_note_free();
    Ref<> function = share(found);
    Ref<> object = share(self);
    if (CodeObject* code = args_lend_ && !kwnames_ ? code_binding_positionally(frame, found, args_.size() + 1)
                                                   : nullptr) {
        gc_note_free();
        bool args_failed = false;
        Ref<> result = call_in_slots(frame, cast<Function>(found), code, object.release(), args_, args_failed);
        if (!result && !args_failed) return fail(frame);
        return result;
    }
    return call_through_buffer(frame, std::move(function), std::move(object));
}

// With arguments that may run code: they are evaluated while the bound
// method would still be alive, which the collector's count shows.
[[gnu::noinline]] Ref<> SuperMethodCallNode::call_through_buffer(Frame& frame, Ref<> function, Ref<> self) const {
    ArgBuffer values(args_.size() + 1);
    values.push(std::move(self));
    const bool evaluated = eval_all(frame, args_, values);
    gc_note_free();
    if (!evaluated) return nullptr;
    Args args{values.values(), values.size() - keyword_count(kwnames_), kwnames_};
    Ref<> result = call_consuming(std::move(function), args, values.refs());
    values.release_after_call();
    if (!result) return fail(frame);
    return result;
}

bool gather_args(Frame& frame, const std::vector<CallArg>& args, const std::string& callee, bool star_as_display,
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
                if (!list_append(out.positional.get(), v.get())) return false;
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
                while (Ref<> item = iter_next(it.get()))
                    if (!list_append(out.positional.get(), item.get())) return false;
                if (error_pending()) return false;
                break;
            }
            case CallArg::Kind::Keyword:
                if (dict_get(out.keywords.get(), arg.name)) return repeated(arg.name->view());
                if (dict_set(out.keywords.get(), arg.name, v.get()) < 0) return false;
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
                        if (dict_set(items.get(), key.get(), value.get()) < 0) return false;
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
                    if (dict_set(out.keywords.get(), key, value) < 0) return false;
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
    func.reset();  // the callable first, as CALL_FUNCTION_EX releases it
    gathered.release_after_call();
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
    fn->vectorcall = FunctionType.call;
    set_slot(fn->code, static_cast<Object*>(code_.get()));
    set_slot(fn->globals, frame.globals);
    // CPython takes them from the globals' __builtins__, as the frame's
    // were (run_module_code), so the frame's are what that finds.
    set_slot(fn->builtins, frame.builtins);
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
            if (dict_set(kwdefaults.get(), name, v.get()) < 0) return nullptr;
        }
        fn->kwdefaults = kwdefaults.release();
    }
    if (!annotations_.empty()) {
        Ref<Dict> annotations = dict_new();
        for (const auto& [name, node] : annotations_) {
            Ref<> v = node->eval(frame);
            if (!v) return nullptr;
            if (dict_set(annotations.get(), name, v.get()) < 0) return nullptr;
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

}  // namespace minipy::interp
