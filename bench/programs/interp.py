# Extra: a small tokenizer, recursive-descent parser and stack-machine
# interpreter for arithmetic programs (string scanning, dispatch on str).

def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%()=;<":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError("bad char " + c)
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.code = []

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def program(self):
        # program -> (name '=' expr ';')*
        while self.peek()[0] != "end":
            name = self.take()[1]
            self.take()  # '='
            self.expr()
            self.code.append(("store", name))
            self.take()  # ';'
        return self.code

    def expr(self):
        # expr -> term (('+' | '-' | '<') term)*
        self.term()
        while self.peek()[1] in ("+", "-", "<"):
            op = self.take()[1]
            self.term()
            self.code.append(("bin", op))

    def term(self):
        # term -> atom (('*' | '/' | '%') atom)*
        self.atom()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            self.atom()
            self.code.append(("bin", op))

    def atom(self):
        # atom -> num | name | '(' expr ')' | '-' atom
        kind, value = self.take()
        if kind == "num":
            self.code.append(("push", value))
        elif kind == "name":
            self.code.append(("load", value))
        elif value == "(":
            self.expr()
            self.take()
        elif value == "-":
            self.atom()
            self.code.append(("neg", None))


def run(code, env):
    stack = []
    for op, arg in code:
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "neg":
            stack.append(-stack.pop())
        else:
            b = stack.pop()
            a = stack.pop()
            if arg == "+":
                stack.append(a + b)
            elif arg == "-":
                stack.append(a - b)
            elif arg == "*":
                stack.append(a * b)
            elif arg == "/":
                stack.append(a // b if b else 0)
            elif arg == "%":
                stack.append(a % b if b else 0)
            else:
                stack.append(1 if a < b else 0)
    return env


def make_source(k):
    lines = ["a = %d;" % (k + 3), "b = %d;" % (k * 7 + 1), "c = 0;"]
    for i in range(60):
        lines.append("c = (c * 31 + a * %d - b %% %d) %% 1000003;" % (i + 1, i + 2))
        lines.append("a = a + (c < %d) * %d - -b / 7;" % (i * 1000, i))
        lines.append("b = (b + c) % 65536;")
    return "\n".join(lines)


def main():
    total = 0
    for k in range(400):
        src = make_source(k)
        code = Parser(tokenize(src)).program()
        for rep in range(6):
            env = run(code, {})
            total += env["a"] + env["b"] + env["c"] + rep
        total += len(code)
    print("interp", total)


main()
