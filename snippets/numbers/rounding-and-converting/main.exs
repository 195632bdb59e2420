price = 19.987
count = 3

IO.puts(Float.round(price, 2))
IO.puts(floor(price))
IO.puts(ceil(price))
IO.puts(:erlang.float_to_binary(price, decimals: 1))
IO.puts(Float.round(price * count, 2))
IO.puts(div(1_000_000, count))
IO.puts(String.to_integer("42") + 1)
IO.puts(String.to_float("2.5") * 2)
