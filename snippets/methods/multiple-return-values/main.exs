defmodule Stats do
  def min_max(numbers) do
    {Enum.min(numbers), Enum.max(numbers)}
  end
end

{low, high} = Stats.min_max([7, 2, 9, 4])
IO.puts(low)
IO.puts(high)
