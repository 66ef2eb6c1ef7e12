# Subclassing json.JSONEncoder and JSONDecoder, json.dump/load through real files, round trips
import json

class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"__money__": [o.amount, o.currency]}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

def money_hook(d):
    if "__money__" in d:
        return Money(*d["__money__"])
    return d

wallet = {"cash": Money(12.5, "EUR"), "cards": {"visa", "amex"}, "count": 2}
text = json.dumps(wallet, cls=MoneyEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=money_hook)
print(back, back["cash"] == wallet["cash"])
print(MoneyEncoder(indent=2).encode([Money(1, "USD")]))
try:
    json.dumps({"when": object()}, cls=MoneyEncoder)
except TypeError as e:
    print("TypeError:", e)

class CountingDecoder(json.JSONDecoder):
    def __init__(self, **kwargs):
        self.objects = 0
        super().__init__(object_hook=self.count, **kwargs)
    def count(self, d):
        self.objects += 1
        return d
dec = CountingDecoder()
print(dec.decode('[{"a": {}}, {}]'), dec.objects)
print(json.loads('{"a": {"b": {}}}', cls=CountingDecoder))

class UpperKeys(json.JSONDecoder):
    def decode(self, s):
        result = super().decode(s)
        return {k.upper(): v for k, v in result.items()}
print(json.loads('{"a": 1, "b": 2}', cls=UpperKeys))

# An encoder whose iterencode output is consumed piece by piece.
enc = json.JSONEncoder(separators=(",", ":"))
print(list(enc.iterencode({"a": [1, {"b": None}]})))
print(json.JSONEncoder(default=str).encode({"obj": Money(1, "X")}))

# A real file.
path = "/tmp/minipy_golden_mod_json_subclass.json"
record = {"name": "caf\u00e9", "values": [1, 2.5, None, True], "nested": {"k": ["v"]}}
with open(path, "w") as f:
    json.dump(record, f, indent=2, ensure_ascii=False)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f) == record)

# Round trips keep values but not every type.
for value in [(1, 2), {1: "one"}, [1.0, 2], "\u2603", {"nested": [[], {}]}]:
    print(repr(value), "->", json.dumps(value, ensure_ascii=False), "->", repr(json.loads(json.dumps(value))))
