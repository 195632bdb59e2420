age = 12

if rem(age, 2) == 1 do
  IO.puts("age is odd")
else
  IO.puts("age is even")
end
