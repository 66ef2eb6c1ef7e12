# Extra: a class hierarchy built through super().__init__ chains --
# a small scene of widgets (cooperative __init__ with **kwargs through
# mixins, four levels deep), overridden methods that extend the parent's
# result with super(), and per-frame layout/render/hit-test calls.

class Node:
    count = 0

    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.children = []
        Node.count += 1

    def add(self, child):
        self.children.append(child)
        return child

    def size(self):
        return 0, 0

    def render(self, depth):
        out = len(self.name) + depth
        for c in self.children:
            out += c.render(depth + 1)
        return out


class Positioned:
    def __init__(self, x=0, y=0, **kwargs):
        super().__init__(**kwargs)
        self.x = x
        self.y = y

    def contains(self, px, py):
        w, h = self.size()
        return self.x <= px < self.x + w and self.y <= py < self.y + h


class Styled:
    def __init__(self, colour="black", border=0, **kwargs):
        super().__init__(**kwargs)
        self.colour = colour
        self.border = border

    def style_cost(self):
        return len(self.colour) + self.border


class Widget(Node, Positioned, Styled):
    def __init__(self, name, width=10, height=2, **kwargs):
        super().__init__(name=name, **kwargs)
        self.width = width
        self.height = height

    def size(self):
        return self.width + 2 * self.border, self.height + 2 * self.border

    def render(self, depth):
        return super().render(depth) + self.style_cost()


class Label(Widget):
    def __init__(self, name, text, **kwargs):
        super().__init__(name, width=len(text), height=1, **kwargs)
        self.text = text

    def render(self, depth):
        return super().render(depth) + len(self.text)


class Button(Label):
    def __init__(self, name, text, action, **kwargs):
        super().__init__(name, "[" + text + "]", border=1, **kwargs)
        self.action = action
        self.clicks = 0

    def click(self):
        self.clicks += 1
        return self.action(self.clicks)

    def render(self, depth):
        return super().render(depth) * 2


class IconButton(Button):
    def __init__(self, name, text, action, icon, **kwargs):
        super().__init__(name, text, action, **kwargs)
        self.icon = icon

    def size(self):
        w, h = super().size()
        return w + 2, h


class Panel(Widget):
    def __init__(self, name, **kwargs):
        super().__init__(name, **kwargs)

    def size(self):
        w, h = 0, 0
        for c in self.children:
            cw, ch = c.size()
            w = max(w, cw)
            h += ch
        return w, h

    def layout(self):
        y = self.y
        for c in self.children:
            c.x = self.x
            c.y = y
            y += c.size()[1]


def build(seed):
    root = Panel("root", colour="white")
    for i in range(6):
        panel = root.add(Panel("panel%d" % i, x=0, y=i * 20, colour="grey"))
        for j in range(8):
            k = (seed + i * 8 + j) % 4
            if k == 0:
                panel.add(Label("l%d" % j, "label %d" % j, colour="blue"))
            elif k == 1:
                panel.add(Button("b%d" % j, "ok", lambda n: n * 2, colour="green"))
            elif k == 2:
                panel.add(IconButton("i%d" % j, "go", lambda n: n + 1, "*"))
            else:
                panel.add(Widget("w%d" % j, width=5 + j, height=1 + j % 3, border=j % 2))
    return root


def main():
    total = 0
    for scene in range(640):
        root = build(scene)
        for frame in range(12):
            for panel in root.children:
                panel.layout()
            total += root.render(0)
            w, h = root.size()
            total += w + h
            for panel in root.children:
                for child in panel.children:
                    if child.contains(frame, panel.y + frame % 9) and isinstance(child, Button):
                        total += child.click()
    print("super_chain", total, Node.count)


main()
