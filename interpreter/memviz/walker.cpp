// The heap walk behind memviz's snapshots (model.hpp): from the frames'
// names to the objects they reach, with labelled slots for the containers
// whose layout minipy knows and the types' traverse slots (as CPython's
// gc.get_referents, Modules/gcmodule.c) for everything else.
#include "interpreter/memviz/heap_state.hpp"
#include "interpreter/memviz/model.hpp"
#include "interpreter/memviz/values.hpp"

#include "interpreter/frame.hpp"
#include "interpreter/import.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/type.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/cell.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/member.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace minipy::interp::memviz {

namespace {

class Walker {
public:
    Walker(const Options& options, Snapshot& snap) : options_(options), snap_(snap), heap_(read_heap_state()) {}

    // The edge from a name or slot to `o`, walking `o` if it is new.
    // `force`: draw it as an object even when it is one the options hide.
    Edge reach(Object* o, int depth, bool force = false) {
        Edge edge;
        if (std::string inline_text = force ? std::string() : inline_value(o, options_); !inline_text.empty()) {
            edge.text = std::move(inline_text);
            return edge;
        }
        edge.target = visit(o, depth);
        return edge;
    }

    // Garbage the frames did not reach, walked as roots of its own; but not
    // the parts of hidden garbage (a class's dict, mro and descriptors, a
    // function's defaults and cells: builtin-typed objects it reaches), which
    // would draw a dead class or function piecemeal, nor the dicts already
    // drawn as an instance's attributes.
    void add_garbage() {
        std::unordered_set<const Object*> behind_hidden;
        std::vector<Object*> work;
        for (Object* o : heap_.garbage_order)
            if (!inline_value(o, options_).empty()) work.push_back(o);
        struct Walk {
            std::unordered_set<const Object*>* behind;
            std::vector<Object*>* work;
        } walk{&behind_hidden, &work};
        while (!work.empty()) {
            Object* o = work.back();
            work.pop_back();
            if (!o->type->traverse || !object_has_gc(o)) continue;
            o->type->traverse(
                o,
                [](Object* child, void* arg) {
                    auto& w = *static_cast<Walk*>(arg);
                    if (child->type->has_flag(type_flags::kHeapType)) return;  // a class's instance: the user's
                    if (w.behind->insert(child).second) w.work->push_back(child);
                },
                &walk);
        }
        for (Object* o : heap_.garbage_order)
            if (!seen_.count(o) && !absorbed_.count(o) && !behind_hidden.count(o) && inline_value(o, options_).empty())
                visit(o, 1);
    }

private:
    int visit(Object* o, int depth) {
        if (auto it = seen_.find(o); it != seen_.end()) return it->second;
        const int index = static_cast<int>(snap_.nodes.size());
        seen_[o] = index;
        snap_.nodes.push_back(describe(o));
        if (depth >= options_.max_depth) {
            snap_.nodes[index].truncated = has_slots(o);
            return index;
        }
        std::vector<Edge> edges;
        std::int64_t elided = 0;
        slots(o, depth + 1, edges, elided);
        snap_.nodes[index].edges = std::move(edges);
        snap_.nodes[index].elided = elided;
        return index;
    }

    Node describe(Object* o) const {
        Node node;
        node.address = reinterpret_cast<std::uintptr_t>(o);
        node.type = type_label(o);
        node.value = short_value(o);
        node.refcount = o->refcount;
        node.shared = is_shared(o);
        node.generation = heap_.generation_of(o);
        node.garbage = heap_.is_garbage(o);
        if (is_instance_of(o, &WeakRefType)) node.dead = static_cast<WeakRef*>(o)->referent == nullptr;
        return node;
    }

    static bool has_slots(Object* o) {
        bool any = false;
        if (o->type->traverse && object_has_gc(o))
            o->type->traverse(o, [](Object*, void* arg) { *static_cast<bool*>(arg) = true; }, &any);
        return any || is_instance_of(o, &WeakRefType);
    }

