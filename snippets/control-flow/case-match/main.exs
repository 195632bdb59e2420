defmodule Status do
  def describe(status) do
    case status do
      200 -> "OK"
      code when code in [301, 302] -> "redirect"
      code when code in 400..499 -> "client error"
      _ -> "unknown"
    end
  end
end

Enum.each([200, 302, 404, 500], fn code ->
  IO.puts(Status.describe(code))
end)
