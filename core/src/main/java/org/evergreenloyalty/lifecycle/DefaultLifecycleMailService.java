package org.evergreenloyalty.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.birthday.ProductSuggestion;
import org.evergreenloyalty.birthday.ProductSuggestionSource;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.notification.MailKind;
import org.evergreenloyalty.notification.MailOutbox;
import org.evergreenloyalty.notification.MailSubject;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link LifecycleMailService}: the decision is a row of {@code EVG_LIFECYCLE_MAIL} (unique per customer, kind and
 * reference time) written in the same transaction as the queued e-mail and the win-back bonus (a ledger posting with
 * its own event key), so each e-mail and bonus happens once however often the job runs. The win-back job pages through
 * the lapsed customers (keyset on the customer id, one transaction per page: decided e-mails, products from the order
 * history and the page's rows read with one query each) and stops between pages when interrupted. The e-mails are
 * marketing e-mails (within the outbox's daily cap, low priority) except the welcome, which answers the sign-up. The
 * anniversary works the same way, once per customer and year (reference time: the start of the year).
 */
public class DefaultLifecycleMailService implements LifecycleMailService {

    /** Unsubscribe categories. */
    public static final String CATEGORY_WELCOME = "welcome";
    public static final String CATEGORY_WIN_BACK = "win-back";
    public static final String CATEGORY_ANNIVERSARY = "anniversary";

    private static final Log LOG = LogFactory.getLog(DefaultLifecycleMailService.class);
    private static final Date ONCE = new Date(0L);
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    private final TransactionTemplate tx;
    private final LifecycleRepository repository;
    private final LifecycleSettings settings;
    private final MailOutbox outbox;
    private final PointsAccountService accounts;
    private final PointsSettingsService pointsSettings;
    private final LedgerService ledger;
    private final ProductSuggestionSource products;
    private final Clock clock;
    private final String accountUrl;
    private LifecycleSwitchService switches;

    public DefaultLifecycleMailService(PlatformTransactionManager txm, LifecycleRepository repository, LifecycleSettings settings,
                                       MailOutbox outbox, PointsAccountService accounts, PointsSettingsService pointsSettings,
                                       LedgerService ledger, ProductSuggestionSource products, Clock clock, String storeBaseUrl) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.settings = settings;
        this.outbox = outbox;
        this.accounts = accounts;
        this.pointsSettings = pointsSettings;
        this.ledger = ledger;
        this.products = products;
        this.clock = clock;
        this.accountUrl = (storeBaseUrl.endsWith("/") ? storeBaseUrl.substring(0, storeBaseUrl.length() - 1) : storeBaseUrl)
                + "/account/loyalty";
    }

    /** The admin's switches (without them, the properties of {@link LifecycleSettings} decide). */
    public void setSwitches(LifecycleSwitchService switches) {
        this.switches = switches;
    }

    private boolean on(LifecycleKind kind) {
        return switches != null ? switches.isOn(kind) : settings.isOn(kind);
    }

    @Override
    public boolean welcome(long customerId) {
        if (!on(LifecycleKind.WELCOME)) {
            return false;
        }
        return tx.execute(status -> {
            if (repository.exists(customerId, LifecycleKind.WELCOME, ONCE)) {
                return false;
            }
            repository.add(new LifecycleMail(customerId, LifecycleKind.WELCOME, ONCE, 0, clock.now()));
            PointsSettings p = pointsSettings.current();
            Map<String, Object> v = new LinkedHashMap<String, Object>();
            v.put("accountUrl", accountUrl);
            v.put("balance", ledger.balance(customerId).getAvailable());
            v.put("pointsPerUnit", p.getPointsPerCurrencyUnit());
            v.put("redeemPointsPerUnit", p.getRedeemPointsPerCurrencyUnit());
            outbox.enqueueToCustomer(customerId, "welcome", MailSubject.key("evergreen.mail.welcome.subject"), CATEGORY_WELCOME,
                    v, MailKind.TRANSACTIONAL, MailOutbox.PRIORITY_NORMAL);
            return true;
        });
    }

    @Override
    public int sendWinBacks() {
        if (!on(LifecycleKind.WIN_BACK)) {
            return 0;
        }
        Date now = clock.now();
        Date before = new Date(now.getTime() - settings.getWinBackDays() * DAY_MS);
        Date notBefore = new Date(now.getTime() - settings.getWinBackMaxDays() * DAY_MS);
        return CustomerPages.each(tx, settings.getPageSize(),
                after -> repository.lapsed(before, notBefore, after, settings.getPageSize()), l -> l.customerId, page -> winBackPage(page, now));
    }

    /** Decides, grants and queues the page's win-backs not decided yet for the customer's current lapse. */
    private int winBackPage(List<LifecycleRepository.Lapsed> page, Date now) {
        List<Long> ids = page.stream().map(l -> l.customerId).collect(Collectors.toList());
        Map<Long, Set<Long>> decided = repository.decided(LifecycleKind.WIN_BACK, ids);
        List<LifecycleRepository.Lapsed> due = page.stream()
                .filter(l -> !decided.getOrDefault(l.customerId, Collections.emptySet()).contains(l.lastOrderAt.getTime()))
                .collect(Collectors.toList());
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<ProductSuggestion>> suggested = suggestions(due);
        long bonus = settings.getWinBackBonusPoints();
        for (LifecycleRepository.Lapsed l : due) {
            repository.add(new LifecycleMail(l.customerId, LifecycleKind.WIN_BACK, l.lastOrderAt, bonus, now));
            if (bonus > 0) {
                accounts.grantBonus(l.customerId, bonus, "bonus:win-back:" + l.customerId + ":" + l.lastOrderAt.getTime(),
                        "Win-back bonus", "win-back", l.customerId);
            }
            Map<String, Object> v = new LinkedHashMap<String, Object>();
            v.put("accountUrl", accountUrl);
            v.put("bonusPoints", bonus);
            v.put("lastOrderAt", l.lastOrderAt);
            v.put("products", cards(suggested.get(l.customerId)));
            outbox.enqueueToCustomer(l.customerId, "win-back", MailSubject.key("evergreen.mail.win-back.subject"), CATEGORY_WIN_BACK,
                    v, MailKind.MARKETING, MailOutbox.PRIORITY_LOW);
        }
        return due.size();
    }

    private Map<Long, List<ProductSuggestion>> suggestions(List<LifecycleRepository.Lapsed> due) {
        if (settings.getSuggestions() == 0) {
            return Collections.emptyMap();
        }
        try {
            return products.suggestionsFor(due.stream().map(l -> l.customerId).collect(Collectors.toList()), settings.getSuggestions());
        } catch (RuntimeException e) {
            LOG.warn("No product suggestions for a page of win-back e-mails: " + e.getMessage());
            return Collections.emptyMap();
        }
    }

    private static ArrayList<Map<String, String>> cards(List<ProductSuggestion> found) {
        ArrayList<Map<String, String>> out = new ArrayList<Map<String, String>>();
        if (found != null) {
            found.forEach(p -> out.add(p.asMap()));
        }
        return out;
    }

    @Override
    public int sendAnniversaries() {
        if (!on(LifecycleKind.ANNIVERSARY)) {
            return 0;
        }
        LocalDate today = clock.now().toInstant().atZone(settings.getZone()).toLocalDate();
        int queued = 0;
        for (int back = settings.getAnniversaryCatchUpDays(); back >= 0 && !Thread.currentThread().isInterrupted(); back--) {
            LocalDate day = today.minusDays(back);
            queued += anniversariesOn(day, day.getMonthValue(), day.getDayOfMonth());
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
                queued += anniversariesOn(day, 2, 29); // opened on 29 February: celebrated on the 28th in other years
            }
        }
        return queued;
    }

    /** The anniversaries of accounts opened on {@code month}/{@code dayOfMonth} in a year before {@code day}'s, page by page. */
    private int anniversariesOn(LocalDate day, int month, int dayOfMonth) {
        Date yearStart = Date.from(day.withDayOfYear(1).atStartOfDay(settings.getZone()).toInstant());
        return CustomerPages.each(tx, settings.getPageSize(),
                after -> repository.openedOn(month, dayOfMonth, yearStart, after, settings.getPageSize()), r -> (Long) r[0],
                page -> anniversaryPage(page, day, yearStart));
    }

    /** Decides, grants and queues the page's anniversaries of {@code day}'s year not decided yet. */
    private int anniversaryPage(List<Object[]> page, LocalDate day, Date yearStart) {
        List<Long> ids = page.stream().map(r -> (Long) r[0]).collect(Collectors.toList());
        Map<Long, Set<Long>> decided = repository.decided(LifecycleKind.ANNIVERSARY, ids);
        long bonus = settings.getAnniversaryBonusPoints();
        int queued = 0;
        for (Object[] r : page) {
            long customerId = (Long) r[0];
            if (decided.getOrDefault(customerId, Collections.emptySet()).contains(yearStart.getTime())) {
                continue;
            }
            int years = day.getYear() - ((Date) r[1]).toInstant().atZone(settings.getZone()).getYear();
            repository.add(new LifecycleMail(customerId, LifecycleKind.ANNIVERSARY, yearStart, bonus, clock.now()));
            if (bonus > 0) {
                accounts.grantBonus(customerId, bonus, "bonus:anniversary:" + customerId + ":" + day.getYear(),
                        "Anniversary bonus", "anniversary", customerId);
            }
            Map<String, Object> v = new LinkedHashMap<String, Object>();
            v.put("accountUrl", accountUrl);
            v.put("bonusPoints", bonus);
            v.put("years", years);
            outbox.enqueueToCustomer(customerId, "anniversary", MailSubject.key("evergreen.mail.anniversary.subject", years),
                    CATEGORY_ANNIVERSARY, v, MailKind.MARKETING, MailOutbox.PRIORITY_HIGH);
            queued++;
        }
        return queued;
    }

    @Override
    public List<LifecycleMail> ofCustomer(long customerId) {
        return tx.execute(s -> repository.ofCustomer(customerId));
    }
}
