package org.evergreenloyalty.referral;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReferralService} on the referral tables. Every change runs in a transaction of its own (callers are
 * registration hooks after commit, and storefront controllers), so a refused attribution never touches the
 * caller's work. A new referral is PENDING and gets the friend's single-use welcome code, or is FLAGGED (no
 * code) when a fraud rule fires; both are recorded as a decision with the reasons.
 */
public class DefaultReferralService implements ReferralService {

    /** Sighting occasions. */
    public static final String SEEN_SIGNUP = "signup";
    public static final String SEEN_CODE = "code";
    public static final String SEEN_PAGE = "referral-page";
    public static final String SEEN_ORDER = "order";

    private static final Log LOG = LogFactory.getLog(DefaultReferralService.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final ReferralRepository repository;

    private final TransactionTemplate newTx;
    private final ReferralSettingsService settings;
    private final ReferralCodeService codes;
    private final WrongCodeThrottle throttle;
    private final ReferralFraudRules fraud;
    private final ReferralCustomers customers;
    private final CustomerDirectory directory;
    private final ReferralOffers offers;
    private final VisitorHasher hasher;
    private final Clock clock;

    public DefaultReferralService(PlatformTransactionManager txm, ReferralRepository repository, ReferralSettingsService settings, ReferralCodeService codes,
                                  WrongCodeThrottle throttle, ReferralFraudRules fraud, ReferralCustomers customers,
                                  CustomerDirectory directory, ReferralOffers offers, VisitorHasher hasher, Clock clock) {
        this.repository = repository;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.codes = codes;
        this.throttle = throttle;
        this.fraud = fraud;
        this.customers = customers;
        this.directory = directory;
        this.offers = offers;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public CodeCheck check(String input, Long customerId, Visitor visitor) {
        Visitor v = visitor == null ? Visitor.UNKNOWN : visitor;
        ReferralSettings s = settings.current();
        String code = ReferralCodeFormat.normalize(input);
        if (code == null || code.isEmpty()) {
            return new CodeCheck(CodeCheck.Outcome.EMPTY, "", null);
        }
        if (!s.isEnabled()) {
            return new CodeCheck(CodeCheck.Outcome.DISABLED, code, null);
        }
        // checked and counted in one step (parallel tries cannot pass the limit); a try that was no wrong guess is given back
        WrongCodeThrottle.Ticket ticket = throttle.acquire(v, s);
        if (ticket == null) {
            return new CodeCheck(CodeCheck.Outcome.THROTTLED, code, null);
        }
        CodeCheck result = lookUp(code, customerId);
        if (!result.getOutcome().isWrongGuess()) {
            throttle.refund(ticket);
        }
        return result;
    }

    private CodeCheck lookUp(String code, Long customerId) {
        if (!ReferralCodeFormat.isWellFormed(code)) {
            return new CodeCheck(CodeCheck.Outcome.MALFORMED, shorten(code), null);
        }
        ReferralCode stored = codes.find(code);
        if (stored == null) {
            return new CodeCheck(CodeCheck.Outcome.UNKNOWN, code, null);
        }
        if (customerId != null && customerId.equals(stored.getCustomerId())) {
            return new CodeCheck(CodeCheck.Outcome.OWN_CODE, code, null);
        }
        if (!stored.isActive()) {
            return new CodeCheck(CodeCheck.Outcome.RETIRED, code, null);
        }
        if (!customers.isActive(stored.getCustomerId())) {
            return new CodeCheck(CodeCheck.Outcome.ADVOCATE_INACTIVE, code, null);
        }
        return new CodeCheck(CodeCheck.Outcome.VALID, code, stored.getCustomerId());
    }

    private static String shorten(String code) {
        return code.length() > 20 ? code.substring(0, 20) + "…" : code;
    }

    @Override
    public LinkInvitation describe(CodeCheck check) {
        if (check == null || !check.isValid()) {
            return null;
        }
        CustomerContact advocate = directory.contact(check.getAdvocateId());
        String first = advocate == null || advocate.getFirstName() == null || advocate.getFirstName().trim().isEmpty()
                ? null : advocate.getFirstName().trim();
        return new LinkInvitation(check.getCode(), first, friendTerms());
    }

    @Override
    public Attribution attributeSignup(final long friendId, final String friendEmail, String typedCode, String linkCode,
                                       Visitor visitor) {
        final Visitor v = visitor == null ? Visitor.UNKNOWN : visitor;
        seen(friendId, v, SEEN_SIGNUP);
        ReferralSettings s = settings.current();
        if (!s.isEnabled()) {
            return new Attribution(Attribution.Outcome.NONE, null, null);
        }
        String typed = ReferralCodeFormat.normalize(typedCode);
        String link = ReferralCodeFormat.normalize(linkCode);
        if (typed != null && !typed.isEmpty()) {
            return attribute(friendId, friendEmail, typedCode, ReferralSource.TYPED_CODE, v);
        }
        if (link != null && !link.isEmpty()) {
            return attribute(friendId, friendEmail, linkCode, ReferralSource.LINK, v);
        }
        final String emailKey = EmailNormalizer.of(s).normalize(friendEmail);
        if (emailKey == null) {
            return new Attribution(Attribution.Outcome.NONE, null, null);
        }
        final Date since = new Date(clock.now().getTime() - s.getCookieDays() * ReferralFraudRules.DAY);
        Long inviter = newTx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return repository.latestInviter(emailKey, since);
            }
        });
        if (inviter == null || inviter == friendId || !customers.isActive(inviter)) {
            return new Attribution(Attribution.Outcome.NONE, null, null);
        }
        String code = codes.codeFor(inviter);
        return create(inviter, friendId, friendEmail, code, ReferralSource.INVITATION, v, null);
    }

    @Override
    public Attribution attributeCode(long customerId, String input, ReferralSource source, Visitor visitor) {
        Visitor v = visitor == null ? Visitor.UNKNOWN : visitor;
        seen(customerId, v, SEEN_CODE);
        CustomerContact c = directory.contact(customerId);
        return attribute(customerId, c == null ? null : c.getEmail(), input, source, v);
    }

    private Attribution attribute(long friendId, String friendEmail, String input, ReferralSource source, Visitor v) {
        CodeCheck check = check(input, friendId, v);
        if (!check.isValid()) {
            return new Attribution(Attribution.Outcome.INVALID_CODE, null, check);
        }
        return create(check.getAdvocateId(), friendId, friendEmail, check.getCode(), source, v, check);
    }

    private Attribution create(final long advocateId, final long friendId, final String friendEmail, final String code,
                               final ReferralSource source, final Visitor v, final CodeCheck check) {
        Referral existing = referralOfFriend(friendId);
        if (existing != null) {
            return already(existing, advocateId, check);
        }
        try {
            return newTx.execute(new TransactionCallback<Attribution>() {
                @Override
                public Attribution doInTransaction(TransactionStatus status) {
                    ReferralSettings s = settings.current();
                    Date now = clock.now();
                    String ipHash = hasher.ip(v.getIp());
                    String uaHash = hasher.userAgent(v.getUserAgent());
                    String emailKey = EmailNormalizer.of(s).normalize(friendEmail);
                    Referral r = new Referral(advocateId, friendId, code, source, emailKey, ipHash, uaHash, now);
                    List<String> reasons = fraud.atSignup(s, advocateId, friendId, friendEmail, ipHash, uaHash);
                    String how = "Referred with code " + code + " (" + describe(source) + ")";
                    ReferralDecision d;
                    if (reasons.isEmpty()) {
                        d = r.moveTo(ReferralStatus.PENDING, how, ReferralDecision.SYSTEM, now);
                    } else {
                        d = r.moveTo(ReferralStatus.FLAGGED, how + "; flagged: " + join(reasons), ReferralDecision.SYSTEM, now);
                    }
                    em.persist(r);
                    em.flush();
                    d.attachTo(r.getId());
                    em.persist(d);
                    if (r.getStatus() == ReferralStatus.PENDING) {
                        issueWelcomeCode(r, s, now);
                    }
                    markInvitationJoined(emailKey, advocateId, friendId);
                    em.flush();
                    return new Attribution(r.getStatus() == ReferralStatus.PENDING ? Attribution.Outcome.REFERRED
                            : Attribution.Outcome.FLAGGED, r, check);
                }
            });
        } catch (RuntimeException e) {
            Referral meanwhile = referralOfFriend(friendId);
            if (meanwhile != null) {
                LOG.info("Customer " + friendId + " was attributed concurrently; keeping " + meanwhile);
                return already(meanwhile, advocateId, check);
            }
            throw e;
        }
    }

    private static Attribution already(Referral existing, long advocateId, CodeCheck check) {
        return new Attribution(existing.getAdvocateId() == advocateId ? Attribution.Outcome.ALREADY_BY_THIS_ADVOCATE
                : Attribution.Outcome.ALREADY_REFERRED, existing, check);
    }

    /** Issues the friend's single-use welcome code on a referral (inside the caller's transaction). */
    void issueWelcomeCode(Referral r, ReferralSettings s, Date now) {
        Date until = new Date(now.getTime() + s.getFriendCodeValidDays() * ReferralFraudRules.DAY);
        String code = offers.createCode(r.getFriendId(), s.getFriendDiscountKind(), s.getFriendDiscountValue(),
                s.getFriendMinimumSubtotal(), new Date(now.getTime() - 60_000L), until,
                "Welcome discount from a friend", "WELCOME");
        r.friendCodeIssued(code, until);
    }

    private void markInvitationJoined(String emailKey, long advocateId, long friendId) {
        if (emailKey == null) {
            return;
        }
        repository.openInvitations(emailKey, advocateId).forEach(i -> i.joined(friendId));
    }

    private static String describe(ReferralSource source) {
        switch (source) {
            case TYPED_CODE: return "typed";
            case LINK: return "link";
            default: return "invitation";
        }
    }

    static String join(List<String> reasons) {
        StringBuilder sb = new StringBuilder();
        for (String r : reasons) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(r);
        }
        return sb.toString();
    }

    @Override
    public Referral referralOfFriend(final long customerId) {
        return newTx.execute(new TransactionCallback<Referral>() {
            @Override
            public Referral doInTransaction(TransactionStatus status) {
                Referral found = repository.byFriend(customerId);
                if (found != null) {
                    em.refresh(found); // the storefront's open EntityManager may hold an older copy
                }
                return found;
            }
        });
    }

    @Override
    public WelcomeDiscount welcomeDiscount(long customerId) {
        Referral r = referralOfFriend(customerId);
        if (r == null || r.getStatus() != ReferralStatus.PENDING || r.getOrderId() != null || r.getFriendCode() == null) {
            return null;
        }
        if (r.getFriendCodeValidUntil() != null && !r.getFriendCodeValidUntil().after(clock.now())) {
            return null;
        }
        if (offers.isUsed(r.getFriendCode())) {
            return null;
        }
        return new WelcomeDiscount(r.getFriendCode(), friendTerms(), r.getFriendCodeValidUntil());
    }

    @Override
    public WelcomeDiscount applyWelcomeDiscount(long customerId, long cartId) {
        WelcomeDiscount w = welcomeDiscount(customerId);
        if (w == null) {
            throw new ReferralException("evergreen.referral.cart.noDiscount",
                    "There is no first-order discount from a friend for this account.");
        }
        if (!offers.cartHasCode(cartId, w.getCode())) {
            offers.applyToCart(customerId, cartId, w.getCode());
        }
        return w;
    }

    @Override
    public void seen(final long customerId, final Visitor visitor, final String occasion) {
        if (visitor == null || !visitor.hasDevice()) {
            return;
        }
        newTx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                repository.recordSighting(customerId, hasher.ip(visitor.getIp()), hasher.userAgent(visitor.getUserAgent()),
                        occasion, clock.now());
                return null;
            }
        });
    }

    @Override
    public void linkFollowed(final CodeCheck check) {
        if (check == null || !check.isValid() || check.getAdvocateId() == null) {
            return;
        }
        newTx.execute(status -> {
            repository.recordVisit(check.getAdvocateId(), clock.now());
            return null;
        });
    }

    @Override
    public void seenHashed(final long customerId, final String ipHash, final String userAgentHash, final String occasion) {
        if (ipHash == null || userAgentHash == null) {
            return;
        }
        newTx.execute(status -> {
            repository.recordSighting(customerId, ipHash, userAgentHash, occasion, clock.now());
            return null;
        });
    }

    @Override
    public DiscountTerms friendTerms() {
        return DiscountTerms.friend(settings.current());
    }
}
