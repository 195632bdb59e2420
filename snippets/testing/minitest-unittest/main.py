import unittest


def add(num1, num2):
    return num1 + num2


class AddTest(unittest.TestCase):
    def test_it_can_add_two_numbers(self):
        self.assertEqual(9, add(4, 5))
        self.assertEqual(3, add(0, 3))
        self.assertEqual(-5, add(4, -9))
        self.assertEqual(25, add(12, 13))


# unittest writes its report to stderr.
passed = unittest.main(exit=False).result.wasSuccessful()
print("all tests passed" if passed else "some tests failed")
