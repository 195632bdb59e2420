logged_in = false
cart = []

unless logged_in do
  IO.puts("please log in")
end

unless Enum.empty?(cart) do
  IO.puts("checking out")
end

IO.puts("done")
