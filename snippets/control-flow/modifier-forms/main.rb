temperature = 31
raining = false

puts "it is hot" if temperature > 30
puts "no umbrella needed" unless raining

count = 0
count += 1 while count < 5
puts count
