# json and deep nesting: RecursionError at CPython's depth, with its messages, when decoding and encoding
import json
for n in (100, 990, 1000, 5000):
    for doc in ('[' * n + ']' * n, '{"a":' * n + '1' + '}' * n):
        try:
            json.loads(doc); print(n, 'ok')
        except RecursionError as e:
            print(n, 'RecursionError', e)
nested = []
for _ in range(2000):
    nested = [nested]
try: json.dumps(nested)
except RecursionError as e: print('dumps', e)
try: json.dumps(nested, indent=1)
except RecursionError as e: print('dumps indent RecursionError')
