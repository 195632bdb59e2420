defmodule Countdown do
  def count_down(count) when count > 0 do
    IO.puts(count)
    count_down(count - 1)
  end

  def count_down(_count), do: :done
end

Countdown.count_down(3)

IO.puts("liftoff")
