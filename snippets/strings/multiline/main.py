name = "Lin"
message = f"""\
Dear {name},
your order has shipped.
Thanks!
"""

print(message, end="")
print(len(message.splitlines()))
