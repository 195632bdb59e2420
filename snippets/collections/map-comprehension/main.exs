prices = [10, 25, 40]

doubled = Enum.map(prices, fn price -> price * 2 end)
labels = for price <- prices, do: "$#{price}"

IO.inspect(doubled)
IO.puts(Enum.join(labels, ", "))
