class Animal
  def initialize(name)
    @name = name
  end

  def speak
    "#{@name} makes a sound"
  end
end

class Cat < Animal
  def speak
    "#{super} (meow)"
  end
end

[Animal.new("Generic"), Cat.new("Tom")].each do |animal|
  puts animal.speak
end
