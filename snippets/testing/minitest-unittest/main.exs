ExUnit.start(autorun: false, formatters: [])

defmodule Calculator do
  def add(num1, num2) do
    num1 + num2
  end
end

defmodule AddTest do
  use ExUnit.Case

  test "it can add two numbers" do
    assert Calculator.add(4, 5) == 9
    assert Calculator.add(0, 3) == 3
    assert Calculator.add(4, -9) == -5
    assert Calculator.add(12, 13) == 25
  end
end

# No formatter: ExUnit prints no report, only the line below.
%{failures: failures} = ExUnit.run()
IO.puts(if failures == 0, do: "all tests passed", else: "some tests failed")
