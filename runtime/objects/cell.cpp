// cell objects: the shared boxes of closure variables.
#include "runtime/objects/cell.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

namespace minipy {

Type CellType;

Ref<Cell> cell_new(Object* value) {
    auto cell = new_object<Cell>(&CellType);
    set_slot(cell->value, value);
    gc_track(cell.get());
    return cell;
}

static void cell_clear(Object* o) { clear_slot(cast<Cell>(o)->value); }

static void cell_destroy(Object* o) {
    cell_clear(o);
    delete_object(cast<Cell>(o));
}

static void cell_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<Cell>(o)->value, visit, arg); }

static Ref<> cell_repr(Object* o) {
    Object* v = cast<Cell>(o)->value;
    if (!v) return str_from(fmt::format("<cell at {}: empty>", static_cast<const void*>(o)));
    return str_from(fmt::format("<cell at {}: {} object at {}>", static_cast<const void*>(o), type_name(v),
                                static_cast<const void*>(v)));
}

// cell_contents: reading an empty cell is a ValueError; assigning fills it
// and deleting empties it (Objects/cellobject.c).
static Ref<> cell_get_contents(Object* o) {
    Object* v = cast<Cell>(o)->value;
    if (!v) return raise(exc::ValueError, "Cell is empty");
    return share(v);
}

static int cell_set_contents(Object* o, Object* value) {
    set_slot(cast<Cell>(o)->value, value);
    return 0;
}

void cell_type_init() {
    type_init_builtin(CellType, "cell", &ObjectType, sizeof(Cell), type_flags::kHasGC);
    CellType.destroy = cell_destroy;
    CellType.traverse = cell_traverse;
    CellType.clear = cell_clear;
    CellType.repr = cell_repr;
    CellType.getattr = generic_getattr;
    add_getsets(CellType, {{"cell_contents", cell_get_contents, cell_set_contents}});
    type_ready(CellType);
}

}  // namespace minipy