    // One edge per item, attribute or slot, up to max_items; then, unlabelled,
    // whatever else the type's traverse slot visits (an exception's args and
    // traceback, a generator's frame, a bound method's function and self).
    void slots(Object* o, int depth, std::vector<Edge>& edges, std::int64_t& elided) {
        std::unordered_set<const Object*> covered;  // drawn (or elided) as labelled slots
        auto add = [&](std::string label, Object* child) {
            covered.insert(child);
            if (static_cast<int>(edges.size()) >= options_.max_items) {
                ++elided;
                return;
            }
            Edge edge = reach(child, depth);
            edge.label = std::move(label);
            edges.push_back(std::move(edge));
        };
        if (is_instance_of(o, &WeakRefType)) {
            Object* referent = static_cast<WeakRef*>(o)->referent;
            Edge edge = referent ? reach(referent, depth) : Edge{"", -1, "dead", false};
            edge.weak = true;
            edges.push_back(std::move(edge));
            return;
        }
        if (is_type(o) || is_module(o) || o->type == &CodeType) return;  // drawn as their names only
        if (o->type->has_flag(type_flags::kManagedDict) && instance_values(o)) {
            inline_value_slots(o, add);
        } else if (o->type->dict_offset != 0 && !is_type(o)) {
            if (Dict** slot = instance_dict_slot(o); slot && *slot) {
                absorbed_.insert(*slot);
                covered.insert(*slot);
                dict_slots(*slot, true, add, covered);
            }
        }
        member_slots(o, add);
        if (is_list(o)) {
            const List* list = static_cast<List*>(o);
            for (std::int64_t i = 0; i < list->size; ++i) add(fmt::format("[{}]", i), list->items[i]);
        } else if (is_tuple(o)) {
            const Tuple* tuple = static_cast<Tuple*>(o);
            for (std::int64_t i = 0; i < tuple->size; ++i) add(fmt::format("[{}]", i), (*tuple)[i]);
        } else if (is_dict(o)) {
            dict_slots(static_cast<Dict*>(o), false, add, covered);
        } else if (is_anyset(o)) {
            std::int64_t pos = 0;
            Object* key;
            while (set_next(static_cast<Set*>(o), pos, &key)) add("", key);
        } else if (o->type == &CellType) {
            if (Object* value = static_cast<Cell*>(o)->value) add("cell_contents", value);
        }
        if (!o->type->traverse || !object_has_gc(o)) return;
        std::vector<Object*> children;
        o->type->traverse(
            o, [](Object* child, void* arg) { static_cast<std::vector<Object*>*>(arg)->push_back(child); },
            &children);
        for (Object* child : children)
            if (child != static_cast<Object*>(o->type) && !covered.count(child)) add("", child);
    }

    // The object fields that member descriptors expose (`__slots__`, an
    // exception's `.value` or `.errno`) as `.name` slots, the base class's
    // first; empty ones are not drawn.
    template <class Add>
    void member_slots(Object* o, Add& add) {
        const Tuple* mro = o->type->mro;
        if (!mro) return;
        for (std::int64_t i = mro->length() - 1; i >= 0; --i) {
            const Type* t = static_cast<const Type*>((*mro)[i]);
            if (!t->dict) continue;
            std::int64_t pos = 0;
            Object* key;
            Object* value;
            while (dict_next(t->dict, pos, &key, &value)) {
                if (value->type != &MemberDescriptorType) continue;
                const auto* d = static_cast<const MemberDescriptor*>(value);
                if (d->kind != MemberKind::Object && d->kind != MemberKind::ObjectEx) continue;
                if (!is_instance_of(o, d->owner)) continue;
                Object* field = *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + d->offset);
                if (field) add(fmt::format(".{}", text_of(d->name)), field);
            }
        }
    }

