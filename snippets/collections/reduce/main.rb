prices = [12, 30, 8]

total = prices.sum
product = prices.reduce(1) { |acc, price| acc * price }
longest = ["tea", "coffee", "water"].max_by(&:length)

puts total
puts product
puts longest
