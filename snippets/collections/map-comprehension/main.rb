prices = [10, 25, 40]

doubled = prices.map { |price| price * 2 }
labels = prices.map { |price| "$#{price}" }

puts doubled.inspect
puts labels.join(", ")
