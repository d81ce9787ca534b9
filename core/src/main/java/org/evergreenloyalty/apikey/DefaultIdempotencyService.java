package org.evergreenloyalty.apikey;

import java.util.Date;

import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.Tokens;
import org.evergreenloyalty.support.WriteConflicts;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link IdempotencyService} on the {@link ApiKeyRepository}, each step in a transaction of its own. */
public class DefaultIdempotencyService implements IdempotencyService {

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
        IdempotencyClaim found = tx.execute(status -> existing(repository.record(apiKeyId, idempotencyKey), requestHash));
        if (found != null) {
            return found;
        }
        try {
            return tx.execute(status -> {
                IdempotencyRecord r = new IdempotencyRecord(apiKeyId, idempotencyKey, requestHash, clock.now());
                repository.add(r);
                return IdempotencyClaim.fresh(r.getId());
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
