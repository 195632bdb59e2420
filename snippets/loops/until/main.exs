defmodule Savings do
  def save(balance) when balance >= 100, do: balance

  def save(balance) do
    balance = balance + 30
    IO.puts(balance)
    save(balance)
  end
end

Savings.save(0)
