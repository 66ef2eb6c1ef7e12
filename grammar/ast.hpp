// The syntax tree: what the grammar produces and the compile pass consumes.
//
// Node kinds and field names follow CPython's `ast` module (Python/Python.asdl)
// so that a dump of our tree can be checked against `ast.dump(ast.parse(src))`.
// Every node carries CPython's four position fields: 1-based lines and 0-based
// columns counted in UTF-8 bytes (CPython's col_offset convention; the traceback
// printer turns them into character offsets).
//
// Nodes live in an Arena owned by the Module; the tree holds plain pointers
// into it, so nodes are cheap to pass around and the whole tree dies at once.
#pragma once

#include "grammar/position.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minipy::ast {

struct Node {
    Position pos;
    virtual ~Node() = default;
};

// Owns every node of one parse.
class Arena {
public:
    template <class T, class... Args>
    T* make(Args&&... args) {
        auto node = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = node.get();
        nodes_.push_back(std::move(node));
        return raw;
    }

private:
    std::vector<std::unique_ptr<Node>> nodes_;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : std::uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
    DictComp, GeneratorExp, Yield, YieldFrom, Compare, Call, FormattedValue,
    JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

enum class Context : std::uint8_t { Load, Store, Del };
enum class BoolOpKind : std::uint8_t { And, Or };
enum class BinOpKind : std::uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
};
enum class UnaryOpKind : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr : Node {
    explicit Expr(ExprKind k) : kind(k) {}
    const ExprKind kind;
};

// Checked downcast: ast::as<Name>(e) is null unless e is a Name.
template <class T>
T* as(Expr* e) { return e && e->kind == T::static_kind ? static_cast<T*>(e) : nullptr; }
template <class T>
const T* as(const Expr* e) { return e && e->kind == T::static_kind ? static_cast<const T*>(e) : nullptr; }

#define MINIPY_AST_EXPR(NAME) \
    static constexpr ExprKind static_kind = ExprKind::NAME; \
    NAME() : Expr(ExprKind::NAME) {}

struct BoolOp : Expr {  // a and b and c  ->  one BoolOp with three values
    MINIPY_AST_EXPR(BoolOp)
    BoolOpKind op{};
    std::vector<Expr*> values;
};

struct NamedExpr : Expr {  // target := value
    MINIPY_AST_EXPR(NamedExpr)
    Expr* target = nullptr;  // a Name in Store context
    Expr* value = nullptr;
};

struct BinOp : Expr {
    MINIPY_AST_EXPR(BinOp)
    Expr* left = nullptr;
    BinOpKind op{};
    Expr* right = nullptr;
};

struct UnaryOp : Expr {
    MINIPY_AST_EXPR(UnaryOp)
    UnaryOpKind op{};
    Expr* operand = nullptr;
};

struct Arg : Node {
    std::string name;
    Expr* annotation = nullptr;
};

// Parameters in CPython's layout: `def f(a, /, b, *c, d=1, **e)`.
struct Arguments {
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    std::vector<Expr*> kw_defaults;  // one per kwonlyarg; nullptr where there is none
    Arg* kwarg = nullptr;
    std::vector<Expr*> defaults;     // for the last len(defaults) of posonlyargs+args
};

struct Lambda : Expr {
    MINIPY_AST_EXPR(Lambda)
    Arguments args;
    Expr* body = nullptr;
};

struct IfExp : Expr {  // body if test else orelse
    MINIPY_AST_EXPR(IfExp)
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};

struct Dict : Expr {
    MINIPY_AST_EXPR(Dict)
    std::vector<Expr*> keys;  // nullptr key means `**values[i]`
    std::vector<Expr*> values;
};

struct Set : Expr {
    MINIPY_AST_EXPR(Set)
    std::vector<Expr*> elts;
};

struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
    bool is_async = false;
};

struct ListComp : Expr {
    MINIPY_AST_EXPR(ListComp)
    Expr* elt = nullptr;
    std::vector<Comprehension> generators;
};

struct SetComp : Expr {
    MINIPY_AST_EXPR(SetComp)
    Expr* elt = nullptr;
    std::vector<Comprehension> generators;
};

