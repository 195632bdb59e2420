ages = {"ada": 36, "grace": 45}
ages["linus"] = 28

print(ages["ada"])
print(ages.get("bob", 0))
print(len(ages))

for name, age in ages.items():
    print(f"{name} is {age}")
