# a string literal without its closing quote
greeting = "hello
print(greeting)
