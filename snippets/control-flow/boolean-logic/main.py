age = 70
member = True
banned = False

if age >= 18 and member and not banned:
    print("come in")

if age < 12 or age > 65:
    print("discount")
else:
    print("full price")
