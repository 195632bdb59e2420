scores = [70, 85, 92]
scores = scores ++ [60]

IO.puts(length(scores))
IO.puts(List.first(scores))
IO.puts(List.last(scores))
IO.puts(Enum.at(scores, 1))
IO.puts(Enum.sum(scores))
IO.inspect(Enum.sort(scores), charlists: :as_lists)
IO.inspect(scores, charlists: :as_lists)
