package org.evergreenloyalty.referral;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;


import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.support.Clock;

/**
 * The fraud rules, each switched by a setting. Each returns the reasons it found (plain English, stored
 * with the decision) and the referral is FLAGGED when any rule fires. At signup: same e-mail after
 * normalisation, same IP address and browser, shared address, the friend had ordered before, too many
 * referrals of the advocate this week or from the IP address today. At the first order: shared shipping
 * address, same device at checkout, the friend had ordered before. Runs inside the caller's transaction.
 */
public class ReferralFraudRules {

    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    private final ReferralRepository repository;

    private final ReferralCustomers customers;
    private final CustomerDirectory directory;
    private final Clock clock;

    public ReferralFraudRules(ReferralRepository repository, ReferralCustomers customers, CustomerDirectory directory, Clock clock) {
        this.repository = repository;
        this.customers = customers;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Reasons to flag a new referral; empty when none.
     *
     * @param ipHash        the friend's IP address hash at signup, or null
     * @param userAgentHash the friend's browser hash at signup, or null
     */
    public List<String> atSignup(ReferralSettings s, long advocateId, long friendId, String friendEmail, String ipHash,
                                 String userAgentHash) {
        List<String> reasons = new ArrayList<String>();
        Date now = clock.now();
        if (s.isRuleSameEmail()) {
            sameEmail(s, advocateId, friendEmail, reasons);
        }
        if (s.isRuleSameDevice() && seenFrom(advocateId, ipHash, userAgentHash, now, s.getSameDeviceWindowHours())) {
            reasons.add("Same IP address and browser as the advocate within " + s.getSameDeviceWindowHours() + " hours");
        } else if (s.isRuleSameDevice() && seenFrom(advocateId, ipHash, null, now, s.getSameDeviceWindowHours())) {
            reasons.add("Same IP address as the advocate within " + s.getSameDeviceWindowHours() + " hours (another browser)");
        }
        if (s.isRuleSameAddress()) {
            sameAddress(customers.addressKeys(friendId), advocateId, reasons);
        }
        if (s.isRuleExistingCustomer()) {
            int orders = customers.submittedOrdersBefore(friendId, null);
            if (orders > 0) {
                reasons.add("The friend had already placed " + orders + " order" + (orders == 1 ? "" : "s") + " before being referred");
            }
        }
        if (s.getAdvocateWeeklyLimit() > 0) {
            long n = repository.referralsBySince(advocateId, new Date(now.getTime() - 7 * DAY));
            if (n >= s.getAdvocateWeeklyLimit()) {
                reasons.add("More than " + s.getAdvocateWeeklyLimit() + " referrals by this advocate within 7 days");
            }
        }
        if (s.getIpDailyLimit() > 0 && ipHash != null) {
            long n = repository.referralsFromIpSince(ipHash, new Date(now.getTime() - DAY));
            if (n >= s.getIpDailyLimit()) {
                reasons.add("More than " + s.getIpDailyLimit() + " referrals from the same IP address within 24 hours");
            }
        }
        return reasons;
    }

    /**
     * Reasons to flag a referral at the friend's first order; empty when none.
     *
     * @param ipHash        the friend's IP address hash at checkout, or null
     * @param userAgentHash the friend's browser hash at checkout, or null
     */
    public List<String> atFirstOrder(ReferralSettings s, Referral r, long orderId, String ipHash, String userAgentHash) {
        List<String> reasons = new ArrayList<String>();
        if (s.isRuleExistingCustomer()) {
            int before = customers.submittedOrdersBefore(r.getFriendId(), orderId);
            if (before > 0) {
                reasons.add("Not the friend's first order: " + before + " earlier order" + (before == 1 ? "" : "s"));
            }
        }
        if (s.isRuleSameAddress()) {
            Set<String> friendAddresses = new HashSet<String>(customers.orderAddressKeys(orderId));
            friendAddresses.addAll(customers.addressKeys(r.getFriendId()));
            sameAddress(friendAddresses, r.getAdvocateId(), reasons);
        }
        if (s.isRuleSameDevice() && seenFrom(r.getAdvocateId(), ipHash, userAgentHash, clock.now(), s.getSameDeviceWindowHours())) {
            reasons.add("Ordered from the advocate's IP address and browser (seen within " + s.getSameDeviceWindowHours() + " hours)");
        } else if (s.isRuleSameDevice() && seenFrom(r.getAdvocateId(), ipHash, null, clock.now(), s.getSameDeviceWindowHours())) {
            reasons.add("Ordered from the advocate's IP address (another browser; seen within " + s.getSameDeviceWindowHours() + " hours)");
        }
        return reasons;
    }

    private void sameEmail(ReferralSettings s, long advocateId, String friendEmail, List<String> reasons) {
        CustomerContact advocate = directory.contact(advocateId);
        EmailNormalizer n = EmailNormalizer.of(s);
        String a = advocate == null ? null : n.normalize(advocate.getEmail());
        String f = n.normalize(friendEmail);
        if (a != null && a.equals(f)) {
            reasons.add("The friend's e-mail address is the advocate's after normalisation (" + f + ")");
        }
    }

    private void sameAddress(Set<String> friendAddresses, long advocateId, List<String> reasons) {
        if (friendAddresses.isEmpty()) {
            return;
        }
        Set<String> common = new HashSet<String>(customers.addressKeys(advocateId));
        common.retainAll(friendAddresses);
        if (!common.isEmpty()) {
            reasons.add("The friend uses an address of the advocate (" + common.iterator().next() + ")");
        }
    }

    /**
     * Whether the customer was seen from this IP address (and, when {@code userAgentHash} is given, this browser)
     * within {@code windowHours} before or after {@code at}. The IP address alone suffices for the same-device
     * rule: a browser's User-Agent is whatever the browser says, so changing it must not pass the rule.
     */
    public boolean seenFrom(long customerId, String ipHash, String userAgentHash, Date at, int windowHours) {
        if (ipHash == null) {
            return false;
        }
        long window = windowHours * HOUR;
        return repository.seen(customerId, ipHash, userAgentHash, new Date(at.getTime() - window), new Date(at.getTime() + window));
    }

    static String day(Date d) {
        return new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(d);
    }
}
