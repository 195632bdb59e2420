def add(num1, num2)
  num1 + num2
end

total = add(4, 5)
puts total
puts add(0, 3)
puts add(4, -9)
puts add(12, 13)
