# two expressions in a list without a comma
values = [1, 2 3]
