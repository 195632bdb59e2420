function listFriends(_params) {
  return "200 friends: Ada, Grace";
}

function showUser(params) {
  return `200 user ${params.id}`;
}

const ROUTES = new Map([
  ["GET /friends", listFriends],
  ["GET /users", showUser],
]);

function handle(verb, path, params = {}) {
  const handler = ROUTES.get(`${verb} ${path}`);
  if (handler === undefined) return `404 no route for ${verb} ${path}`;

  return handler(params);
}

console.log(handle("GET", "/friends"));
console.log(handle("GET", "/users", { id: 7 }));
console.log(handle("POST", "/friends"));
