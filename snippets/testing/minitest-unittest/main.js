import assert from "node:assert/strict";

function add(num1, num2) {
  return num1 + num2;
}

const addTest = {
  testItCanAddTwoNumbers() {
    assert.equal(add(4, 5), 9);
    assert.equal(add(0, 3), 3);
    assert.equal(add(4, -9), -5);
    assert.equal(add(12, 13), 25);
  },
};

// A failed assertion throws, so a test passes when it returns.
const passed = Object.values(addTest).every((test) => {
  try {
    test();
    return true;
  } catch {
    return false;
  }
});
console.log(passed ? "all tests passed" : "some tests failed");
