// ast.dump() in C++: Lib/ast.py's _format, node by node. Fields appear in
// the order of Parser/Python.asdl; an optional field that is None is left
// out; with include_attributes every node with positions ends with
// lineno, col_offset, end_lineno, end_col_offset.
#include "grammar/ast_dump.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string_view>

namespace minipy::grammar {

using namespace ast;

// ------------------------------------------------------------------ reprs

std::string repr_float(double value, bool imaginary) {
    if (std::isnan(value)) return imaginary ? "nanj" : "nan";
    if (std::isinf(value)) return std::string(value < 0 ? "-inf" : "inf") + (imaginary ? "j" : "");
    // The shortest digits that round-trip, then Python's 'r' layout:
    // positional for 1e-4 <= |x| < 1e16, exponent otherwise.
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    bool negative = sci[0] == '-';
    if (negative) sci.erase(0, 1);
    std::size_t e = sci.find('e');
    std::string digits = sci.substr(0, e);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    int exponent = std::stoi(sci.substr(e + 1));
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    int decpt = exponent + 1;
    std::string out = negative ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out.append(digits, 1);
        }
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += ebuf;
    } else if (decpt <= 0) {
        out += "0.";
        out.append(-decpt, '0');
        out += digits;
    } else if (decpt >= static_cast<int>(digits.size())) {
        out += digits;
        out.append(decpt - digits.size(), '0');
        if (!imaginary) out += ".0";
    } else {
        out.append(digits, 0, decpt);
        out += '.';
        out.append(digits, decpt);
    }
    if (imaginary) out += 'j';
    return out;
}

namespace {

// Decodes one UTF-8 sequence; malformed bytes come back one at a time.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > s.size()) len = 1;
    char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    return cp;
}

// str.isprintable() for the characters that matter in practice: controls,
// separators and format characters are escaped, letters and symbols kept.
bool printable(char32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp < 0x7F) return true;
    if (cp <= 0xA0 || cp == 0xAD) return false;
    if (cp >= 0x2000 && cp <= 0x200F) return false;  // spaces, zero-width marks
    if (cp >= 0x2028 && cp <= 0x202F) return false;
    if (cp >= 0x205F && cp <= 0x206F) return false;
    if (cp == 0x3000 || cp == 0xFEFF || cp == 0x1680) return false;
    if (cp >= 0xD800 && cp <= 0xF8FF) return false;  // surrogates, private use
    if (cp >= 0xFFF0 && cp <= 0xFFFB) return false;
    if ((cp & 0xFFFE) == 0xFFFE) return false;  // noncharacters U+xFFFE, U+xFFFF
    return cp <= 0x10FFFF;
}

void append_escape(std::string& out, char32_t cp) {
    char buf[16];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
    else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
    out += buf;
}

char pick_quote(const std::string& s) {
    return s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
}

}  // namespace

std::string repr_str(const std::string& s) {
    char q = pick_quote(s);
    std::string out(1, q);
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (cp == static_cast<char32_t>(q) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') out += "\\t";
        else if (cp == '\n') out += "\\n";
        else if (cp == '\r') out += "\\r";
        else if (!printable(cp)) append_escape(out, cp);
        else out.append(s, start, i - start);
    }
    return out + q;
}

std::string repr_bytes(const std::string& s) {
    char q = pick_quote(s);
    std::string out = "b";
    out += q;
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c >= 0x7F) append_escape(out, c);
        else out += static_cast<char>(c);
    }
    return out + q;
}

std::string int_to_decimal(const std::string& digits, int base) {
    if (base == 10) return digits;
    std::vector<int> dec{0};  // little-endian decimal digits
    for (char c : digits) {
        int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        int carry = d;
        for (int& x : dec) {
            int v = x * base + carry;
            x = v % 10;
            carry = v / 10;
        }
        while (carry) {
            dec.push_back(carry % 10);
            carry /= 10;
        }
    }
    std::string out;
    for (auto it = dec.rbegin(); it != dec.rend(); ++it) out += static_cast<char>('0' + *it);
    return out;
}

// ------------------------------------------------------------------ dump

namespace {

class Dumper {
public:
    explicit Dumper(bool attributes) : attributes_(attributes) {}

