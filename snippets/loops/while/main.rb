count = 3

while count > 0
  puts count
  count -= 1
end

puts "liftoff"
