scores = [70, 85, 92]
scores << 60

puts scores.length
puts scores.first
puts scores.last
puts scores[1]
puts scores.sum
puts scores.sort.inspect
puts scores.inspect
