fruits = ["apple", "banana", "cherry"]

for fruit <- fruits do
  IO.puts("I like #{fruit}")
end

Enum.each(fruits, fn fruit -> IO.puts(String.upcase(fruit)) end)
