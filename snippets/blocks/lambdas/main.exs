square = fn x -> x * x end
add = &(&1 + &2)

IO.puts(square.(4))
IO.puts(square.(5))
IO.puts(add.(2, 3))
