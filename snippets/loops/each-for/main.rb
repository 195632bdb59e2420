fruits = ["apple", "banana", "cherry"]

fruits.each do |fruit|
  puts "I like #{fruit}"
end

fruits.each { |fruit| puts fruit.upcase }
