public class Main {
    static class Account {
        private final String owner;
        private String nickname;
        private final int cents;

        Account(String owner, int cents) {
            this.owner = owner;
            this.nickname = null;
            this.cents = cents;
        }

        String getOwner() { return owner; }

        String getNickname() { return nickname; }

        void setNickname(String nickname) { this.nickname = nickname; }

        double getDollars() {
            return cents / 100.0;
        }
    }

    public static void main(String[] args) {
        Account account = new Account("Ada", 1250);
        account.setNickname("savings");
        System.out.println(account.getOwner());
        System.out.println(account.getNickname());
        System.out.println(account.getDollars());
    }
}
