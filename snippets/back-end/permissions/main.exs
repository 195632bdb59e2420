defmodule Permissions do
  @permissions %{
    student: [:view_grades],
    teacher: [:view_grades, :enter_grades, :chat],
    parent: [:view_grades, :chat]
  }

  def allowed?(role, action) do
    action in Map.get(@permissions, role, [])
  end
end

requests = [
  {:student, :enter_grades},
  {:teacher, :enter_grades},
  {:parent, :chat},
  {:guest, :view_grades}
]

Enum.each(requests, fn {role, action} ->
  verdict = if Permissions.allowed?(role, action), do: "may", else: "may not"
  IO.puts("#{role} #{verdict} #{action}")
end)
