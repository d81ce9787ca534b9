package org.evergreenloyalty.apikey;

import java.util.Date;

import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.Tokens;
import org.evergreenloyalty.support.WriteConflicts;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link IdempotencyService} on the {@link ApiKeyRepository}, each step in a transaction of its own. A claim still
 * running after {@value #STALE_MINUTES} minutes (its node stopped mid-call) is given up and may be claimed again:
 * write calls post through the ledger under a key made from the idempotency key, so running one again posts nothing
 * twice.
 */
public class DefaultIdempotencyService implements IdempotencyService {

    /** Minutes after which an unfinished claim is given up. */
    public static final int STALE_MINUTES = 10;

    private final TransactionTemplate tx;
    private final ApiKeyRepository repository;
    private final ApiSettings settings;
    private final Clock clock;

    public DefaultIdempotencyService(PlatformTransactionManager txm, ApiKeyRepository repository, ApiSettings settings, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public IdempotencyClaim begin(long apiKeyId, String idempotencyKey, String requestHash) {
        IdempotencyClaim found = tx.execute(status -> existing(giveUpStale(repository.record(apiKeyId, idempotencyKey)), requestHash));
        if (found != null) {
            return found;
        }
        try {
            return tx.execute(status -> {
                return IdempotencyClaim.fresh(repository.add(apiKeyId, idempotencyKey, requestHash, clock.now()));
            });
        } catch (RuntimeException e) {
            if (!WriteConflicts.isConflict(e)) {
                throw e;
            }
            // another call claimed it first
            IdempotencyClaim winner = tx.execute(status -> existing(repository.record(apiKeyId, idempotencyKey), requestHash));
            return winner == null ? IdempotencyClaim.of(IdempotencyClaim.Kind.IN_PROGRESS) : winner;
        }
    }

    /** The record, or null when it was an unfinished claim older than {@value #STALE_MINUTES} minutes (then deleted). */
    private IdempotencyRecord giveUpStale(IdempotencyRecord r) {
        if (r != null && r.getStatus() == 0 && r.getCreatedAt().getTime() < clock.now().getTime() - STALE_MINUTES * 60_000L) {
            repository.deleteRecord(r.getId());
            return null;
        }
        return r;
    }

    private static IdempotencyClaim existing(IdempotencyRecord r, String requestHash) {
        if (r == null) {
            return null;
        }
        if (!Tokens.equal(r.getRequestHash(), requestHash)) {
            return IdempotencyClaim.of(IdempotencyClaim.Kind.REUSED);
        }
        return r.getStatus() == 0 ? IdempotencyClaim.of(IdempotencyClaim.Kind.IN_PROGRESS) : IdempotencyClaim.replay(r);
    }

    @Override
    public void complete(long recordId, int status, String response) {
        if (response != null && response.length() > MAX_RESPONSE) {
            throw new IllegalArgumentException("A write call's answer is stored for replay and may have at most " + MAX_RESPONSE
                    + " characters, was " + response.length());
        }
        tx.execute(s -> {
            repository.complete(recordId, status, response);
            return null;
        });
    }

    @Override
    public void abandon(long recordId) {
        tx.execute(s -> {
            repository.deleteRecord(recordId);
            return null;
        });
    }

    @Override
    public int deleteExpired() {
        Date cutoff = new Date(clock.now().getTime() - settings.getIdempotencyHours() * 3_600_000L);
        return tx.execute(s -> repository.deleteRecordsBefore(cutoff));
    }
}
