// What the X3 rules share while they parse one token buffer.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/layout.hpp"
#include "grammar/source_text.hpp"

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace minipy::grammar {

// A token as an X3 attribute: an index into TokenBuffer::tokens.
struct Tok {
    int index = -1;
};

struct ParserState {
    ParserState(const TokenBuffer& buffer, const SourceText& source, ast::Arena& arena, int depth,
                std::uintptr_t stack_floor)
        : buffer(buffer), source(source), arena(arena), depth(depth), stack_floor(stack_floor) {}

    const TokenBuffer& buffer;
    const SourceText& source;
    ast::Arena& arena;

    // The furthest token any rule looked at: where CPython's generic
    // "invalid syntax" points (the last token the parser fetched).
    int furthest = 0;
    // Set while the parser re-runs a failed input to find CPython's specific
    // message (pegen's second pass, which enables the invalid_ rules).
    bool second_pass = false;
    // The first expression of the statement being read: only a plain
    // target may take an annotation in pegen's first pass.
    const ast::Expr* statement_head = nullptr;
    // The compound statement whose block is being read, for "expected an
    // indented block after 'if' statement on line 3".
    const char* block_kind = nullptr;
    int block_line = 0;
    // Nesting of recursive rules, bounded so that no input exhausts the stack.
    int depth = 0;
    // The lowest stack address a rule may start at: the depth guard stops
    // there too, whatever the depth, since a frame's size depends on the
    // build (optimisation, its profile, sanitizers).
    std::uintptr_t stack_floor = 0;
    // Where `disjunction` failed in this pass, by text offset: bit 0 with
    // the second-pass rules off, bit 1 with them on (remember_failure).
    std::vector<std::uint8_t> disjunction_failed;
    // sys.get_int_max_str_digits() when the parse began (0: no limit): a
    // longer decimal literal is a SyntaxError, as pegen's number action
    // turns PyLong_FromString's ValueError into one.
    int max_int_digits = 0;
    // Parenthesized expressions: the extent including the brackets, which is
    // where an enclosing node starts or ends ((a + b) * c starts at the '(').
    std::unordered_map<const ast::Expr*, ast::Position> outer;

    const Token& token(Tok t) const { return buffer.tokens[t.index]; }
    std::string_view text(Tok t) const {
        const Token& k = token(t);
        return std::string_view(buffer.text).substr(k.begin, k.end - k.begin);
    }
    const char* begin() const { return buffer.text.data(); }
    void note(int offset) {
        if (offset > furthest) furthest = offset;
    }

    template <class T>
    T* make() { return arena.make<T>(); }

    ast::Position outer_pos(const ast::Expr* e) const {
        auto it = outer.find(e);
        return it == outer.end() ? e->pos : it->second;
    }
};

}  // namespace minipy::grammar
