package org.evergreenloyalty.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;


import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps the choices in EVG_EMAIL_PREFERENCE, one row per customer and category they ever unsubscribed from. */
public class DefaultEmailPreferenceService implements EmailPreferenceService {

    private static final Log LOG = LogFactory.getLog(DefaultEmailPreferenceService.class);
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final TransactionTemplate tx;
    private final EmailPreferenceRepository repository;
    private final UnsubscribeTokenService tokens;

    public DefaultEmailPreferenceService(PlatformTransactionManager transactionManager, EmailPreferenceRepository repository,
                                         UnsubscribeTokenService tokens) {
        this.tx = new TransactionTemplate(transactionManager);
        this.repository = repository;
        this.tokens = tokens;
    }

    @Override
    public boolean isSubscribed(final long customerId, final String category) {
        check(customerId, category);
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return subscribed(customerId, category) && (ALL.equals(category) || subscribed(customerId, ALL));
            }
        });
    }

    @Override
    public Set<Long> unsubscribed(Collection<Long> customerIds, String category) {
        for (Long id : customerIds) {
            check(id, category);
        }
        Set<Long> out = new HashSet<Long>();
        List<Long> ids = new ArrayList<Long>(customerIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            out.addAll(tx.execute(status -> repository.unsubscribedAmong(chunk, Arrays.asList(category, ALL))));
        }
        return out;
    }

    @Override
    public void unsubscribe(long customerId, String category) {
        record(customerId, category, false);
    }

    @Override
    public void resubscribe(long customerId, String category) {
        record(customerId, category, true);
    }

    @Override
    public UnsubscribeRequest unsubscribe(String token) {
        UnsubscribeRequest request = tokens.verify(token);
        record(request.getCustomerId(), request.getCategory(), false);
        LOG.info("Customer " + request.getCustomerId() + " unsubscribed from '" + request.getCategory() + "' e-mail");
        return request;
    }

    private boolean subscribed(long customerId, String category) {
        Boolean stored = repository.subscribed(customerId, category);
        return stored == null || stored;
    }

    private void record(final long customerId, final String category, final boolean subscribed) {
        check(customerId, category);
        try {
            write(customerId, category, subscribed);
        } catch (RuntimeException e) {
            // a concurrent first choice inserted the row meanwhile: update it
            write(customerId, category, subscribed);
        }
    }

    private void write(final long customerId, final String category, final boolean subscribed) {
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                Date now = new Date();
                Boolean stored = repository.subscribed(customerId, category);
                if (stored == null) {
                    if (!subscribed) {
                        repository.insert(customerId, category, false, now);
                    }
                } else if (stored != subscribed) {
                    repository.update(customerId, category, subscribed, now);
                }
                return null;
            }
        });
    }

    private static void check(long customerId, String category) {
        if (customerId <= 0) {
            throw new IllegalArgumentException("customer id must be positive, was " + customerId);
        }
        if (category == null || !CATEGORY.matcher(category).matches()) {
            throw new IllegalArgumentException("e-mail category '" + category
                    + "' is invalid: use 1-40 lower-case letters, digits and dashes");
        }
    }
}
