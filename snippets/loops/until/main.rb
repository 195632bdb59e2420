balance = 0

until balance >= 100
  balance += 30
  puts balance
end
