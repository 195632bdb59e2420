defmodule OutOfStockError do
  defexception [:message]
end

defmodule Shop do
  def buy(item, stock) do
    if stock == 0, do: raise(OutOfStockError, "#{item} is sold out")

    "bought #{item}"
  end
end

try do
  IO.puts(Shop.buy("tea", 2))
  IO.puts(Shop.buy("cake", 0))
rescue
  error in OutOfStockError -> IO.puts("sorry: #{error.message}")
end
