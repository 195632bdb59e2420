word = "  Back-End  "
clean = String.trim(word)

IO.puts(String.upcase(clean))
IO.puts(String.downcase(clean))
IO.puts(String.length(clean))
IO.puts(String.reverse(clean))
IO.puts(String.replace(clean, "End", "Office", global: false))
IO.puts(clean |> String.split("-") |> Enum.join(" + "))
if String.starts_with?(clean, "Back"), do: IO.puts("starts with Back")
