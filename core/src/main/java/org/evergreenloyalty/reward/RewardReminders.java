package org.evergreenloyalty.reward;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.notification.MailKind;
import org.evergreenloyalty.notification.MailOutbox;
import org.evergreenloyalty.notification.MailSubject;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder before a claimed reward expires: each unused claim expiring within {@code evergreen.rewards.reminder.days}
 * gets one e-mail ({@code reward-expiring.html}, subject and texts from {@code messages/evergreen-mail*}, in the
 * customer's language) queued in the mail outbox in the same transaction that marks the claim reminded, so it goes out
 * once however often the job runs.
 */
public class RewardReminders {

    /** The e-mail's preference category: it is a points-expiry notice like the points' own. */
    public static final String CATEGORY = "points-expiring";
    /** The e-mail's template. */
    public static final String TEMPLATE = "reward-expiring";

    private final TransactionTemplate tx;
    private final RewardRepository repository;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String accountUrl;
    private final int pageSize;

    /** @param pageSize claims per transaction ({@code evergreen.rewards.pageSize}, at least 1) */
    public RewardReminders(PlatformTransactionManager txm, RewardRepository repository, MailOutbox outbox, Clock clock,
                           String baseUrl, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("evergreen.rewards.pageSize must be at least 1, was " + pageSize);
        }
        this.pageSize = pageSize;
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
        this.accountUrl = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/account/loyalty/rewards";
    }

    /** Queues the due reminders page by page; returns how many. */
    int send(RewardSettings settings) {
        if (settings.getReminderDays() == 0) {
            return 0;
        }
        int queued = 0;
        while (true) {
            Date now = clock.now();
            Date until = new Date(now.getTime() + settings.getReminderDays() * DefaultRewardCatalogueService.DAY);
            List<Long> page = repository.dueForReminder(now, until, pageSize);
            if (page.isEmpty()) {
                return queued;
            }
            Integer n = tx.execute(status -> remind(page, now));
            queued += n == null ? 0 : n;
            if (page.size() < pageSize || n == null || n == 0) {
                return queued;
            }
        }
    }

    private int remind(List<Long> ids, Date now) {
        int n = 0;
        for (Long id : ids) {
            RewardClaim c = repository.lockClaim(id);
            if (c == null || c.getRemindedAt() != null || c.statusAt(now) != ClaimStatus.READY) {
                continue;
            }
            c.markReminded(now);
            Reward r = repository.reward(c.getRewardId());
            Map<String, Object> v = new LinkedHashMap<String, Object>();
            v.put("rewardName", r == null ? "" : r.getName());
            v.put("code", c.getCode());
            v.put("expiresAt", c.getValidUntil());
            v.put("accountUrl", accountUrl);
            outbox.enqueueToCustomer(c.getCustomerId(), TEMPLATE, MailSubject.key("evergreen.mail.reward-expiring.subject",
                    r == null ? c.getCode() : r.getName()), CATEGORY, v, MailKind.MARKETING, MailOutbox.PRIORITY_HIGH);
            n++;
        }
        repository.flush();
        return n;
    }
}
