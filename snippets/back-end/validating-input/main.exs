defmodule Validator do
  def validate(user) do
    checks = [
      {String.trim(to_string(user[:name])) == "", "name is required"},
      {not is_integer(user[:age]), "age must be a number"},
      {not String.contains?(to_string(user[:email]), "@"), "email needs an @"}
    ]

    for {true, message} <- checks, do: message
  end
end

users = [
  %{name: "Ada", age: 36, email: "ada@example.com"},
  %{name: " ", age: "old", email: "nope"}
]

Enum.each(users, fn user ->
  errors = Validator.validate(user)
  IO.puts(if errors == [], do: "valid", else: Enum.join(errors, "; "))
end)
