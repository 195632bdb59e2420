users = [
  { name: "Ada", role: "admin" },
  { name: "Bob", role: "guest" },
  { name: "Cy", role: "admin" },
]

admins = users.select { |user| user[:role] == "admin" }.map { |user| user[:name] }
puts admins.join(", ")

by_role = users.group_by { |user| user[:role] }
by_role.each do |role, members|
  puts "#{role}: #{members.size}"
end
