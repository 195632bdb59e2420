name = "Grace"
count = 3

puts "Hello, #{name}!"
puts "#{name} has #{count * 2} ideas"
puts 'Hello, ' + name + '!'
puts "Total: " + count.to_s
