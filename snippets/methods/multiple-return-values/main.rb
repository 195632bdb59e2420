def min_max(numbers)
  [numbers.min, numbers.max]
end

low, high = min_max([7, 2, 9, 4])
puts low
puts high
