package org.evergreenloyalty.referral;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.notification.MailOutcome;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link InvitationService} on EVG_REFERRAL_INVITE and EVG_REFERRAL_INVITE_OPTOUT. The whole form is checked
 * first (all or nothing), then each address gets the e-mail unless it is skipped. The daily limit is counted
 * from EVG_REFERRAL_INVITE: the invitations of a submission are recorded before they are sent (and removed
 * again if the e-mail fails), under a row lock on the advocate's active code, so two quick submissions on
 * the same or on different nodes cannot both pass the limit.
 */
public class DefaultInvitationService implements InvitationService {

    /** The longest e-mail address accepted. */
    public static final int MAX_ADDRESS_LENGTH = 254;

    private static final Log LOG = LogFactory.getLog(DefaultInvitationService.class);
    private static final int LOCK_STRIPES = 64;
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final ReferralRepository repository;

    private final TransactionTemplate newTx;
    private final ReferralSettingsService settings;
    private final ReferralCodeService codes;
    private final ReferralCustomers customers;
    private final CustomerDirectory directory;
    private final ReferralNotifier notifier;
    private final ReferralLinks links;
    private final VisitorHasher hasher;
    private final Clock clock;
    /**
     * Serializes one advocate's submissions on this node (reserve, send, release what failed), striped so that the
     * locks do not grow with the number of advocates: two advocates on one stripe merely wait for each other.
     */
    private final ReentrantLock[] locks = Stream.generate(ReentrantLock::new).limit(LOCK_STRIPES).toArray(ReentrantLock[]::new);

