3.times do
  puts "hip hip"
end
puts "hooray"

(1..3).each do |n|
  puts "round #{n}"
end

1.step(10, 3) { |n| puts n }
