puts "Hello"
puts "one", "two"
print "no newline, "
print "then one\n"
p 42
p [1, 2, 3]
