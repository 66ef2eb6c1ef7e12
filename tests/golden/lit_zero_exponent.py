# Float literals that start with 0 and have an exponent (0e3 read as a
# binary int "3" and failed; 0e0 gave the int 0: found by fuzz_compile).
print(0e3, 0E3, 0e0, 0e-2, 0_0e3, 00e5, 0e+1, 0.e1)
print(type(0e0).__name__, 0e0 == 0, 0e3 is not None)
print(0x1F, 0o17, 0b101, 0, 00, 0_0)
for source in ["@()=()", "()=()", "x = () = 1"]:
    try:
        compile(source, "<s>", "exec")
        print(source, "compiles")
    except SyntaxError as e:
        print(source, "->", e.msg, e.offset)
