attempts = 0

loop do
  attempts += 1
  puts "attempt #{attempts}"
  break if attempts == 3
end
