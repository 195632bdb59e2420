name = "Lin"

message = """
Dear #{name},
your order has shipped.
Thanks!
"""

IO.write(message)
message |> String.split("\n", trim: true) |> length() |> IO.puts()
