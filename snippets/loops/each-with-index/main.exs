tasks = ["write tests", "fix bug", "deploy"]

tasks
|> Enum.with_index()
|> Enum.each(fn {task, index} -> IO.puts("#{index}: #{task}") end)

tasks
|> Enum.with_index(1)
|> Enum.each(fn {task, number} -> IO.puts("#{number}. #{task}") end)
