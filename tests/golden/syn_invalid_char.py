# a character that cannot start a token
x = 5 $ 3
