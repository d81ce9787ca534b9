package org.evergreenloyalty.demo.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A year of made-up store history for the demo's Loyalty &gt; Dashboard, computed from a fixed seed (the same every
 * start, relative to the day it is made): customers with their orders (about two thirds of them members, who come
 * back more often), points earned, sign-up bonuses and redemptions, referrals with link visits, review requests with
 * reviews and satisfaction answers, and birthday rewards whose codes are partly used. Pure data; no database.
 */
final class DemoHistoryPlan {

    static final long DAY = 24L * 60 * 60 * 1000;
    static final int CUSTOMERS = 160;
    static final long FIRST_ID = 930_000_000L;

    /** A history customer. */
    static final class Person {
        final long id;
        final boolean member;
        final int birthdayOffset;
        final List<Order> orders = new ArrayList<Order>();

        Person(long id, boolean member, int birthdayOffset) {
            this.id = id;
            this.member = member;
            this.birthdayOffset = birthdayOffset;
        }

        long joinedAt() { return orders.get(0).at; }
    }

    /** A placed order: its id, time, total, points earned and redeemed, whether a birthday code paid part of it. */
    static final class Order {
        final long id;
        final Person customer;
        final long at;
        final BigDecimal total;
        long earned;
        long redeemed;
        boolean birthdayCode;

        Order(long id, Person customer, long at, BigDecimal total) {
            this.id = id;
            this.customer = customer;
            this.at = at;
            this.total = total;
        }
    }

    /** A referral: advocate, friend, its status, and the visits of the link before it. */
    static final class Referral {
        final Person advocate;
        final Person friend;
        final String status;
        final int visits;

        Referral(Person advocate, Person friend, String status, int visits) {
            this.advocate = advocate;
            this.friend = friend;
            this.status = status;
            this.visits = visits;
        }

        long createdAt() { return friend.joinedAt() - DAY; }
        long orderedAt() { return friend.joinedAt(); }
        long rewardedAt() { return friend.joinedAt() + 14 * DAY; }
    }

    /** A birthday reward: who, when issued, the birthday, and the order that used its code (or null). */
    static final class Birthday {
        final Person customer;
        final long issuedAt;
        final long birthday;
        final Order usedOn;

        Birthday(Person customer, long issuedAt, long birthday, Order usedOn) {
            this.customer = customer;
            this.issuedAt = issuedAt;
            this.birthday = birthday;
            this.usedOn = usedOn;
        }
    }

    final long now;
    final long start;
    final List<Person> people = new ArrayList<Person>();
    final List<Order> orders = new ArrayList<Order>();
    final List<Referral> referrals = new ArrayList<Referral>();
    final List<Birthday> birthdays = new ArrayList<Birthday>();
    private final Random random;
    private long nextOrderId = FIRST_ID;

    private DemoHistoryPlan(long now, long seed) {
        this.now = now;
        this.start = now - 365 * DAY;
        this.random = new Random(seed);
    }

    /** The history of the 365 days before {@code now}. */
    static DemoHistoryPlan make(long now) {
        DemoHistoryPlan p = new DemoHistoryPlan(now, 20261202L);
        p.customersAndOrders();
        p.referrals();
        p.birthdays();
        p.orders.sort(Comparator.comparingLong(o -> o.at));
        return p;
    }

    private void customersAndOrders() {
        for (int i = 0; i < CUSTOMERS; i++) {
            Person p = new Person(FIRST_ID + i, random.nextInt(3) < 2, random.nextInt(365));
            people.add(p);
            long at = start + random.nextInt(355) * DAY + (9 + random.nextInt(12)) * 60 * 60 * 1000L;
            double comeBack = p.member ? 0.6 : 0.35;
            do {
                addOrder(p, at);
                at += (7 + random.nextInt(70)) * DAY;
            } while (at < now - DAY && random.nextDouble() < comeBack);
        }
        for (Person p : people) {
            if (p.member) {
                long balance = 100;
                for (Order o : p.orders) {
                    o.earned = o.total.longValue();
                    if (balance >= 500 && random.nextInt(100) < 40) {
                        o.redeemed = 500;
                        balance -= 500;
                    }
                    balance += o.earned;
                }
            }
        }
    }

    private void addOrder(Person p, long at) {
        BigDecimal total = new BigDecimal(25 + random.nextInt(130)).add(new BigDecimal("0.90"));
        Order o = new Order(nextOrderId++, p, at, total);
        p.orders.add(o);
        orders.add(o);
    }

    private void referrals() {
        List<Person> members = new ArrayList<Person>();
        for (Person p : people) {
            if (p.member) {
                members.add(p);
            }
        }
        Collections.shuffle(members, random);
        List<Person> advocates = members.subList(0, 12);
        String[] statuses = {"REWARDED", "REWARDED", "REWARDED", "QUALIFIED", "FLAGGED", "REJECTED", "REWARDED", "PENDING"};
        int k = 0;
        for (Person friend : members.subList(12, members.size())) {
            Person advocate = advocates.get(k % advocates.size());
            if (k >= 45 || advocate.joinedAt() >= friend.joinedAt() - 2 * DAY) {
                continue;
            }
            String status = statuses[k % statuses.length];
            if ("REWARDED".equals(status) && friend.joinedAt() + 14 * DAY > now) {
                status = "QUALIFIED";
            }
            referrals.add(new Referral(advocate, friend, status, 1 + random.nextInt(4)));
            k++;
        }
    }

    private void birthdays() {
        for (Person p : people) {
            long birthday = start + p.birthdayOffset * DAY + 6 * 60 * 60 * 1000L;
            long issued = birthday - 7 * DAY;
            if (!p.member || issued <= p.joinedAt() || birthday > now) {
                continue;
            }
            Order used = null;
            if (random.nextInt(100) < 45) {
                long at = birthday + (1 + random.nextInt(10)) * DAY;
                if (at < now) {
                    addOrder(p, at);
                    used = p.orders.get(p.orders.size() - 1);
                    used.birthdayCode = true;
                    used.earned = p.member ? used.total.longValue() : 0;
                    p.orders.sort(Comparator.comparingLong(o -> o.at));
                }
            }
            birthdays.add(new Birthday(p, issued, birthday, used));
        }
    }

    /** A number from 0 to {@code bound - 1} from the plan's sequence. */
    int next(int bound) {
        return random.nextInt(bound);
    }
}
