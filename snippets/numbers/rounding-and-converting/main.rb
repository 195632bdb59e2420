price = 19.987
count = 3

puts price.round(2)
puts price.floor
puts price.ceil
puts format("%.1f", price)
puts((price * count).round(2))
puts 1_000_000 / count
puts Integer("42") + 1
puts Float("2.5") * 2
