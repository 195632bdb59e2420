puts 7 + 2
puts 7 - 2
puts 7 * 2
puts 7 / 2     # two integers: an integer
puts 7 % 2
puts 7 ** 2
puts 7 / 2.0   # a float makes a float
