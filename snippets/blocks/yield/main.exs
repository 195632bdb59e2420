defmodule Blocks do
  def twice(action) do
    action.()
    action.()
  end

  def apply_to(numbers, transform) do
    Enum.map(numbers, fn number -> transform.(number) end)
  end
end

Blocks.twice(fn -> IO.puts("hello") end)
IO.inspect(Blocks.apply_to([1, 2, 3], fn n -> n * 10 end))
