import assert from "node:assert/strict";

function divide(a, b) {
  if (b === 0) throw new RangeError("b must not be zero");

  return Math.trunc(a / b);
}

const divideTest = {
  testDivides() {
    assert.equal(divide(8, 2), 4);
  },

  testRejectsZero() {
    assert.throws(() => divide(1, 0), { name: "RangeError", message: "b must not be zero" });
  },
};

// A failed assertion throws, so a test passes when it returns.
const passed = Object.values(divideTest).every((test) => {
  try {
    test();
    return true;
  } catch {
    return false;
  }
});
console.log(passed ? "all tests passed" : "some tests failed");
