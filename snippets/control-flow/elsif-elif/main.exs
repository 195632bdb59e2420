score = 82

cond do
  score >= 90 -> IO.puts("A")
  score >= 80 -> IO.puts("B")
  score >= 70 -> IO.puts("C")
  true -> IO.puts("try again")
end
