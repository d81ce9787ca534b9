package org.evergreenloyalty.referral;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.StripedLocks;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link WrongCodeThrottle} on EVG_REFERRAL_THROTTLE: one counter row per client and per IP address (keyed hashes),
 * incremented with an UPDATE that holds the row's lock until the try is counted, so a check and its count are one
 * step. A window starts with the first try and lasts the configured minutes. Within one node, tries of the same
 * client or address queue on a JVM lock first: a burst of parallel guesses holds one connection, not one each.
 */
public class DefaultWrongCodeThrottle implements WrongCodeThrottle {

    private static final int ATTEMPTS = 3;

    private final StripedLocks keyLocks = new StripedLocks(64);
    private final TransactionTemplate newTx;
    private final ReferralRepository repository;
    private final VisitorHasher hasher;
    private final Clock clock;

    public DefaultWrongCodeThrottle(PlatformTransactionManager txm, ReferralRepository repository, VisitorHasher hasher, Clock clock) {
        this.newTx = new TransactionTemplate(txm);
        this.repository = repository;
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public Ticket acquire(final Visitor visitor, final ReferralSettings settings) {
        final String client = clientKey(visitor);
        final String ip = ipKey(visitor);
        final Date now = clock.now();
        final Date since = new Date(now.getTime() - settings.getWrongCodeWindowMinutes() * 60_000L);
        return keyLocks.withLocks(() -> count(client, ip, now, since, settings), client, ip);
    }

    private Ticket count(final String client, final String ip, final Date now, final Date since, final ReferralSettings settings) {
        // the rows exist before the counting transaction starts: it only updates rows, so concurrent tries queue on a
        // row lock and never race to insert the same key inside a transaction that holds another row's lock
        ensureRow(client, now);
        ensureRow(ip, now);
        return newTx.execute(status -> {
            List<String> counted = new ArrayList<String>();
            boolean blocked = false;
            // always client first, then IP: concurrent tries lock rows in the same order
            if (client != null) {
                counted.add(client);
                blocked = increment(client, now, since) > settings.getWrongCodeLimitPerSession();
            }
            if (ip != null && !blocked) {
                counted.add(ip);
                blocked = increment(ip, now, since) > settings.getWrongCodeLimitPerIp();
            }
            if (blocked) {
                status.setRollbackOnly(); // a refused try counts nothing
                return null;
            }
            return new Ticket(counted.toArray(new String[0]));
        });
    }

    /** Creates the counter row of {@code key} (no tries yet) in a transaction of its own, unless it exists. */
    private void ensureRow(final String key, final Date now) {
        if (key == null) {
            return;
        }
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                newTx.execute(status -> {
                    repository.ensureCounter(key, now);
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                last = e; // another try of the same key inserted it at the same moment: look again
            }
        }
        throw last;
    }

    /** Counts one try of {@code key} in its window (a new window when the old one is over); returns the tries. */
    private int increment(String key, Date now, Date since) {
        if (repository.countTry(key, since) > 0) {
            return repository.tries(key);
        }
        repository.restartWindow(key, now);
        return 1;
    }

    @Override
    public void refund(final Ticket ticket) {
        if (ticket == null || ticket.keys().length == 0) {
            return;
        }
        keyLocks.withLocks(() -> newTx.execute(status -> {
            for (String k : ticket.keys()) {
                repository.refundTry(k);
            }
            return null;
        }), (Object[]) ticket.keys());
    }

    @Override
    public int purge(final Date before) {
        return newTx.execute(status -> repository.purgeCounters(before));
    }

    /** The client: its session, else its IP address and browser together. */
    private String clientKey(Visitor v) {
        if (v == null) {
            return null;
        }
        if (v.getSessionId() != null) {
            return "c:" + hasher.session(v.getSessionId());
        }
        return v.getIp() == null ? null : "c:" + hasher.hash("client:" + v.getIp().trim().toLowerCase() + "|" + v.getUserAgent());
    }

    private String ipKey(Visitor v) {
        return v == null || v.getIp() == null ? null : "i:" + hasher.ip(v.getIp());
    }
}
