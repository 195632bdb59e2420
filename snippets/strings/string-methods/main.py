word = "  Back-End  "
clean = word.strip()

print(clean.upper())
print(clean.lower())
print(len(clean))
print(clean[::-1])
print(clean.replace("End", "Office", 1))
print(" + ".join(clean.split("-")))
if clean.startswith("Back"):
    print("starts with Back")
