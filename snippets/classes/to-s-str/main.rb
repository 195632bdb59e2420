class Point
  def initialize(x, y)
    @x = x
    @y = y
  end

  def to_s
    "(#{@x}, #{@y})"
  end
end

point = Point.new(2, 3)
puts point
puts "The point is #{point}"
