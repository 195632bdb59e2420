age = 70
member = true
banned = false

if age >= 18 and member and not banned do
  IO.puts("come in")
end

if age < 12 or age > 65 do
  IO.puts("discount")
else
  IO.puts("full price")
end
