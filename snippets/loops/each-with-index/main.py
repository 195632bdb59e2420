tasks = ["write tests", "fix bug", "deploy"]

for index, task in enumerate(tasks):
    print(f"{index}: {task}")

for number, task in enumerate(tasks, start=1):
    print(f"{number}. {task}")
