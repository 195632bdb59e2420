scores = [70, 85, 92]
scores.append(60)

print(len(scores))
print(scores[0])
print(scores[-1])
print(scores[1])
print(sum(scores))
print(sorted(scores))
print(scores)
