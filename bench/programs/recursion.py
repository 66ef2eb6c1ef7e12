# Theme 1: recursive calls -- a fib-like function and a recursive tree walk.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def make_tree(depth, seed):
    # A binary tree of [value, left, right] lists.
    if depth == 0:
        return None
    return [seed % 97, make_tree(depth - 1, seed * 3 + 1), make_tree(depth - 1, seed * 7 + 2)]


def tree_sum(node):
    if node is None:
        return 0
    return node[0] + tree_sum(node[1]) + tree_sum(node[2])


def tree_depth_weighted(node, depth):
    if node is None:
        return 0
    return node[0] * depth + tree_depth_weighted(node[1], depth + 1) + tree_depth_weighted(node[2], depth + 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def main():
    total = fib(31)
    for seed in range(32):
        tree = make_tree(15, seed)
        total += tree_sum(tree) + tree_depth_weighted(tree, 1)
    total += ackermann(2, 400)
    print("recursion", total)


main()
