defmodule Orders do
  def describe_order(item, options \\ []) do
    quantity = Keyword.get(options, :quantity, 1)
    note = if Keyword.get(options, :gift, false), do: " (gift)", else: ""
    "#{quantity} x #{item}#{note}"
  end
end

IO.puts(Orders.describe_order("book"))
IO.puts(Orders.describe_order("pen", quantity: 3))
IO.puts(Orders.describe_order("mug", gift: true, quantity: 2))
