# Theme 7: string building -- str(int), +=, join, split, find, replace,
# f-strings and str.format.

def main():
    total = 0
    for rnd in range(140):
        s = ""
        for i in range(5000):
            s += str(i * rnd)
            s += ","
        total += len(s)
        parts = s.split(",")
        total += len(parts)
        joined = "-".join(parts)
        total += len(joined)
        total += joined.find("4999") + joined.find("zzz") + joined.rfind("-1")
        replaced = joined.replace("-", "::")
        total += len(replaced) + replaced.count("::")
        lines = []
        for i in range(4000):
            lines.append(f"{i:5d}|{i * 1.5:8.2f}|{i:x}|{'ab' * (i % 3)}")
        text = "\n".join(lines)
        total += len(text)
        for line in text.splitlines()[::37]:
            fields = line.split("|")
            total += int(fields[0]) + len(fields[1].strip()) + int(fields[2], 16)
        fmt = []
        for i in range(3000):
            fmt.append("{0}:{1:>6}:{2:.3f}".format(i, "x" * (i % 4), i / 7))
        blob = ";".join(fmt)
        total += len(blob) + blob.count("xx")
        words = ("alpha beta gamma delta epsilon zeta eta theta " * 300).split()
        caps = [w.upper() for w in words if w.startswith(("a", "e", "z"))]
        total += len(caps) + len(" ".join(caps))
        total += sum(ord(c) for c in "".join(words[:400]))
        t = "The quick brown fox jumps over the lazy dog. " * 200
        total += t.lower().count("the") + len(t.strip().title()) + t.index("lazy")
        pieces = [c for c in t[:2000] if c.isalpha()]
        total += len("".join(reversed(pieces)))
        total += len("%d-%s-%.2f" % (rnd, "p" * rnd, rnd / 3))
    print("strings", total)


main()
