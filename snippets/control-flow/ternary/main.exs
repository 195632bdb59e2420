stock = 0
label = if stock > 0, do: "in stock", else: "sold out"
IO.puts(label)

count = 1
IO.puts("#{count} #{if count == 1, do: "item", else: "items"}")
