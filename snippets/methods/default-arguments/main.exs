defmodule Greeter do
  def greet(name, greeting \\ "Hello") do
    "#{greeting}, #{name}!"
  end
end

IO.puts(Greeter.greet("Ada"))
IO.puts(Greeter.greet("Ada", "Welcome"))
