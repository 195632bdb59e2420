def validate(user):
    errors = []
    if not (user.get("name") or "").strip():
        errors.append("name is required")
    if not isinstance(user.get("age"), int):
        errors.append("age must be a number")
    if "@" not in (user.get("email") or ""):
        errors.append("email needs an @")
    return errors


users = [
    {"name": "Ada", "age": 36, "email": "ada@example.com"},
    {"name": " ", "age": "old", "email": "nope"},
]

for user in users:
    errors = validate(user)
    print("; ".join(errors) if errors else "valid")
