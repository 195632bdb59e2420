prices = [12, 30, 8]

total = Enum.sum(prices)
product = Enum.reduce(prices, 1, fn price, acc -> acc * price end)
longest = Enum.max_by(["tea", "coffee", "water"], &String.length/1)

IO.puts(total)
IO.puts(product)
IO.puts(longest)
