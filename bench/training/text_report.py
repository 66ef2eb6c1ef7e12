# PGO training: text processing -- word counts, string methods, formatting.
WORDS = "the quick brown fox jumps over a lazy dog while seven wizards quietly hex jumbled pots".split()


def make_text(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 69069 + 1) % 4294967296
        word = WORDS[x % len(WORDS)]
        if x % 7 == 0:
            word = word.capitalize()
        out.append(word + ("." if x % 11 == 0 else ""))
    return " ".join(out)


def count_words(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(".,").lower()
        counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts):
    lines = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{word:<10}{n:>6} {'#' * (n // 50)}")
    return "\n".join(lines)


def sentences(text):
    return [s.strip() for s in text.split(".") if s.strip()]


total = 0
for seed in range(80):
    text = make_text(3000, seed)
    counts = count_words(text)
    total += len(report(counts))
    parts = sentences(text)
    total += sum(len(p) for p in parts) % 1000
    total += text.count("fox") + text.find("wizards") + len(text.replace("the", "THE"))
    total += len("%s-%d-%.2f" % (parts[0][:5], len(parts), len(text) / 7))
    title = "{} {}".format(parts[-1][:10].title(), seed).upper().rjust(20, "*")
    total += len(title) + title.startswith("*") + ("WIZ" in title)
print("text_report", total)
