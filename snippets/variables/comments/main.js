// A comment runs from // to the end of the line.
const price = 10; // it can follow code, too

/*
A block comment: it may span several lines,
and ends at the first star and slash.
*/

// Several lines of explanation
// are usually written like this.
console.log(price * 2);
