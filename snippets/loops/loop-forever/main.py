attempts = 0

while True:
    attempts += 1
    print(f"attempt {attempts}")
    if attempts == 3:
        break
