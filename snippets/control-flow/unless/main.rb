logged_in = false
cart = []

unless logged_in
  puts "please log in"
end

unless cart.empty?
  puts "checking out"
end

puts "done"
