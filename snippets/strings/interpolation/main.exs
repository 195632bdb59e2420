name = "Grace"
count = 3

IO.puts("Hello, #{name}!")
IO.puts("#{name} has #{count * 2} ideas")
IO.puts("Hello, " <> name <> "!")
IO.puts("Total: " <> Integer.to_string(count))
