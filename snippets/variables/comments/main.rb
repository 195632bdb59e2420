# A comment runs from # to the end of the line.
price = 10 # it can follow code, too

=begin
A block comment: legal, but rare.
Most Ruby code uses several # lines instead.
=end

# Several lines of explanation
# are usually written like this.
puts price * 2
