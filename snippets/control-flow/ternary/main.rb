stock = 0
label = stock > 0 ? "in stock" : "sold out"
puts label

count = 1
puts "#{count} #{count == 1 ? "item" : "items"}"