    std::string module(const Module& m) {
        Fields f("Module");
        f.add("body", body(m.body));
        f.add("type_ignores", "[]");
        return f.str();
    }

private:
    // One node's `Name(field=value, ...)`.
    struct Fields {
        explicit Fields(const char* name) : out(name) { out += '('; }
        void add(const char* field, const std::string& value) {
            if (!first) out += ", ";
            first = false;
            out += field;
            out += '=';
            out += value;
        }
        void opt(const char* field, const std::string& value) {
            if (!value.empty()) add(field, value);
        }
        std::string str() { return out + ')'; }
        std::string out;
        bool first = true;
    };

    void position(Fields& f, const Node& n) {
        if (!attributes_) return;
        f.add("lineno", std::to_string(n.pos.line));
        f.add("col_offset", std::to_string(n.pos.col));
        f.add("end_lineno", std::to_string(n.pos.end_line));
        f.add("end_col_offset", std::to_string(n.pos.end_col));
    }

    template <class T, class F>
    std::string list(const std::vector<T>& items, F each) {
        std::string out = "[";
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i) out += ", ";
            out += each(items[i]);
        }
        return out + "]";
    }
    std::string body(const Body& b) { return list(b, [&](const Stmt* s) { return stmt(s); }); }
    std::string exprs(const std::vector<Expr*>& v) {
        return list(v, [&](const Expr* e) { return e ? expr(e) : std::string("None"); });
    }
    std::string opt_expr(const Expr* e) { return e ? expr(e) : std::string(); }
    static std::string quote(const std::string& s) { return repr_str(s); }

    static const char* ctx(Context c) {
        return c == Context::Load ? "Load()" : c == Context::Store ? "Store()" : "Del()";
    }
    static const char* binop(BinOpKind k) {
        static const char* names[] = {"Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
                                      "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"};
        return names[static_cast<int>(k)];
    }
    static const char* unaryop(UnaryOpKind k) {
        static const char* names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
        return names[static_cast<int>(k)];
    }
    static const char* cmpop(CmpOpKind k) {
        static const char* names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()",
                                      "Is()", "IsNot()", "In()", "NotIn()"};
        return names[static_cast<int>(k)];
    }

    std::string arg(const Arg* a) {
        Fields f("arg");
        f.add("arg", quote(a->name));
        f.opt("annotation", opt_expr(a->annotation));
        position(f, *a);
        return f.str();
    }

    std::string arguments(const Arguments& a) {
        Fields f("arguments");
        auto args = [&](const std::vector<Arg*>& v) { return list(v, [&](const Arg* x) { return arg(x); }); };
        f.add("posonlyargs", args(a.posonlyargs));
        f.add("args", args(a.args));
        if (a.vararg) f.add("vararg", arg(a.vararg));
        f.add("kwonlyargs", args(a.kwonlyargs));
        f.add("kw_defaults", exprs(a.kw_defaults));
        if (a.kwarg) f.add("kwarg", arg(a.kwarg));
        f.add("defaults", exprs(a.defaults));
        return f.str();
    }

    std::string keyword(const Keyword* k) {
        Fields f("keyword");
        if (!k->arg.empty()) f.add("arg", quote(k->arg));
        f.add("value", expr(k->value));
        position(f, *k);
        return f.str();
    }

    std::string generators(const std::vector<Comprehension>& gens) {
        return list(gens, [&](const Comprehension& c) {
            Fields f("comprehension");
            f.add("target", expr(c.target));
            f.add("iter", expr(c.iter));
            f.add("ifs", exprs(c.ifs));
            f.add("is_async", c.is_async ? "1" : "0");
            return f.str();
        });
    }

    std::string constant(const Constant* c) {
        switch (c->value_kind) {
            case ConstantKind::None: return "None";
            case ConstantKind::True: return "True";
            case ConstantKind::False: return "False";
            case ConstantKind::Ellipsis: return "Ellipsis";
            case ConstantKind::Int: return int_to_decimal(c->text, c->int_base);
            case ConstantKind::Float: return repr_float(c->number);
            case ConstantKind::Imaginary: return repr_float(c->number, true);
            case ConstantKind::Str: return repr_str(c->text);
            case ConstantKind::Bytes: return repr_bytes(c->text);
        }
        return "None";
    }

    // Like Python's ast.dump, a tree nested too deeply is refused (there with
    // RecursionError) rather than overflowing the stack.
    struct DepthGuard {
        explicit DepthGuard(int& depth) : depth(depth) {
            if (++depth > kMaxDepth) throw std::runtime_error("maximum recursion depth exceeded in ast dump");
        }
        ~DepthGuard() { --depth; }
        int& depth;
    };
    static constexpr int kMaxDepth = 3000;

    std::string expr(const Expr* e) {
        DepthGuard guard(depth_);
        switch (e->kind) {
            case ExprKind::BoolOp: {
                auto* n = static_cast<const BoolOp*>(e);
                Fields f("BoolOp");
                f.add("op", n->op == BoolOpKind::And ? "And()" : "Or()");
                f.add("values", exprs(n->values));
                return finish(f, e);
            }
            case ExprKind::NamedExpr: {
                auto* n = static_cast<const NamedExpr*>(e);
                Fields f("NamedExpr");
                f.add("target", expr(n->target));
                f.add("value", expr(n->value));
                return finish(f, e);
            }
            case ExprKind::BinOp: {
                auto* n = static_cast<const BinOp*>(e);
                Fields f("BinOp");
                f.add("left", expr(n->left));
                f.add("op", binop(n->op));
                f.add("right", expr(n->right));
                return finish(f, e);
            }
            case ExprKind::UnaryOp: {
                auto* n = static_cast<const UnaryOp*>(e);
                Fields f("UnaryOp");
                f.add("op", unaryop(n->op));
                f.add("operand", expr(n->operand));
                return finish(f, e);
            }
            case ExprKind::Lambda: {
                auto* n = static_cast<const Lambda*>(e);
                Fields f("Lambda");
                f.add("args", arguments(n->args));
                f.add("body", expr(n->body));
                return finish(f, e);
            }
            case ExprKind::IfExp: {
                auto* n = static_cast<const IfExp*>(e);
                Fields f("IfExp");
                f.add("test", expr(n->test));
                f.add("body", expr(n->body));
                f.add("orelse", expr(n->orelse));
                return finish(f, e);
            }
            case ExprKind::Dict: {
                auto* n = static_cast<const Dict*>(e);
                Fields f("Dict");
                f.add("keys", exprs(n->keys));
                f.add("values", exprs(n->values));
                return finish(f, e);
            }
            case ExprKind::Set: {
                Fields f("Set");
                f.add("elts", exprs(static_cast<const Set*>(e)->elts));
                return finish(f, e);
            }
            case ExprKind::ListComp: return comprehension<ListComp>("ListComp", e);
            case ExprKind::SetComp: return comprehension<SetComp>("SetComp", e);
            case ExprKind::GeneratorExp: return comprehension<GeneratorExp>("GeneratorExp", e);
            case ExprKind::DictComp: {
                auto* n = static_cast<const DictComp*>(e);
                Fields f("DictComp");
                f.add("key", expr(n->key));
                f.add("value", expr(n->value));
                f.add("generators", generators(n->generators));
                return finish(f, e);
            }
            case ExprKind::Yield: {
                Fields f("Yield");
                f.opt("value", opt_expr(static_cast<const Yield*>(e)->value));
                return finish(f, e);
            }
            case ExprKind::YieldFrom: {
                Fields f("YieldFrom");
                f.add("value", expr(static_cast<const YieldFrom*>(e)->value));
                return finish(f, e);
            }
            case ExprKind::Compare: {
                auto* n = static_cast<const Compare*>(e);
                Fields f("Compare");
                f.add("left", expr(n->left));
                f.add("ops", list(n->ops, [](CmpOpKind k) { return std::string(cmpop(k)); }));
                f.add("comparators", exprs(n->comparators));
                return finish(f, e);
            }
            case ExprKind::Call: {
                auto* n = static_cast<const Call*>(e);
                Fields f("Call");
                f.add("func", expr(n->func));
                f.add("args", exprs(n->args));
                f.add("keywords", list(n->keywords, [&](const Keyword* k) { return keyword(k); }));
                return finish(f, e);
            }
            case ExprKind::FormattedValue: {
                auto* n = static_cast<const FormattedValue*>(e);
                Fields f("FormattedValue");
                f.add("value", expr(n->value));
                f.add("conversion", std::to_string(n->conversion));
                f.opt("format_spec", opt_expr(n->format_spec));
                return finish(f, e);
            }
            case ExprKind::JoinedStr: {
                Fields f("JoinedStr");
                f.add("values", exprs(static_cast<const JoinedStr*>(e)->values));
                return finish(f, e);
            }
            case ExprKind::Constant: {
                auto* n = static_cast<const Constant*>(e);
                Fields f("Constant");
                f.add("value", constant(n));
                if (n->u_prefix) f.add("kind", "'u'");
                return finish(f, e);
            }
            case ExprKind::Attribute: {
                auto* n = static_cast<const Attribute*>(e);
                Fields f("Attribute");
                f.add("value", expr(n->value));
                f.add("attr", quote(n->attr));
                f.add("ctx", ctx(n->ctx));
                return finish(f, e);
            }
            case ExprKind::Subscript: {
                auto* n = static_cast<const Subscript*>(e);
                Fields f("Subscript");
                f.add("value", expr(n->value));
                f.add("slice", expr(n->slice));
                f.add("ctx", ctx(n->ctx));
                return finish(f, e);
            }
            case ExprKind::Starred: {
                auto* n = static_cast<const Starred*>(e);
                Fields f("Starred");
                f.add("value", expr(n->value));
                f.add("ctx", ctx(n->ctx));
                return finish(f, e);
            }
            case ExprKind::Name: {
                auto* n = static_cast<const Name*>(e);
                Fields f("Name");
                f.add("id", quote(n->id));
                f.add("ctx", ctx(n->ctx));
                return finish(f, e);
            }
            case ExprKind::List: {
                auto* n = static_cast<const List*>(e);
                Fields f("List");
                f.add("elts", exprs(n->elts));
                f.add("ctx", ctx(n->ctx));
                return finish(f, e);
            }
            case ExprKind::Tuple: {
                auto* n = static_cast<const Tuple*>(e);
                Fields f("Tuple");
                f.add("elts", exprs(n->elts));
                f.add("ctx", ctx(n->ctx));
                return finish(f, e);
            }
            case ExprKind::Slice: {
                auto* n = static_cast<const Slice*>(e);
                Fields f("Slice");
                f.opt("lower", opt_expr(n->lower));
                f.opt("upper", opt_expr(n->upper));
                f.opt("step", opt_expr(n->step));
                return finish(f, e);
            }
        }
        return "?";
    }

    template <class T>
    std::string comprehension(const char* name, const Expr* e) {
        auto* n = static_cast<const T*>(e);
        Fields f(name);
        f.add("elt", expr(n->elt));
        f.add("generators", generators(n->generators));
        return finish(f, e);
    }

    std::string finish(Fields& f, const Node* n) {
        position(f, *n);
        return f.str();
    }

    std::string handler(const ExceptHandler* h) {
        Fields f("ExceptHandler");
        f.opt("type", opt_expr(h->type));
        if (!h->name.empty()) f.add("name", quote(h->name));
        f.add("body", body(h->body));
        return finish(f, h);
    }

    std::string alias(const Alias* a) {
        Fields f("alias");
        f.add("name", quote(a->name));
        if (!a->asname.empty()) f.add("asname", quote(a->asname));
        return finish(f, a);
    }

    std::string names(const std::vector<std::string>& v) {
        return list(v, [](const std::string& s) { return repr_str(s); });
    }

    std::string stmt(const Stmt* s) {
        DepthGuard guard(depth_);
        switch (s->kind) {
            case StmtKind::FunctionDef: {
                auto* n = static_cast<const FunctionDef*>(s);
                Fields f("FunctionDef");
                f.add("name", quote(n->name));
                f.add("args", arguments(n->args));
                f.add("body", body(n->body));
                f.add("decorator_list", exprs(n->decorator_list));
                f.opt("returns", opt_expr(n->returns));
                return finish(f, s);
            }
            case StmtKind::ClassDef: {
                auto* n = static_cast<const ClassDef*>(s);
                Fields f("ClassDef");
                f.add("name", quote(n->name));
                f.add("bases", exprs(n->bases));
                f.add("keywords", list(n->keywords, [&](const Keyword* k) { return keyword(k); }));
                f.add("body", body(n->body));
                f.add("decorator_list", exprs(n->decorator_list));
                return finish(f, s);
            }
            case StmtKind::Return: {
                Fields f("Return");
                f.opt("value", opt_expr(static_cast<const Return*>(s)->value));
                return finish(f, s);
            }
            case StmtKind::Delete: {
                Fields f("Delete");
                f.add("targets", exprs(static_cast<const Delete*>(s)->targets));
                return finish(f, s);
            }
            case StmtKind::Assign: {
                auto* n = static_cast<const Assign*>(s);
                Fields f("Assign");
                f.add("targets", exprs(n->targets));
                f.add("value", expr(n->value));
                return finish(f, s);
            }
            case StmtKind::AugAssign: {
                auto* n = static_cast<const AugAssign*>(s);
                Fields f("AugAssign");
                f.add("target", expr(n->target));
                f.add("op", binop(n->op));
                f.add("value", expr(n->value));
                return finish(f, s);
            }
            case StmtKind::AnnAssign: {
                auto* n = static_cast<const AnnAssign*>(s);
                Fields f("AnnAssign");
                f.add("target", expr(n->target));
                f.add("annotation", expr(n->annotation));
                f.opt("value", opt_expr(n->value));
                f.add("simple", n->simple ? "1" : "0");
                return finish(f, s);
            }
            case StmtKind::For: {
                auto* n = static_cast<const For*>(s);
                Fields f("For");
                f.add("target", expr(n->target));
                f.add("iter", expr(n->iter));
                f.add("body", body(n->body));
                f.add("orelse", body(n->orelse));
                return finish(f, s);
            }
            case StmtKind::While: {
                auto* n = static_cast<const While*>(s);
                Fields f("While");
                f.add("test", expr(n->test));
                f.add("body", body(n->body));
                f.add("orelse", body(n->orelse));
                return finish(f, s);
            }
            case StmtKind::If: {
                auto* n = static_cast<const If*>(s);
                Fields f("If");
                f.add("test", expr(n->test));
                f.add("body", body(n->body));
                f.add("orelse", body(n->orelse));
                return finish(f, s);
            }
            case StmtKind::With: {
                auto* n = static_cast<const With*>(s);
                Fields f("With");
                f.add("items", list(n->items, [&](const WithItem& w) {
                    Fields item("withitem");
                    item.add("context_expr", expr(w.context_expr));
                    item.opt("optional_vars", opt_expr(w.optional_vars));
                    return item.str();
                }));
                f.add("body", body(n->body));
                return finish(f, s);
            }
            case StmtKind::Raise: {
                auto* n = static_cast<const Raise*>(s);
                Fields f("Raise");
                f.opt("exc", opt_expr(n->exc));
                f.opt("cause", opt_expr(n->cause));
                return finish(f, s);
            }
            case StmtKind::Try: {
                auto* n = static_cast<const Try*>(s);
                Fields f("Try");
                f.add("body", body(n->body));
                f.add("handlers", list(n->handlers, [&](const ExceptHandler* h) { return handler(h); }));
                f.add("orelse", body(n->orelse));
                f.add("finalbody", body(n->finalbody));
                return finish(f, s);
            }
            case StmtKind::Assert: {
                auto* n = static_cast<const Assert*>(s);
                Fields f("Assert");
                f.add("test", expr(n->test));
                f.opt("msg", opt_expr(n->msg));
                return finish(f, s);
            }
            case StmtKind::Import: {
                Fields f("Import");
                f.add("names", list(static_cast<const Import*>(s)->names, [&](const Alias* a) { return alias(a); }));
                return finish(f, s);
            }
            case StmtKind::ImportFrom: {
                auto* n = static_cast<const ImportFrom*>(s);
                Fields f("ImportFrom");
                if (!n->module.empty()) f.add("module", quote(n->module));
                f.add("names", list(n->names, [&](const Alias* a) { return alias(a); }));
                f.add("level", std::to_string(n->level));
                return finish(f, s);
            }
            case StmtKind::Global: {
                Fields f("Global");
                f.add("names", names(static_cast<const Global*>(s)->names));
                return finish(f, s);
            }
            case StmtKind::Nonlocal: {
                Fields f("Nonlocal");
                f.add("names", names(static_cast<const Nonlocal*>(s)->names));
                return finish(f, s);
            }
            case StmtKind::Expr: {
                Fields f("Expr");
                f.add("value", expr(static_cast<const ExprStmt*>(s)->value));
                return finish(f, s);
            }
            case StmtKind::Pass: { Fields f("Pass"); return finish(f, s); }
            case StmtKind::Break: { Fields f("Break"); return finish(f, s); }
            case StmtKind::Continue: { Fields f("Continue"); return finish(f, s); }
        }
        return "?";
    }

    bool attributes_;
    int depth_ = 0;
};

}  // namespace

std::string dump(const Module& module, bool include_attributes) { return Dumper(include_attributes).module(module); }

}  // namespace minipy::grammar
