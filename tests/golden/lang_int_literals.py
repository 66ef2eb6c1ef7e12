# Integer literals in every base, with underscores.
print(0, 7, 42, 1234567890)
print(0x1F, 0XfF, 0x_dead_beef)
print(0o17, 0O777, 0o_1_2)
print(0b1010, 0B11111111, 0b_1_0)
print(1_000_000, 0_0, 00)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(-0, -1, +5, - -3)
print(type(10), type(0x10))
print(2**64, -2**63, 2**100 // 3)
print(int("0x1f", 16), int("1_000"), int("  -42  "))
print(int("z", 36), int("0b101", 0), int("0o17", 0))
for text in ["", "1.5", "12a", "0x"]:
    try:
        int(text)
    except ValueError as e:
        print(type(e).__name__, e)
print(True + 1, False * 10)
