package org.evergreenloyalty.customevent;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.ledger.PostingResult;
import org.evergreenloyalty.support.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Custom events on the ledger: a recording locks the customer's account (so two events of one customer are counted
 * against the limit one after the other), answers a known event id with its first result, checks the rule and the
 * limit, then posts a BONUS with the event key {@code custom:<type>:<eventId>} and notes the event, in one transaction.
 */
public class DefaultCustomEventService implements CustomEventService {

    /** Event ids: 1 to 80 letters, digits, '.', '_', ':', '@' or '-'. */
    public static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,80}");
    private static final long DAY = 24L * 3600 * 1000;

    private final TransactionTemplate tx;
    private final CustomEventRepository repository;
    private final LedgerService ledger;
    private final CustomerDirectory customers;
    private final Clock clock;

    public DefaultCustomEventService(PlatformTransactionManager txm, CustomEventRepository repository, LedgerService ledger,
                                     CustomerDirectory customers, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.ledger = ledger;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public List<EarningEventRule> rules() {
        return tx.execute(status -> repository.rules());
    }

    @Override
    public EarningEventRule rule(String type) {
        return type == null ? null : tx.execute(status -> repository.rule(type.trim()));
    }

    @Override
    public EarningEventRule saveRule(RuleInput input) {
        input.validate();
        EarningEventRule rule = EarningEventRule.of(input, clock.now());
        tx.execute(status -> {
            repository.save(rule);
            return null;
        });
        return rule;
    }

    @Override
    public EventResult record(long customerId, String type, String eventId) {
        String t = type == null ? "" : type.trim();
        if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
            throw new CustomEventException("eventId", "customevent.error.eventId",
                    "The event id must be 1 to 80 letters, digits, '.', '_', ':', '@' or '-'.");
        }
        String key = "custom:" + t + ":" + eventId;
        EventResult earlier = tx.execute(status -> earlier(key, customerId));
        if (earlier != null) {
            return earlier;
        }
        EarningEventRule rule = rule(t);
        if (rule == null || !RuleInput.TYPE.matcher(t).matches()) {
            throw new CustomEventException("type", "customevent.error.unknownType", "There is no earning event type '" + t + "'.", t);
        }
        if (!rule.isActive()) {
            throw new CustomEventException("type", "customevent.error.inactive", "The earning event type '" + t + "' is switched off.", t);
        }
        if (customerId <= 0 || customers.contact(customerId) == null) {
            throw new CustomEventException("customerId", "customevent.error.unknownCustomer", "There is no customer " + customerId + ".",
                    customerId);
        }
        try {
            return tx.execute(status -> grant(rule, key, customerId, eventId));
        } catch (DataIntegrityViolationException e) {
            // the same event id recorded at the same moment by another call: answer with that one
            EventResult first = tx.execute(status -> earlier(key, customerId));
            if (first == null) {
                throw e;
            }
            return first;
        }
    }

    /** Inside the transaction, under the customer's account lock. */
    private EventResult grant(EarningEventRule rule, String key, long customerId, String eventId) {
        ledger.lockForUpdate(customerId);
        EventResult earlier = earlier(key, customerId);
        if (earlier != null) {
            return earlier;
        }
        Date now = clock.now();
        Date since = rule.getLimitPeriod() == LimitPeriod.EVER ? new Date(0) : new Date(now.getTime() - rule.getLimitPeriod().getDays() * DAY);
        if (repository.countSince(customerId, rule.getType(), since) >= rule.getLimitCount()) {
            throw new CustomEventException("type", "customevent.error.overLimit." + rule.getLimitPeriod().name(),
                    "Customer " + customerId + " has had the points of '" + rule.getType() + "' " + rule.getLimitCount()
                            + " time(s) " + (rule.getLimitPeriod() == LimitPeriod.EVER ? "already" : "in the last " + rule.getLimitPeriod().getDays()
                            + " day(s)") + ".", rule.getLimitCount(), rule.getLimitPeriod().getDays());
        }
        PostingResult posted = ledger.post(Posting.builder(customerId, EntryType.BONUS, key).available(rule.getPoints())
                .earned(rule.getPoints()).source("custom-event", rule.getType()).reason(rule.getLabel()).build());
        CustomEvent event = new CustomEvent(key, rule.getType(), eventId, customerId, rule.getPoints(), now);
        repository.record(event);
        return new EventResult(event, posted.getEntry().getId(), false);
    }

    /** The first result of {@code key}, or null; refuses when it was another customer's. */
    private EventResult earlier(String key, long customerId) {
        CustomEvent e = repository.event(key);
        if (e == null) {
            return null;
        }
        if (e.getCustomerId() != customerId) {
            throw new CustomEventException("eventId", "customevent.error.otherCustomer",
                    "The event id was recorded for another customer.");
        }
        LedgerEntry entry = ledger.findByEventKey(key);
        return new EventResult(e, entry == null ? 0 : entry.getId(), true);
    }

    @Override
    public Map<String, RuleTotals> totals() {
        return tx.execute(status -> repository.totals());
    }
}
