// Reading a number where it lies. `a.x - b.x`, `dt * b.vx`, `aik * bk[j]`
// and `dx * dx + dy * dy` read floats from locals, instance attributes and
// list items, `count += step` ints from a closure's cells, and make nothing
// but their result: their operands need no evaluation, only a look at a
// frame slot, a cell, an instance's inline values or a list's items.
// peek_number answers such an operand, or a tree of arithmetic on them,
// unboxed, with no reference taken, no virtual call and no code run, as
// CPython 3.11's LOAD_FAST / LOAD_ATTR_INSTANCE_VALUE /
// BINARY_SUBSCR_LIST_INT feeding a BINARY_OP_*_FLOAT. When a leaf is not an
// int that fits a machine word or a float, the cache cannot answer, or an
// operator needs the general protocol, it answers false and, since nothing
// has happened, the caller evaluates the node as usual.
#pragma once

#include "interpreter/nodes.hpp"
#include "interpreter/number_fast.hpp"
#include "interpreter/subscript_fast.hpp"
#include "runtime/objects/cell.hpp"

namespace minipy::interp {

inline Object* CellNode::peek_cell(const Frame& frame) const { return cast<Cell>(frame.slots[slot_])->value; }

inline Object* LentSubscriptNode::peek_item(const Frame& frame) const {
    Object* object = object_->lent_value(frame);
    Object* index = index_->lent_value(frame);
    return object && index ? fast_item(object, index) : nullptr;
}

inline bool peek_number(const ExprNode* node, const Frame& frame, Unboxed& out) {
    Object* value = nullptr;
    switch (node->peek()) {
        case ExprNode::Peek::Lent: value = node->lent_value(frame); break;
        case ExprNode::Peek::Cell: value = static_cast<const CellNode*>(node)->peek_cell(frame); break;
        case ExprNode::Peek::Attribute: value = static_cast<const LentAttributeNode*>(node)->peek_attribute(frame); break;
        case ExprNode::Peek::Item: value = static_cast<const LentSubscriptNode*>(node)->peek_item(frame); break;
        case ExprNode::Peek::Arithmetic: return static_cast<const BinaryNode*>(node)->peek_arithmetic(frame, out);
        case ExprNode::Peek::Never: return false;
    }
    return value && unbox(value, out);
}

}  // namespace minipy::interp
