def twice
  yield
  yield
end

def apply_to(numbers)
  numbers.map { |number| yield number }
end

twice { puts "hello" }
puts apply_to([1, 2, 3]) { |n| n * 10 }.inspect
