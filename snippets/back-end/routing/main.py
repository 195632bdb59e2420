def list_friends(_params):
    return "200 friends: Ada, Grace"


def show_user(params):
    return f"200 user {params['id']}"


ROUTES = {
    ("GET", "/friends"): list_friends,
    ("GET", "/users"): show_user,
}


def handle(verb, path, params=None):
    handler = ROUTES.get((verb, path))
    if handler is None:
        return f"404 no route for {verb} {path}"
    return handler(params or {})


print(handle("GET", "/friends"))
print(handle("GET", "/users", {"id": 7}))
print(handle("POST", "/friends"))
