const loggedIn = false;
const cart = [];

if (!loggedIn) {
  console.log("please log in");
}

if (cart.length > 0) {
  console.log("checking out");
}

console.log("done");
