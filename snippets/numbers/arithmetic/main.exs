IO.puts(7 + 2)
IO.puts(7 - 2)
IO.puts(7 * 2)
IO.puts(div(7, 2))   # div divides to an integer
IO.puts(rem(7, 2))
IO.puts(7 ** 2)
IO.puts(7 / 2)       # / always makes a float
