square = ->(x) { x * x }
add = lambda { |a, b| a + b }

puts square.call(4)
puts square.(5)
puts add.call(2, 3)
