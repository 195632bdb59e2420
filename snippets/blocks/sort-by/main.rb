words = ["banana", "kiwi", "apple", "fig"]

puts words.sort.join(", ")
puts words.sort_by(&:length).join(", ")
puts words.sort_by { |word| -word.length }.join(", ")
puts words.max_by(&:length)
