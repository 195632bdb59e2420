def greet(name, greeting = "Hello")
  "#{greeting}, #{name}!"
end

puts greet("Ada")
puts greet("Ada", "Welcome")
