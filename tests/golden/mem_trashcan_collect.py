# A __del__ that starts a collection while a long chain is being destroyed.
# Destructions nested too deep wait their turn (the "trashcan") outside the
# collector's lists: with no references left they would otherwise look like
# garbage to that collection, which would destroy them a second time.
import gc

deleted = 0
saved = []

class Node:
    def __init__(self, a, b=None, keep=False):
        self.a = a
        self.b = b
        self.keep = keep

    def __del__(self):
        global deleted
        deleted += 1
        if self.keep:
            saved.append(self)  # resurrected: it must stay tracked
        gc.collect()

def chain(n, keep_at):
    head = None
    for i in range(n):
        head = Node(head, keep=(i == keep_at))
    return head

# The long chain goes first, so the second branch's __del__ (and its
# collection) runs while the chain's deepest nodes are still waiting.
root = Node(chain(400, keep_at=10), Node(None))
root = None
print("deleted", deleted)
print("resurrected", len(saved), gc.is_tracked(saved[0]), saved[0].a is not None)
saved[0].a = None
saved.clear()
print("collected", gc.collect() >= 0, "deleted", deleted)