    // An instance's inline values as `.name` slots, in the instance's own
    // order, read in place: asking for its dict would make one.
    template <class Add>
    void inline_value_slots(Object* o, Add& add) {
        Object* const* values = instance_values(o);
        const DictKeys* keys = o->type->cached_keys;
        for (std::int64_t i = 0, n = dict_values_count(values); i < n; ++i) {
            const std::int64_t ix = dict_values_order(values, i);
            add(fmt::format(".{}", text_of(dict_shared_key(keys, ix))), values[ix]);
        }
    }

    // A dict's items as `'key'` slots; an instance's attributes as `.name`.
    template <class Add>
    void dict_slots(Dict* d, bool attributes, Add& add, std::unordered_set<const Object*>& covered) {
        std::int64_t pos = 0;
        Object* key;
        Object* value;
        while (dict_next(d, pos, &key, &value)) {
            covered.insert(key);  // written in the label
            if (attributes && is_str(key)) add(fmt::format(".{}", text_of(static_cast<Str*>(key))), value);
            else add(key_label(key), value);
        }
    }

    const Options& options_;
    Snapshot& snap_;
    HeapState heap_;
    std::unordered_map<const Object*, int> seen_;
    std::unordered_set<const Object*> absorbed_;  // instance dicts drawn as attributes
};

// The namespace of a module or class body, as names.
void namespace_names(Walker& walker, Object* ns, const Options& options, FrameView& view) {
    if (!ns || !is_dict(ns)) return;
    std::int64_t pos = 0;
    Object* key;
    Object* value;
    while (dict_next(static_cast<Dict*>(ns), pos, &key, &value)) {
        if (!is_str(key)) continue;
        const std::string name = text_of(static_cast<Str*>(key));
        if (!options.show_builtins && name.size() > 4 && name.starts_with("__") && name.ends_with("__")) continue;
        if (is_hidden(value, options)) continue;
        view.names.push_back({name, walker.reach(value, 1)});
    }
}

// A call's locals, cells and free variables, by slot.
void slot_names(Walker& walker, const Frame& f, const Options& options, FrameView& view) {
    const CodeObject* code = f.code;
    for (int i = 0; f.slots && i < code->first_temp; ++i) {
        Object* value = f.slots[i];
        const bool cell_slot = i >= code->first_cell ||
                               (code->cell_params && std::find(code->cell_params->begin(), code->cell_params->end(),
                                                               i) != code->cell_params->end());
        if (value && cell_slot && value->type == &CellType) value = static_cast<Cell*>(value)->value;
        if (!value || is_hidden(value, options)) continue;
        view.names.push_back({std::string(code->slot_name(i)), walker.reach(value, 1)});
    }
}

Dict* main_globals() {
    if (!sys_modules) return nullptr;
    Object* main = lookup_text(sys_modules, "__main__");
    return main && is_module(main) ? static_cast<Module*>(main)->dict : nullptr;
}

}  // namespace

Snapshot snapshot_frames(const Options& options) {
    Snapshot snap;
    std::vector<const Frame*> frames;
    for (const Frame* f = current_frame; f; f = f->back) frames.push_back(f);
    std::reverse(frames.begin(), frames.end());
    Walker walker(options, snap);
    if (frames.empty()) {
        FrameView view{"<module>", 0, {}};
        namespace_names(walker, main_globals(), options, view);
        snap.frames.push_back(std::move(view));
    }
    for (const Frame* f : frames) {
        FrameView view{text_of(f->code->name), f->line, {}};
        if (f->code->kind == CodeKind::Function) slot_names(walker, *f, options, view);
        else namespace_names(walker, f->namespace_ ? f->namespace_ : f->globals, options, view);
        snap.frames.push_back(std::move(view));
    }
    if (!frames.empty()) {
        snap.file = text_of(frames.back()->code->filename);
        snap.line = frames.back()->line;
    }
    walker.add_garbage();
    return snap;
}

Snapshot snapshot_object(Object* root, const Options& options) {
    Snapshot snap;
    Walker walker(options, snap);
    FrameView view{"obj", 0, {}};
    view.names.push_back({"obj", walker.reach(root, 1, true)});
    snap.frames.push_back(std::move(view));
    return snap;
}

}  // namespace minipy::interp::memviz
