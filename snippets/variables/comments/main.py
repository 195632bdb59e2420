# A comment runs from # to the end of the line.
price = 10  # it can follow code, too

"""
A string on its own line: not a comment,
but often used like one for a longer note.
"""

# Several lines of explanation
# are usually written like this.
print(price * 2)
