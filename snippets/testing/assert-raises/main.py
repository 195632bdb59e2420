import unittest


def divide(a, b):
    if b == 0:
        raise ValueError("b must not be zero")
    return a // b


class DivideTest(unittest.TestCase):
    def test_divides(self):
        self.assertEqual(4, divide(8, 2))

    def test_rejects_zero(self):
        with self.assertRaises(ValueError) as context:
            divide(1, 0)
        self.assertEqual("b must not be zero", str(context.exception))


passed = unittest.main(exit=False).result.wasSuccessful()
print("all tests passed" if passed else "some tests failed")
