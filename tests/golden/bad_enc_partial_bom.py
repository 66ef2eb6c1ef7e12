ï» print("a BOM cut short")
