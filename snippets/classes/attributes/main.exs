defmodule Account do
  defstruct [:owner, :nickname, :cents]

  def new(owner, cents) do
    %Account{owner: owner, nickname: nil, cents: cents}
  end

  def dollars(account) do
    account.cents / 100
  end
end

account = Account.new("Ada", 1250)
account = %{account | nickname: "savings"}
IO.puts(account.owner)
IO.puts(account.nickname)
IO.puts(Account.dollars(account))
