defmodule Dog do
  defstruct [:name, :age]

  def new(name, age) do
    %Dog{name: name, age: age}
  end

  def describe(dog) do
    "#{dog.name} is #{dog.age} years old"
  end
end

dog = Dog.new("Rex", 3)
IO.puts(Dog.describe(dog))
