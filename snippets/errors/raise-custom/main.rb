class OutOfStockError < StandardError
end

def buy(item, stock)
  raise OutOfStockError, "#{item} is sold out" if stock.zero?

  "bought #{item}"
end

begin
  puts buy("tea", 2)
  puts buy("cake", 0)
rescue OutOfStockError => error
  puts "sorry: #{error.message}"
end