struct DictComp : Expr {
    MINIPY_AST_EXPR(DictComp)
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension> generators;
};

struct GeneratorExp : Expr {
    MINIPY_AST_EXPR(GeneratorExp)
    Expr* elt = nullptr;
    std::vector<Comprehension> generators;
};

struct Yield : Expr {
    MINIPY_AST_EXPR(Yield)
    Expr* value = nullptr;  // optional
};

struct YieldFrom : Expr {
    MINIPY_AST_EXPR(YieldFrom)
    Expr* value = nullptr;
};

struct Compare : Expr {  // left ops[0] comparators[0] ops[1] comparators[1] ...
    MINIPY_AST_EXPR(Compare)
    Expr* left = nullptr;
    std::vector<CmpOpKind> ops;
    std::vector<Expr*> comparators;
};

struct Keyword : Node {
    std::string arg;  // empty for `**value`
    Expr* value = nullptr;
};

struct Call : Expr {
    MINIPY_AST_EXPR(Call)
    Expr* func = nullptr;
    std::vector<Expr*> args;  // may contain Starred for `*x`
    std::vector<Keyword*> keywords;
};

// One `{value!conversion:format_spec}` of an f-string.
struct FormattedValue : Expr {
    MINIPY_AST_EXPR(FormattedValue)
    Expr* value = nullptr;
    int conversion = -1;          // -1 none, or 's', 'r', 'a'
    Expr* format_spec = nullptr;  // a JoinedStr, or nullptr
};

struct JoinedStr : Expr {  // an f-string: Constant(str) and FormattedValue parts
    MINIPY_AST_EXPR(JoinedStr)
    std::vector<Expr*> values;
};

enum class ConstantKind : std::uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };

struct Constant : Expr {
    MINIPY_AST_EXPR(Constant)
    ConstantKind value_kind = ConstantKind::None;
    // Int: the digits in `int_base` with prefix and underscores removed ("ff", base 16).
    // Str: the decoded value in UTF-8.  Bytes: the raw byte values.
    std::string text;
    int int_base = 10;
    double number = 0.0;  // Float and Imaginary (the imaginary part)
    bool u_prefix = false;  // Str spelled u'...' (CPython's Constant.kind == 'u')
};

struct Attribute : Expr {
    MINIPY_AST_EXPR(Attribute)
    Expr* value = nullptr;
    std::string attr;
    Context ctx = Context::Load;
};

struct Subscript : Expr {
    MINIPY_AST_EXPR(Subscript)
    Expr* value = nullptr;
    Expr* slice = nullptr;  // a Slice, a Tuple (a[1:2, 3]) or any expression
    Context ctx = Context::Load;
};

struct Starred : Expr {
    MINIPY_AST_EXPR(Starred)
    Expr* value = nullptr;
    Context ctx = Context::Load;
};

struct Name : Expr {
    MINIPY_AST_EXPR(Name)
    std::string id;
    Context ctx = Context::Load;
};

struct List : Expr {
    MINIPY_AST_EXPR(List)
    std::vector<Expr*> elts;
    Context ctx = Context::Load;
};

struct Tuple : Expr {
    MINIPY_AST_EXPR(Tuple)
    std::vector<Expr*> elts;
    Context ctx = Context::Load;
};

