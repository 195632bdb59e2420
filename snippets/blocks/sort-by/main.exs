words = ["banana", "kiwi", "apple", "fig"]

IO.puts(words |> Enum.sort() |> Enum.join(", "))
IO.puts(words |> Enum.sort_by(&String.length/1) |> Enum.join(", "))
IO.puts(words |> Enum.sort_by(&(-String.length(&1))) |> Enum.join(", "))
IO.puts(Enum.max_by(words, &String.length/1))
