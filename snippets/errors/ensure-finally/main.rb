def process(job)
  puts "start #{job}"
  raise "#{job} failed" if job == "bad"

  puts "finish #{job}"
rescue RuntimeError => error
  puts error.message
else
  puts "no errors"
ensure
  puts "clean up #{job}"
end

process("good")
process("bad")
