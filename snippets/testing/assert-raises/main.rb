require "minitest"

def divide(a, b)
  raise ArgumentError, "b must not be zero" if b.zero?

  a / b
end

class DivideTest < Minitest::Test
  def test_divides
    assert_equal 4, divide(8, 2)
  end

  def test_rejects_zero
    error = assert_raises(ArgumentError) { divide(1, 0) }
    assert_equal "b must not be zero", error.message
  end
end

$stdout = $stderr
passed = Minitest.run
$stdout = STDOUT
puts passed ? "all tests passed" : "some tests failed"
