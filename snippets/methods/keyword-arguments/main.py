def describe_order(item, *, quantity=1, gift=False):
    note = " (gift)" if gift else ""
    return f"{quantity} x {item}{note}"


print(describe_order("book"))
print(describe_order("pen", quantity=3))
print(describe_order("mug", gift=True, quantity=2))
