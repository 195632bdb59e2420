for _ in range(3):
    print("hip hip")
print("hooray")

for n in range(1, 4):
    print(f"round {n}")

for n in range(1, 11, 3):
    print(n)
