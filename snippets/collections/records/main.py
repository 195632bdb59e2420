users = [
    {"name": "Ada", "role": "admin"},
    {"name": "Bob", "role": "guest"},
    {"name": "Cy", "role": "admin"},
]

admins = [user["name"] for user in users if user["role"] == "admin"]
print(", ".join(admins))

by_role = {}
for user in users:
    by_role.setdefault(user["role"], []).append(user)
for role, members in by_role.items():
    print(f"{role}: {len(members)}")
