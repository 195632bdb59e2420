require "minitest"

def add(num1, num2)
  num1 + num2
end

class AddTest < Minitest::Test
  def test_it_can_add_two_numbers
    assert_equal 9, add(4, 5)
    assert_equal 3, add(0, 3)
    assert_equal(-5, add(4, -9))
    assert_equal 25, add(12, 13)
  end
end

# Send minitest's report to stderr, where unittest writes its own.
$stdout = $stderr
passed = Minitest.run
$stdout = STDOUT
puts passed ? "all tests passed" : "some tests failed"