    public DefaultInvitationService(PlatformTransactionManager txm, ReferralRepository repository, ReferralSettingsService settings, ReferralCodeService codes,
                                    ReferralCustomers customers, CustomerDirectory directory, ReferralNotifier notifier,
                                    ReferralLinks links, VisitorHasher hasher, Clock clock) {
        this.repository = repository;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.codes = codes;
        this.customers = customers;
        this.directory = directory;
        this.notifier = notifier;
        this.links = links;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public InviteResult invite(long advocateId, String addresses) {
        return invite(advocateId, addresses, Visitor.UNKNOWN);
    }

    @Override
    public InviteResult invite(final long advocateId, String addresses, Visitor visitor) {
        final String ipHash = hasher.ip(visitor == null ? null : visitor.getIp());
        final ReferralSettings s = settings.current();
        if (!s.isEnabled()) {
            throw new ReferralException("evergreen.referral.invite.disabled", "The referral programme is paused; no invitations can be sent.");
        }
        EmailNormalizer normalizer = EmailNormalizer.of(s);
        final Map<String, String> byKey = parse(addresses, s, normalizer);
        CustomerContact advocate = directory.contact(advocateId);
        String ownKey = advocate == null ? null : normalizer.normalize(advocate.getEmail());
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            if (e.getKey().equals(ownKey)) {
                throw new ReferralException("evergreen.referral.invite.own", "'" + e.getValue()
                        + "' is your own address; invite your friends instead.", e.getValue());
            }
        }
        ReentrantLock lock = lockOf(advocateId);
        lock.lock();
        try {
            final Date now = clock.now();
            String link = links.link(codes.codeFor(advocateId));
            final List<String> skipped = new ArrayList<String>();
            // counted and reserved under the advocate's row lock: a submission on another node waits here and
            // then counts these invitations too
            final Map<String, Long> reserved = newTx.execute(new TransactionCallback<Map<String, Long>>() {
                @Override
                public Map<String, Long> doInTransaction(TransactionStatus status) {
                    lockInvitationsOf(advocateId);
                    long today = repository.invitationsBySince(advocateId, new Date(now.getTime() - ReferralFraudRules.DAY));
                    long left = Math.max(0, s.getInviteDailyLimit() - today);
                    if (byKey.size() > left) {
                        throw new ReferralException("evergreen.referral.invite.dailyLimit", "You can send " + s.getInviteDailyLimit()
                                + " invitations a day; " + left + " left today.", s.getInviteDailyLimit(), left);
                    }
                    checkHourlyLimits(byKey.size(), ipHash, s, now);
                    Map<String, Long> ids = new LinkedHashMap<String, Long>();
                    for (Map.Entry<String, String> e : byKey.entrySet()) {
                        if (shouldSkip(e.getKey(), e.getValue(), s, now)) {
                            // recorded (withheld) so it counts like a sent one: the answer reveals nothing
                            em.persist(new ReferralInvitation(advocateId, e.getKey(), e.getValue(), now, ipHash, true));
                            skipped.add(e.getValue());
                            continue;
                        }
                        ReferralInvitation invitation = new ReferralInvitation(advocateId, e.getKey(), e.getValue(), now, ipHash, false);
                        em.persist(invitation);
                        ids.put(e.getKey(), invitation.getId());
                    }
                    em.flush();
                    return ids;
                }
            });
            List<String> sent = new ArrayList<String>();
            List<String> failed = new ArrayList<String>();
            for (Map.Entry<String, Long> r : reserved.entrySet()) {
                String email = byKey.get(r.getKey());
                boolean ok = false;
                try {
                    ok = notifier.invite(advocateId, email, link, links.optOut(email, optOutToken(email))) == MailOutcome.SENT;
                } catch (RuntimeException ex) {
                    LOG.warn("Invitation from customer " + advocateId + " could not be sent: " + ex.getMessage());
                }
                if (ok) {
                    sent.add(email);
                } else {
                    release(r.getValue());
                    failed.add(email);
                }
            }
            List<String> accepted = new ArrayList<String>();
            for (String email : byKey.values()) {
                if (!failed.contains(email)) {
                    accepted.add(email); // input order: the order must not tell sent and skipped addresses apart
                }
            }
            return new InviteResult(sent, skipped, failed, accepted);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses {@code wanted} more invitations when the IP address or the whole store reached its hourly limit
     * (counted from EVG_REFERRAL_INVITE, withheld ones included, so all nodes count alike).
     */
    private void checkHourlyLimits(int wanted, String ipHash, ReferralSettings s, Date now) {
        Date hourAgo = new Date(now.getTime() - ReferralFraudRules.HOUR);
        if (ipHash != null) {
            long fromIp = repository.invitationsFromIpSince(ipHash, hourAgo);
            if (fromIp + wanted > s.getInviteHourlyPerIp()) {
                throw new ReferralException("evergreen.referral.invite.hourlyLimit",
                        "Too many invitations were sent from your network in the last hour; please try again later.");
            }
        }
        long storeWide = repository.invitationsSince(hourAgo);
        if (storeWide + wanted > s.getInviteHourlyStore()) {
            throw new ReferralException("evergreen.referral.invite.busy",
                    "Invitations cannot be sent right now; please try again later.");
        }
    }

    /**
     * Takes the write lock of the advocate's active referral code row until the transaction ends (a no-op update:
     * unlike SELECT ... FOR UPDATE it also blocks on HSQLDB's MVCC mode), so invitations of one advocate are
     * counted and recorded one submission at a time on every node.
     */
    private void lockInvitationsOf(long advocateId) {
        repository.lockCodesOf(advocateId);
    }

    /** Forgets the reserved invitation of an e-mail that was not sent, so it counts towards no limit. */
    private void release(final Long invitationId) {
        newTx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                ReferralInvitation i = em.find(ReferralInvitation.class, invitationId);
                if (i != null) {
                    em.remove(i);
                }
                return null;
            }
        });
    }

    /** Address key to address as typed, in input order; throws on bad input. */
    private static Map<String, String> parse(String addresses, ReferralSettings s, EmailNormalizer normalizer) {
        Map<String, String> byKey = new LinkedHashMap<String, String>();
        if (addresses == null || addresses.trim().isEmpty()) {
            throw new ReferralException("evergreen.referral.invite.none", "Enter at least one e-mail address.");
        }
        if (addresses.length() > 100 * s.getInviteMaxAddresses() + 1000) {
            throw new ReferralException("evergreen.referral.invite.tooMany", "You can invite at most "
                    + s.getInviteMaxAddresses() + " addresses at once.", s.getInviteMaxAddresses());
        }
        for (String part : SEPARATORS.split(addresses.trim())) {
            if (part.isEmpty()) {
                continue;
            }
            String email = part.trim();
            if (email.startsWith("<") && email.endsWith(">") && email.length() > 2) {
                email = email.substring(1, email.length() - 1);
            }
            if (email.length() > MAX_ADDRESS_LENGTH || !ADDRESS.matcher(email).matches() || email.contains("..")) {
                throw new ReferralException("evergreen.referral.invite.invalid", "'" + shorten(email)
                        + "' is not an e-mail address.", shorten(email));
            }
            String key = normalizer.normalize(email);
            if (!byKey.containsKey(key)) {
                byKey.put(key, email.toLowerCase(Locale.ROOT));
            }
        }
        if (byKey.isEmpty()) {
            throw new ReferralException("evergreen.referral.invite.none", "Enter at least one e-mail address.");
        }
        if (byKey.size() > s.getInviteMaxAddresses()) {
            throw new ReferralException("evergreen.referral.invite.tooMany", "You can invite at most "
                    + s.getInviteMaxAddresses() + " addresses at once.", s.getInviteMaxAddresses());
        }
        return byKey;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Whether the address gets no invitation (a customer, opted out, or invited recently); inside the caller's transaction. */
    private boolean shouldSkip(String key, String email, ReferralSettings s, Date now) {
        if (customers.customerIdByEmail(email) != null) {
            return true;
        }
        if (repository.optedOut(key)) {
            return true;
        }
        if (s.getInviteRepeatDays() == 0) {
            return false;
        }
        long recent = repository.invitationsToSince(key, new Date(now.getTime() - s.getInviteRepeatDays() * ReferralFraudRules.DAY));
        return recent > 0;
    }

    @Override
    public String optOutToken(String email) {
        return hasher.optOutToken(email);
    }

    @Override
    public boolean isOptOutToken(String email, String token) {
        return email != null && token != null && email.trim().length() <= MAX_ADDRESS_LENGTH && !email.trim().isEmpty()
                && hasher.isOptOutToken(email, token.trim());
    }

    @Override
    public boolean optOut(final String email, String token) {
        if (email == null || token == null || email.length() > MAX_ADDRESS_LENGTH || !ADDRESS.matcher(email.trim()).matches()) {
            return false;
        }
        if (!hasher.isOptOutToken(email, token.trim())) {
            return false;
        }
        final String key = EmailNormalizer.of(settings.current()).normalize(email);
        newTx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                if (!repository.optedOut(key)) {
                    repository.optOut(key, clock.now());
                }
                return null;
            }
        });
        return true;
    }

    @Override
    public boolean isOptedOut(String email) {
        final String key = EmailNormalizer.of(settings.current()).normalize(email);
        if (key == null) {
            return false;
        }
        return newTx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return repository.optedOut(key);
            }
        });
    }

    @Override
    public long invitationsSent(final long advocateId) {
        return newTx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return repository.invitationsBy(advocateId);
            }
        });
    }

    private ReentrantLock lockOf(long advocateId) {
        return locks[Math.floorMod(Long.hashCode(advocateId), LOCK_STRIPES)];
    }
}
