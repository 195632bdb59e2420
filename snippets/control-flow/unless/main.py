logged_in = False
cart = []

if not logged_in:
    print("please log in")

if cart:
    print("checking out")

print("done")
