PERMISSIONS = {
    "student": {"view_grades"},
    "teacher": {"view_grades", "enter_grades", "chat"},
    "parent": {"view_grades", "chat"},
}


def is_allowed(role, action):
    return action in PERMISSIONS.get(role, set())


requests = [
    ("student", "enter_grades"),
    ("teacher", "enter_grades"),
    ("parent", "chat"),
    ("guest", "view_grades"),
]

for role, action in requests:
    verdict = "may" if is_allowed(role, action) else "may not"
    print(f"{role} {verdict} {action}")
