# yield outside a function
yield 5
