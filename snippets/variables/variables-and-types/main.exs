name = "Ada"       # a string (binary)
age = 36           # an integer
height = 1.65      # a float
learning = true    # true or false
nickname = nil     # no value at all

IO.puts(name)
IO.puts(age + 1)
IO.puts(height * 2)
if learning, do: IO.puts("still learning")
IO.puts(nickname || "no nickname")