struct Slice : Expr {  // lower:upper:step, each optional
    MINIPY_AST_EXPR(Slice)
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

#undef MINIPY_AST_EXPR

// ----------------------------------------------------------------- statements

enum class StmtKind : std::uint8_t {
    FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If,
    With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break,
    Continue,
};

struct Stmt : Node {
    explicit Stmt(StmtKind k) : kind(k) {}
    const StmtKind kind;
};

template <class T>
T* as(Stmt* s) { return s && s->kind == T::static_kind ? static_cast<T*>(s) : nullptr; }
template <class T>
const T* as(const Stmt* s) { return s && s->kind == T::static_kind ? static_cast<const T*>(s) : nullptr; }

#define MINIPY_AST_STMT(NAME) \
    static constexpr StmtKind static_kind = StmtKind::NAME; \
    NAME() : Stmt(StmtKind::NAME) {}

using Body = std::vector<Stmt*>;

struct FunctionDef : Stmt {
    MINIPY_AST_STMT(FunctionDef)
    std::string name;
    Arguments args;
    Body body;
    std::vector<Expr*> decorator_list;
    Expr* returns = nullptr;  // annotation, optional
};

struct ClassDef : Stmt {
    MINIPY_AST_STMT(ClassDef)
    std::string name;
    std::vector<Expr*> bases;
    std::vector<Keyword*> keywords;
    Body body;
    std::vector<Expr*> decorator_list;
};

struct Return : Stmt {
    MINIPY_AST_STMT(Return)
    Expr* value = nullptr;  // optional
};

struct Delete : Stmt {
    MINIPY_AST_STMT(Delete)
    std::vector<Expr*> targets;  // Del context
};

struct Assign : Stmt {  // t1 = t2 = value
    MINIPY_AST_STMT(Assign)
    std::vector<Expr*> targets;  // Store context
    Expr* value = nullptr;
};

struct AugAssign : Stmt {
    MINIPY_AST_STMT(AugAssign)
    Expr* target = nullptr;  // Store context
    BinOpKind op{};
    Expr* value = nullptr;
};

struct AnnAssign : Stmt {  // target: annotation [= value]
    MINIPY_AST_STMT(AnnAssign)
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;  // optional
    bool simple = true;     // target is a plain Name not in parentheses
};

struct For : Stmt {
    MINIPY_AST_STMT(For)
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Body body;
    Body orelse;
};

struct While : Stmt {
    MINIPY_AST_STMT(While)
    Expr* test = nullptr;
    Body body;
    Body orelse;
};

struct If : Stmt {  // elif chains nest an If as the only statement of orelse
    MINIPY_AST_STMT(If)
    Expr* test = nullptr;
    Body body;
    Body orelse;
};

struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;  // Store context, optional
};

struct With : Stmt {
    MINIPY_AST_STMT(With)
    std::vector<WithItem> items;
    Body body;
};

struct Raise : Stmt {
    MINIPY_AST_STMT(Raise)
    Expr* exc = nullptr;    // optional (bare raise)
    Expr* cause = nullptr;  // optional (raise exc from cause)
};

struct ExceptHandler : Node {
    Expr* type = nullptr;  // optional (bare except)
    std::string name;      // empty when there is no `as name`
    Body body;
};

struct Try : Stmt {
    MINIPY_AST_STMT(Try)
    Body body;
    std::vector<ExceptHandler*> handlers;
    Body orelse;
    Body finalbody;
};

struct Assert : Stmt {
    MINIPY_AST_STMT(Assert)
    Expr* test = nullptr;
    Expr* msg = nullptr;  // optional
};

struct Alias : Node {
    std::string name;    // dotted for `import a.b`; "*" for `from m import *`
    std::string asname;  // empty when absent
};

struct Import : Stmt {
    MINIPY_AST_STMT(Import)
    std::vector<Alias*> names;
};

struct ImportFrom : Stmt {
    MINIPY_AST_STMT(ImportFrom)
    std::string module;  // empty for `from . import x`
    std::vector<Alias*> names;
    int level = 0;       // number of leading dots
};

struct Global : Stmt {
    MINIPY_AST_STMT(Global)
    std::vector<std::string> names;
};

struct Nonlocal : Stmt {
    MINIPY_AST_STMT(Nonlocal)
    std::vector<std::string> names;
};

struct ExprStmt : Stmt {  // CPython's `Expr` statement
    static constexpr StmtKind static_kind = StmtKind::Expr;
    ExprStmt() : Stmt(StmtKind::Expr) {}
    ast::Expr* value = nullptr;
};

struct Pass : Stmt { MINIPY_AST_STMT(Pass) };
struct Break : Stmt { MINIPY_AST_STMT(Break) };
struct Continue : Stmt { MINIPY_AST_STMT(Continue) };

#undef MINIPY_AST_STMT

// The root of one parse. `source` keeps the text so that errors and tracebacks
// can quote lines; `arena` owns every node reachable from `body`.
struct Module {
    std::string filename;
    std::string source;
    Body body;
    Arena arena;
};

}  // namespace minipy::ast
