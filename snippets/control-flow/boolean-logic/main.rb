age = 70
member = true
banned = false

if age >= 18 && member && !banned
  puts "come in"
end

if age < 12 || age > 65
  puts "discount"
else
  puts "full price"
end
