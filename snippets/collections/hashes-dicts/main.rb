ages = { ada: 36, grace: 45 }
ages[:linus] = 28

puts ages[:ada]
puts ages.fetch(:bob, 0)
puts ages.size

ages.each do |name, age|
  puts "#{name} is #{age}"
end
