defmodule Numbers do
  def square(number) do
    number * number
  end

  def sign(0), do: "zero"

  def sign(number) do
    if number > 0, do: "positive", else: "negative"
  end
end

IO.puts(Numbers.square(6))
IO.puts(Numbers.sign(0))
IO.puts(Numbers.sign(-3))
