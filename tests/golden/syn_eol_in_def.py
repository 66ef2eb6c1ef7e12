# an incomplete expression at the end of a line
total = 1 +
