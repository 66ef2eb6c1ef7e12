# := with an attribute target
(obj.attr := 5)
