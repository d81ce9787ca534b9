package org.evergreenloyalty.lifecycle;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.evergreenloyalty.notification.MailKind;
import org.evergreenloyalty.notification.MailOutbox;
import org.evergreenloyalty.notification.MailSubject;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly points statement (bean {@code evgMonthlyStatements}): after a month, each member with a balance or with
 * points in or out during it gets one e-mail with the month's points in and out and the balance, once per customer and
 * month (a row of {@code EVG_LIFECYCLE_MAIL}, reference time: the month's start). Set-based: one query per page of
 * accounts (keyset on the customer id) reads the balances and the month's sums; one transaction per page.
 */
public class MonthlyStatements {

    /** Unsubscribe category. */
    public static final String CATEGORY = "statement";

    private final TransactionTemplate tx;
    private final LifecycleRepository repository;
    private final LifecycleSettings settings;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String accountUrl;
    private LifecycleSwitchService switches;

    public MonthlyStatements(PlatformTransactionManager txm, LifecycleRepository repository, LifecycleSettings settings,
                             MailOutbox outbox, Clock clock, String storeBaseUrl) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
        this.accountUrl = (storeBaseUrl.endsWith("/") ? storeBaseUrl.substring(0, storeBaseUrl.length() - 1) : storeBaseUrl)
                + "/account/loyalty";
    }

    /** The admin's switches (without them, {@code evergreen.lifecycle.statement.enabled} decides). */
    public void setSwitches(LifecycleSwitchService switches) {
        this.switches = switches;
    }

    /** The statements of the month before the current one (in the store's zone); how many were queued. */
    public int sendForLastMonth() {
        return send(YearMonth.from(ZonedDateTime.ofInstant(clock.now().toInstant(), settings.getZone())).minusMonths(1));
    }

    /** The statements of {@code month} not sent yet; how many were queued (0 when switched off). */
    public int send(YearMonth month) {
        if (!(switches != null ? switches.isOn(LifecycleKind.STATEMENT) : settings.isOn(LifecycleKind.STATEMENT))) {
            return 0;
        }
        Date from = Date.from(month.atDay(1).atStartOfDay(settings.getZone()).toInstant());
        Date to = Date.from(month.plusMonths(1).atDay(1).atStartOfDay(settings.getZone()).toInstant());
        return CustomerPages.each(tx, settings.getPageSize(), after -> repository.statementRows(from, to, after, settings.getPageSize()),
                r -> (Long) r[0], page -> page(page, from));
    }

    private int page(List<Object[]> rows, Date monthStart) {
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).collect(Collectors.toList());
        Map<Long, Set<Long>> decided = repository.decided(LifecycleKind.STATEMENT, ids);
        int queued = 0;
        for (Object[] r : rows) {
            long customerId = (Long) r[0];
            if (decided.getOrDefault(customerId, Collections.emptySet()).contains(monthStart.getTime())) {
                continue;
            }
            repository.add(new LifecycleMail(customerId, LifecycleKind.STATEMENT, monthStart, 0, clock.now()));
            Map<String, Object> v = new LinkedHashMap<String, Object>();
            v.put("accountUrl", accountUrl);
            v.put("month", monthStart);
            v.put("balance", ((Number) r[1]).longValue());
            v.put("pointsIn", ((Number) r[2]).longValue());
            v.put("pointsOut", -((Number) r[3]).longValue());
            outbox.enqueueToCustomer(customerId, "statement", MailSubject.key("evergreen.mail.statement.subject"), CATEGORY, v,
                    MailKind.MARKETING, MailOutbox.PRIORITY_LOW);
            queued++;
        }
        return queued;
    }
}
