# A mixed program: a linked list class with dunders, memoised recursion, word counts,
# generator pipelines, an abstract base with sorting, matrix transpose, formatting.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList(" + ", ".join(map(repr, self)) + ")"
    def __contains__(self, value):
        return any(v == value for v in self)
    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("index out of range")
ll = LinkedList(1, 2, 3)
print(ll, len(ll), 2 in ll, 5 in ll, ll[0], ll[-1], list(ll), sum(ll))
ll.push(0)
print(ll.pop(), ll.pop(), ll)
try:
    LinkedList().pop()
except IndexError as e:
    print("error:", e)
try:
    ll[10]
except IndexError as e:
    print("error:", e)
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result
print(fib(90), len(memo))
def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!?")
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(word_counts("The cat sat. The cat ran! A dog sat?"))
def pipeline(numbers):
    evens = (n for n in numbers if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline(range(10)))
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
shapes = [Circle(1), Square(2), Circle(0.5), Square(1.5)]
print(sorted(shapes), max(shapes), min(shapes))
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = list(zip(*matrix))
print(transposed, [sum(row) for row in matrix], [list(col) for col in zip(*matrix)][::-1])
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        opening = stack.pop()
        print(opening + ch, end=" ")
print("balanced" if not stack else "unbalanced")
grades = {"ann": [90, 85], "bob": [70], "cid": []}
for name, scores in grades.items():
    try:
        avg = sum(scores) / len(scores)
    except ZeroDivisionError:
        avg = None
    print(f"{name:>5}: {avg if avg is None else round(avg, 1)}")
inventory = {"apple": 3}
inventory.setdefault("pear", 0)
inventory["apple"] -= 1
inventory.update(kiwi=5)
print(inventory, {k: v for k, v in inventory.items() if v}, list(inventory))
text = "Hello, World"
print(text[::-1], text.swapcase(), text.count("l"), text.find("World"), text.replace("l", "L", 2))
print("-".join(sorted(set("mississippi"))), "".join(c for c in text if c.isalpha()))
nums = [5, 3, 8, 1]
nums.sort()
print(nums, nums.index(8), sorted(nums, reverse=True), nums[-2:], nums * 2)
print(divmod(17, 5), 17 // 5, 17 % 5, -17 // 5, round(2.5), round(3.5), abs(-7.25))
print(f"{1234567.891:,.2f} {0.25:.1%} {42:08b} {255:#x} {'left':<8}|{'right':>8}|{'mid':^9}|")
