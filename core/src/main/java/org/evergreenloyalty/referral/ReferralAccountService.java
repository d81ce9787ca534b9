package org.evergreenloyalty.referral;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the advocate's referral page ({@link AdvocateSummary}) and the advocate's numbers. */
public class ReferralAccountService {

    /** How many recent referrals the page lists. */
    public static final int RECENT = 20;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final ReferralRepository repository;

    private final TransactionTemplate tx;
    private final ReferralSettingsService settings;
    private final ReferralCodeService codes;
    private final ReferralService referrals;
    private final InvitationService invitations;
    private final CustomerDirectory directory;
    private final ReferralLinks links;

    public ReferralAccountService(PlatformTransactionManager txm, ReferralRepository repository, ReferralSettingsService settings, ReferralCodeService codes,
                                  ReferralService referrals, InvitationService invitations, CustomerDirectory directory,
                                  ReferralLinks links) {
        this.repository = repository;
        this.tx = new TransactionTemplate(txm);
        this.settings = settings;
        this.codes = codes;
        this.referrals = referrals;
        this.invitations = invitations;
        this.directory = directory;
        this.links = links;
    }

    /** The customer's referral page; creates the customer's code on first use. */
    public AdvocateSummary summary(long customerId) {
        String code = codes.codeFor(customerId);
        return new AdvocateSummary(code, links.link(code), settings.current(), stats(customerId), recent(customerId),
                referrals.welcomeDiscount(customerId));
    }

    /** The advocate's numbers. */
    public AdvocateStats stats(final long advocateId) {
        final long invited = invitations.invitationsSent(advocateId);
        return tx.execute(new TransactionCallback<AdvocateStats>() {
            @Override
            public AdvocateStats doInTransaction(TransactionStatus status) {
                long[] n = repository.advocateCounts(advocateId);
                return new AdvocateStats(invited, n[0], n[1], n[2], n[3], repository.rewardPoints(advocateId));
            }
        });
    }

    private List<ReferralLine> recent(final long advocateId) {
        List<Referral> found = tx.execute(new TransactionCallback<List<Referral>>() {
            @Override
            public List<Referral> doInTransaction(TransactionStatus status) {
                List<Referral> rs = repository.newestOf(advocateId, RECENT);
                for (Referral r : rs) {
                    em.refresh(r);
                }
                return rs;
            }
        });
        List<ReferralLine> lines = new ArrayList<ReferralLine>();
        for (Referral r : found) {
            lines.add(new ReferralLine(friendName(r.getFriendId()), r.getStatus(), r.getCreatedAt(), r.getRewardDueAt(),
                    r.getRewardedAt(), r.getStatus() == ReferralStatus.REWARDED ? r.getRewardPoints() : null,
                    r.getStatus() == ReferralStatus.REWARDED ? r.getRewardCode() : null));
        }
        return lines;
    }

    private String friendName(long friendId) {
        CustomerContact c = directory.contact(friendId);
        if (c == null) {
            return "—";
        }
        String first = c.getFirstName() == null ? "" : c.getFirstName().trim();
        String last = c.getLastName() == null ? "" : c.getLastName().trim();
        String name = (first + (last.isEmpty() ? "" : " " + last.charAt(0) + ".")).trim();
        return name.isEmpty() ? "—" : name;
    }
}
