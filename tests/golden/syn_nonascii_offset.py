# A compile-time error on a line with non-ASCII text: CPython places the caret by UTF-8 bytes.
greeting = "héllo wörld"; return greeting
