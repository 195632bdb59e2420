numbers = [3, -1, 4, 0, 5, 9]

numbers
|> Enum.take_while(fn number -> number != 0 end)
|> Enum.reject(fn number -> number < 0 end)
|> Enum.each(&IO.puts/1)
