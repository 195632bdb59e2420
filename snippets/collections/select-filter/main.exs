numbers = [1, 2, 3, 4, 5, 6]

evens = Enum.filter(numbers, fn n -> rem(n, 2) == 0 end)
big = Enum.reject(numbers, fn n -> n < 4 end)
first_big = Enum.find(numbers, fn n -> n > 4 end)

IO.inspect(evens)
IO.inspect(big)
IO.puts(first_big)
IO.puts(Enum.count(numbers, fn n -> rem(n, 2) == 1 end))
