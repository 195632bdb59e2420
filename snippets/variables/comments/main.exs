# A comment runs from # to the end of the line.
price = 10 # it can follow code, too

# Elixir has no block comment:
# a longer note is a run of # lines,
# and documentation goes in @doc strings.

# Several lines of explanation
# are usually written like this.
IO.puts(price * 2)
