# An overlong encoding of "/".
x = "À¯"
