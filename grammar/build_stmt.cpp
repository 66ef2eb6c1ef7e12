#include "grammar/build_stmt.hpp"

#include "grammar/invalid.hpp"

namespace minipy::grammar::build {

using namespace ast;

namespace {
template <class T>
T* stmt(ParserState& st, Position p) {
    T* s = st.make<T>();
    s->pos = p;
    return s;
}

bool bare_tuple(const ParserState& st, const Expr* e) {
    auto* t = as<Tuple>(e);
    if (!t || t->elts.empty()) return false;
    Position first = outer(st, t->elts[0]);
    return t->pos.line == first.line && t->pos.col == first.col;
}
}  // namespace

Stmt* expression_statement(ParserState& st, Expr* first, const StmtTail& tail) {
    switch (tail.kind) {
        case StmtTail::None: {
            auto* s = stmt<ExprStmt>(st, outer(st, first));
            s->value = first;
            return s;
        }
        case StmtTail::Annotation: {
            invalid::check_annotation_target(st, first);
            Expr* value = tail.values.empty() ? nullptr : tail.values[0];
            auto* s = stmt<AnnAssign>(st, join(st, first, value ? value : tail.annotation));
            s->target = first;
            s->annotation = tail.annotation;
            s->value = value;
            s->simple = first->kind == ExprKind::Name && !st.outer.count(first);
            return s;
        }
        case StmtTail::Augmented: {
            invalid::check_augmented_target(st, first);
            auto* s = stmt<AugAssign>(st, join(st, first, tail.values[0]));
            s->target = first;
            s->op = tail.op;
            s->value = tail.values[0];
            return s;
        }
        case StmtTail::Assignment: {
            std::vector<Expr*> targets{first};
            targets.insert(targets.end(), tail.values.begin(), tail.values.end() - 1);
            invalid::check_assignment(st, targets, tail.values.back(), tail.equals);
            auto* s = stmt<Assign>(st, join(st, first, tail.values.back()));
            s->targets = std::move(targets);
            s->value = tail.values.back();
            return s;
        }
    }
    return nullptr;
}

Stmt* keyword_statement(ParserState& st, Tok kw) {
    std::string_view w = st.text(kw);
    if (w == "pass") return stmt<Pass>(st, pos(st, kw));
    if (w == "break") return stmt<Break>(st, pos(st, kw));
    return stmt<Continue>(st, pos(st, kw));
}

Stmt* return_stmt(ParserState& st, Tok kw, Expr* value) {
    auto* s = stmt<Return>(st, value ? join(pos(st, kw), outer(st, value)) : pos(st, kw));
    s->value = value;
    return s;
}

Stmt* raise_stmt(ParserState& st, Tok kw, Expr* exc, Expr* cause) {
    Expr* last = cause ? cause : exc;
    auto* s = stmt<Raise>(st, last ? join(pos(st, kw), outer(st, last)) : pos(st, kw));
    s->exc = exc;
    s->cause = cause;
    return s;
}

Stmt* global_stmt(ParserState& st, Tok kw, const std::vector<Tok>& names) {
    Position p = join(pos(st, kw), pos(st, names.back()));
    std::vector<std::string> ids;
    for (Tok t : names) ids.emplace_back(st.text(t));
    if (st.text(kw) == "global") {
        auto* s = stmt<Global>(st, p);
        s->names = std::move(ids);
        return s;
    }
    auto* s = stmt<Nonlocal>(st, p);
    s->names = std::move(ids);
    return s;
}

Stmt* del_stmt(ParserState& st, Tok kw, Expr* targets) {
    auto* s = stmt<Delete>(st, join(pos(st, kw), outer(st, targets)));
    // `del a, b` deletes two targets; `del (a, b)` one tuple.
    if (bare_tuple(st, targets))
        s->targets = static_cast<Tuple*>(targets)->elts;
    else
        s->targets.push_back(targets);
    for (Expr* t : s->targets) set_target(st, t, TargetUse::Delete);
    return s;
}

Stmt* assert_stmt(ParserState& st, Tok kw, Expr* test, Expr* msg) {
    auto* s = stmt<Assert>(st, join(pos(st, kw), outer(st, msg ? msg : test)));
    s->test = test;
    s->msg = msg;
    return s;
}

Alias* alias(ParserState& st, const std::vector<Tok>& dotted, Tok asname) {
    auto* a = st.make<Alias>();
    for (Tok t : dotted) {
        if (!a->name.empty()) a->name += '.';
        a->name += st.text(t);
    }
    if (asname.index >= 0) a->asname = std::string(st.text(asname));
    a->pos = join(pos(st, dotted.front()), pos(st, asname.index >= 0 ? asname : dotted.back()));
    return a;
}

Stmt* import_stmt(ParserState& st, Tok kw, std::vector<Alias*> names) {
    auto* s = stmt<Import>(st, join(pos(st, kw), names.back()->pos));
    s->names = std::move(names);
    return s;
}

Stmt* import_from(ParserState& st, Tok kw, const std::vector<Tok>& dots, const std::vector<Tok>& module,
                  std::vector<Alias*> names, Tok close) {
    auto* s = stmt<ImportFrom>(st, join(pos(st, kw), close.index >= 0 ? pos(st, close) : names.back()->pos));
    for (Tok d : dots) s->level += static_cast<int>(st.text(d).size());
    for (Tok t : module) {
        if (!s->module.empty()) s->module += '.';
        s->module += st.text(t);
    }
    s->names = std::move(names);
    return s;
}

// --------------------------------------------------------------- compound

Position end_of(const Body& body) { return body.back()->pos; }

Stmt* if_stmt(ParserState& st, Tok kw, Expr* test, Body body, Body orelse) {
    auto* s = stmt<If>(st, join(pos(st, kw), end_of(orelse.empty() ? body : orelse)));
    s->test = test;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    return s;
}

Stmt* while_stmt(ParserState& st, Tok kw, Expr* test, Body body, Body orelse) {
    auto* s = stmt<While>(st, join(pos(st, kw), end_of(orelse.empty() ? body : orelse)));
    s->test = test;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    return s;
}

Stmt* for_stmt(ParserState& st, Tok kw, Expr* target, Expr* iter, Body body, Body orelse) {
    set_target(st, target, TargetUse::For);
    auto* s = stmt<For>(st, join(pos(st, kw), end_of(orelse.empty() ? body : orelse)));
    s->target = target;
    s->iter = iter;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    return s;
}

Stmt* with_stmt(ParserState& st, Tok kw, std::vector<WithItem> items, Body body) {
    for (WithItem& item : items)
        if (item.optional_vars) set_target(st, item.optional_vars, TargetUse::With);
    auto* s = stmt<With>(st, join(pos(st, kw), end_of(body)));
    s->items = std::move(items);
    s->body = std::move(body);
    return s;
}

ExceptHandler* except_handler(ParserState& st, Tok kw, Expr* type, Tok name, Body body) {
    auto* h = st.make<ExceptHandler>();
    h->type = type;
    if (name.index >= 0) h->name = std::string(st.text(name));
    h->pos = join(pos(st, kw), end_of(body));
    h->body = std::move(body);
    return h;
}

Stmt* try_stmt(ParserState& st, Tok kw, Body body, std::vector<ExceptHandler*> handlers, Body orelse,
               Body finalbody) {
    Position end = !finalbody.empty() ? end_of(finalbody)
                 : !orelse.empty()    ? end_of(orelse)
                 : !handlers.empty()  ? handlers.back()->pos
                                      : end_of(body);
    auto* s = stmt<Try>(st, join(pos(st, kw), end));
    s->body = std::move(body);
    s->handlers = std::move(handlers);
    s->orelse = std::move(orelse);
    s->finalbody = std::move(finalbody);
    return s;
}

Stmt* function_def(ParserState& st, Tok kw, Tok name, const std::vector<Parameter>& params, Expr* returns,
                   Body body) {
    auto* s = stmt<FunctionDef>(st, join(pos(st, kw), end_of(body)));
    s->name = std::string(st.text(name));
    arguments(st, params, s->args);
    s->returns = returns;
    s->body = std::move(body);
    return s;
}

Stmt* class_def(ParserState& st, Tok kw, Tok name, Call* bases, Body body) {
    auto* s = stmt<ClassDef>(st, join(pos(st, kw), end_of(body)));
    s->name = std::string(st.text(name));
    if (bases) {
        s->bases = std::move(bases->args);
        s->keywords = std::move(bases->keywords);
    }
    s->body = std::move(body);
    return s;
}

void decorate(Stmt* def, std::vector<Expr*> decorators) {
    if (auto* f = as<FunctionDef>(def)) f->decorator_list = std::move(decorators);
    else if (auto* c = as<ClassDef>(def)) c->decorator_list = std::move(decorators);
}

}  // namespace minipy::grammar::build
