numbers = [3, -1, 4, 0, 5, 9]

numbers.each do |number|
  next if number < 0
  break if number == 0

  puts number
end
