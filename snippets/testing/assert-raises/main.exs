ExUnit.start(autorun: false, formatters: [])

defmodule Calculator do
  def divide(a, b) do
    if b == 0, do: raise(ArgumentError, "b must not be zero")

    div(a, b)
  end
end

defmodule DivideTest do
  use ExUnit.Case

  test "divides" do
    assert Calculator.divide(8, 2) == 4
  end

  test "rejects zero" do
    error = assert_raise ArgumentError, fn -> Calculator.divide(1, 0) end
    assert error.message == "b must not be zero"
  end
end

%{failures: failures} = ExUnit.run()
IO.puts(if failures == 0, do: "all tests passed", else: "some tests failed")
