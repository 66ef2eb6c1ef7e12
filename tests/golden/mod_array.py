# array.array as scripts use it: compact numeric sequences, conversions to
# and from bytes and lists, slicing, arithmetic on sequences.
from array import array
import array as array_module

nums = array("i", [3, 1, 4, 1, 5, 9, 2, 6])
print(nums, len(nums), nums[0], nums[-1], nums.typecode, nums.itemsize)
print(nums[2:5], nums[::2], nums[::-1], nums[10:], sum(nums), max(nums), sorted(nums))
nums.append(5)
nums.extend([3, 5])
nums.extend(array("i", [8]))
nums.insert(0, 0)
nums.insert(-1, 7)
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(1)
print(nums, nums.index(1), nums.index(5, 4), nums.count(5), 9 in nums, 10 in nums)
nums.reverse()
print(nums, nums.tolist())

# Item assignment, slices and slice assignment.
nums[0] = 42
nums[1:3] = array("i", [7, 7, 7])
print(nums)
nums[::2] = array("i", [0] * len(nums[::2]))
print(nums)
del nums[1]
del nums[::3]
print(nums)
nums[2:2] = nums
print(nums)
nums[:] = array("i")
print(nums, len(nums), bool(nums))

# Arithmetic and comparisons.
a = array("h", [1, 2])
b = array("h", [3])
print(a + b, a * 3, 2 * b, a * 0, a == array("h", [1, 2]), a != b, a < b, a <= a, b > a)
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("b", [1]) == [1], array("i") == array("i"))
a += b
a *= 2
print(a)

# Floats and text.
f = array("d", [0.5, -1.25])
f.append(3)
print(f, f[2], f.tolist(), array("f", [0.1, 1 / 3]))
u = array("u", "hello")
u.append("!")
u.extend("é☃")
print(u, u.tounicode(), u[1], u[1:3], u.itemsize)
u.fromunicode("xyz")
print(u.tounicode())

# Bytes round trips.
data = array("H", [1, 2, 0xABCD])
raw = data.tobytes()
print(raw, len(raw))
back = array("H")
back.frombytes(raw)
print(back, back == data)
back.byteswap()
print(back, array("b", raw), array("B", b"\x00\xff"))
back.fromlist([7, 8])
print(back, back.buffer_info()[1], type(back.buffer_info()[0]).__name__)

# Every typecode.
for code in array_module.typecodes:
    value = "z" if code == "u" else 1
    arr = array(code, [value, value])
    print(code, arr.itemsize, arr, arr.tobytes())
print(array_module.typecodes, array_module.ArrayType is array)
print(array("Q", [2**64 - 1]), array("q", [-2**63]), array("L", [2**63]), array("b", [-128, 127]))

# Construction from other iterables and arrays.
print(array("i", range(5)), array("d", (1, 2)), array("i", (x * x for x in range(4))), array("d", array("i", [1, 2])))
print(array("i", array("i", [9])), array("b", b"\x01\x02"), array("i", iter([])))

# Iteration, copies, a subclass.
it = iter(array("b", [1, 2, 3]))
print(type(it).__name__, next(it), list(it), list(it))
import copy
c = copy.copy(data)
d = copy.deepcopy(data)
print(c, d, c is data, c == data)

class Vector(array):
    def norm2(self):
        return sum(x * x for x in self)

v = Vector("d", [3, 4])
v.label = "v"
print(v, v.norm2(), v.label, type(v[:]).__name__, type(v + v).__name__, isinstance(v, array))

# A right operand that handles + and * itself gets its chance.
class Other:
    def __radd__(self, left):
        return "radd"

    def __rmul__(self, left):
        return "rmul"

print(array("i") + Other(), array("i") * Other())
