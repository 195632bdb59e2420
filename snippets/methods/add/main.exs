defmodule Calculator do
  def add(num1, num2) do
    num1 + num2
  end
end

total = Calculator.add(4, 5)
IO.puts(total)
IO.puts(Calculator.add(0, 3))
IO.puts(Calculator.add(4, -9))
IO.puts(Calculator.add(12, 13))
