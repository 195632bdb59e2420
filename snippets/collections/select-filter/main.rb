numbers = [1, 2, 3, 4, 5, 6]

evens = numbers.select(&:even?)
big = numbers.reject { |n| n < 4 }
first_big = numbers.find { |n| n > 4 }

puts evens.inspect
puts big.inspect
puts first_big
puts numbers.count(&:odd?)
