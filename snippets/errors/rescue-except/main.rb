begin
  puts Integer("12a")
rescue ArgumentError
  puts "not a number"
end

begin
  puts 10 / 0
rescue ZeroDivisionError => error
  puts "caught #{error.class}"
end
