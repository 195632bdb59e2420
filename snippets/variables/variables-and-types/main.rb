name = "Ada"       # a String
age = 36           # an Integer
height = 1.65      # a Float
learning = true    # true or false
nickname = nil     # no value at all

puts name
puts age + 1
puts height * 2
puts "still learning" if learning
puts nickname || "no nickname"
