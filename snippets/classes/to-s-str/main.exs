defmodule Point do
  defstruct [:x, :y]

  def new(x, y), do: %Point{x: x, y: y}
end

defimpl String.Chars, for: Point do
  def to_string(point) do
    "(#{point.x}, #{point.y})"
  end
end

point = Point.new(2, 3)
IO.puts(point)
IO.puts("The point is #{point}")
