Enum.each(1..3, fn _ ->
  IO.puts("hip hip")
end)

IO.puts("hooray")

for n <- 1..3 do
  IO.puts("round #{n}")
end

Enum.each(1..10//3, &IO.puts/1)
