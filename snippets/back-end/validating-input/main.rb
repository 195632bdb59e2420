def validate(user)
  errors = []
  errors << "name is required" if user[:name].to_s.strip.empty?
  errors << "age must be a number" unless user[:age].is_a?(Integer)
  errors << "email needs an @" unless user[:email].to_s.include?("@")
  errors
end

users = [
  { name: "Ada", age: 36, email: "ada@example.com" },
  { name: " ", age: "old", email: "nope" },
]

users.each do |user|
  errors = validate(user)
  puts errors.empty? ? "valid" : errors.join("; ")
end
