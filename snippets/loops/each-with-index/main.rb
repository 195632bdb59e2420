tasks = ["write tests", "fix bug", "deploy"]

tasks.each_with_index do |task, index|
  puts "#{index}: #{task}"
end

tasks.each.with_index(1) do |task, number|
  puts "#{number}. #{task}"
end
