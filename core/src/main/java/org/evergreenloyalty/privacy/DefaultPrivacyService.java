package org.evergreenloyalty.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.webhook.WebhookJson;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link PrivacyService} over the {@link PersonalDataCatalog}: an export reads every section in one read-only
 * transaction; an erasure changes every section and writes its {@link ErasureRecord} in one transaction, so it
 * happens completely or not at all. The job checks the module's customers against the store page by page.
 */
public class DefaultPrivacyService implements PrivacyService {

    private static final Log LOG = LogFactory.getLog(DefaultPrivacyService.class);
    /** Customers the erasure job checks against the store per query. */
    static final int PAGE = 500;
    /** Who erasures of the job are recorded as. */
    public static final String JOB_ACTOR = "system:privacy-erasure";

    private final TransactionTemplate tx;
    private final PersonalDataRepository repository;
    private final PersonalDataCatalog catalog;
    private final CustomerStatusGateway store;
    private final Clock clock;
    private final boolean eraseOnDeactivation;

    public DefaultPrivacyService(PlatformTransactionManager txm, PersonalDataRepository repository, PersonalDataCatalog catalog,
                                 CustomerStatusGateway store, Clock clock, boolean eraseOnDeactivation) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
        this.eraseOnDeactivation = eraseOnDeactivation;
    }

    @Override
    public PersonalDataExport export(long customerId) {
        return tx.execute(status -> {
            repository.flush();
            requireKnown(customerId);
            Map<String, Object> doc = new LinkedHashMap<String, Object>();
            doc.put("format", PersonalDataExport.FORMAT);
            doc.put("version", PersonalDataExport.VERSION);
            doc.put("customerId", customerId);
            doc.put("exportedAt", WebhookJson.iso(clock.now()));
            ErasureRecord erased = repository.erasure(customerId);
            doc.put("erasure", erased == null ? null : describe(erased));
            Map<String, Object> sections = new LinkedHashMap<String, Object>();
            catalog.sections().forEach(s -> sections.put(s.getKey(), repository.rows(s, customerId)));
            doc.put("sections", sections);
            doc.put("webhookEvents", repository.webhookEvents(customerId));
            return new PersonalDataExport(doc);
        });
    }

    @Override
    public ErasureResult erase(long customerId, String actor, String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new PrivacyException("reason", "evergreen.privacy.error.reasonRequired", "Enter the reason for the erasure.");
        }
        String who = actor == null || actor.trim().isEmpty() ? "unknown" : actor.trim();
        try {
            return tx.execute(status -> eraseNow(customerId, cut(who, 120), cut(why, 500)));
        } catch (PrivacyException e) {
            throw e;
        } catch (RuntimeException e) {
            ErasureRecord earlier = erasure(customerId);
            if (earlier == null) {
                throw e;
            }
            return new ErasureResult(earlier, false); // a concurrent erasure of the same customer won
        }
    }

    private ErasureResult eraseNow(long customerId, String actor, String reason) {
        ErasureRecord earlier = repository.erasure(customerId);
        if (earlier != null) {
            return new ErasureResult(earlier, false);
        }
        repository.flush();
        requireKnown(customerId);
        Map<String, Integer> rows = new LinkedHashMap<String, Integer>();
        catalog.sections().stream().filter(PersonalDataSection::isErased)
                .forEach(s -> rows.put(s.getKey(), repository.erase(s, customerId)));
        repository.clear();
        ErasureRecord record = new ErasureRecord(customerId, clock.now(), actor, reason, rows);
        repository.add(record);
        LOG.info("Erased the personal data of customer " + customerId + " (" + actor + "): " + rows);
        return new ErasureResult(record, true);
    }

    @Override
    public ErasureRecord erasure(long customerId) {
        return tx.execute(status -> repository.erasure(customerId));
    }

    @Override
    public int eraseClosedCustomers() {
        if (!eraseOnDeactivation) {
            return 0;
        }
        int erased = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<Long> page = tx.execute(status -> repository.notErased(from, PAGE));
            if (page.isEmpty()) {
                return erased;
            }
            Set<Long> closed = store.closed(page);
            for (Long id : new ArrayList<Long>(closed)) {
                try {
                    erased += erase(id, JOB_ACTOR, "customer deactivated or deleted in the store").isErasedNow() ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.warn("Erasing the data of closed customer " + id + " failed; the next run tries again", e);
                }
            }
            after = page.get(page.size() - 1);
        }
    }

    @Override
    public boolean isEraseOnDeactivation() {
        return eraseOnDeactivation;
    }

    private void requireKnown(long customerId) {
        if (store.exists(customerId)) {
            return;
        }
        boolean hasData = catalog.sections().stream().anyMatch(s -> repository.count(s, customerId) > 0);
        if (!hasData) {
            throw new PrivacyException(null, "evergreen.privacy.error.unknownCustomer",
                    "There is no customer " + customerId + ".", String.valueOf(customerId));
        }
    }

    /** The erasure record as an export shows it. */
    static Map<String, Object> describe(ErasureRecord r) {
        Map<String, Object> m = new LinkedHashMap<String, Object>();
        m.put("erasedAt", WebhookJson.iso(r.getErasedAt()));
        m.put("erasedBy", r.getErasedBy());
        m.put("reason", r.getReason());
        m.put("rowsTouched", new LinkedHashMap<String, Object>(r.getRowsTouched()));
        return m;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
