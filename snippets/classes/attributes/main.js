class Account {
  #owner;
  #cents;
  nickname = null;

  constructor(owner, cents) {
    this.#owner = owner;
    this.#cents = cents;
  }

  get owner() {
    return this.#owner;
  }

  get dollars() {
    return this.#cents / 100;
  }
}

const account = new Account("Ada", 1250);
account.nickname = "savings";
console.log(account.owner);
console.log(account.nickname);
console.log(account.dollars);
