word = "  Back-End  "
clean = word.strip

puts clean.upcase
puts clean.downcase
puts clean.length
puts clean.reverse
puts clean.sub("End", "Office")
puts clean.split("-").join(" + ")
puts "starts with Back" if clean.start_with?("Back")
