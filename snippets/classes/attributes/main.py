class Account:
    def __init__(self, owner, cents):
        self._owner = owner
        self.nickname = None
        self._cents = cents

    @property
    def owner(self):
        return self._owner

    @property
    def dollars(self):
        return self._cents / 100


account = Account("Ada", 1250)
account.nickname = "savings"
print(account.owner)
print(account.nickname)
print(account.dollars)
