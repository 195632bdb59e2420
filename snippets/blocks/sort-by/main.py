words = ["banana", "kiwi", "apple", "fig"]

print(", ".join(sorted(words)))
print(", ".join(sorted(words, key=len)))
print(", ".join(sorted(words, key=lambda word: -len(word))))
print(max(words, key=len))
