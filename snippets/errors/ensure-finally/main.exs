defmodule Jobs do
  def process(job) do
    IO.puts("start #{job}")
    if job == "bad", do: raise("#{job} failed")

    IO.puts("finish #{job}")
  rescue
    error in RuntimeError -> IO.puts(error.message)
  else
    _ -> IO.puts("no errors")
  after
    IO.puts("clean up #{job}")
  end
end

Jobs.process("good")
Jobs.process("bad")
