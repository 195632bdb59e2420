users = [
  %{name: "Ada", role: "admin"},
  %{name: "Bob", role: "guest"},
  %{name: "Cy", role: "admin"}
]

admins = users |> Enum.filter(&(&1.role == "admin")) |> Enum.map(& &1.name)
IO.puts(Enum.join(admins, ", "))

by_role = Enum.group_by(users, & &1.role)

Enum.each(by_role, fn {role, members} ->
  IO.puts("#{role}: #{length(members)}")
end)
