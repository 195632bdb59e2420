class Account
  attr_reader :owner
  attr_accessor :nickname

  def initialize(owner, cents)
    @owner = owner
    @nickname = nil
    @cents = cents
  end

  def dollars
    @cents / 100.0
  end
end

account = Account.new("Ada", 1250)
account.nickname = "savings"
puts account.owner
puts account.nickname
puts account.dollars
