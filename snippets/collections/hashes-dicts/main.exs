ages = %{ada: 36, grace: 45}
ages = Map.put(ages, :linus, 28)

IO.puts(ages[:ada])
IO.puts(Map.get(ages, :bob, 0))
IO.puts(map_size(ages))

Enum.each(ages, fn {name, age} ->
  IO.puts("#{name} is #{age}")
end)
