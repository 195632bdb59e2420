def square(number)
  number * number
end

def sign(number)
  return "zero" if number.zero?

  number.positive? ? "positive" : "negative"
end

puts square(6)
puts sign(0)
puts sign(-3)
