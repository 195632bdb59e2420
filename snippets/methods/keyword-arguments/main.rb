def describe_order(item, quantity: 1, gift: false)
  note = gift ? " (gift)" : ""
  "#{quantity} x #{item}#{note}"
end

puts describe_order("book")
puts describe_order("pen", quantity: 3)
puts describe_order("mug", gift: true, quantity: 2)
