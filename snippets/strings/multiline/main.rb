name = "Lin"
message = <<~TEXT
  Dear #{name},
  your order has shipped.
  Thanks!
TEXT

puts message
puts message.lines.count
