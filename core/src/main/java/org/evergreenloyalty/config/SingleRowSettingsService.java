package org.evergreenloyalty.config;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.AfterCommit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a feature's settings in one database row: the first read creates the row from the feature's
 * {@code evergreen.<feature>.*} properties (safe when two threads or nodes do it at once), and a save
 * validates the candidate, then copies it onto the row. Callers only ever get copies. The row is read and written
 * with plain SQL ({@link SettingsRow}): the settings classes are not entities, so the store's persistence unit does
 * not map them (see {@link org.evergreenloyalty.support.Rows} for why that matters).
 *
 * <p>A feature's {@code Default*SettingsService} extends this and says how its row is built, checked and
 * copied; its {@code current()} and {@code save(..)} are the ones here.
 *
 * @param <S> the feature's settings class (its fields' {@code @Column} names are the columns)
 */
public abstract class SingleRowSettingsService<S> {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final SettingsRow<S> rows;
    private final long rowId;
    private final String propertyPrefix;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final TransactionTemplate createTx;
    private volatile long cacheNanos;
    private volatile Kept<S> kept;

    /**
     * @param rowType             the settings class
     * @param table               its table (the changelog's)
     * @param rowId               the id of its single row
     * @param propertyPrefix      where its defaults come from, e.g. {@code evergreen.points} (named in errors)
     * @param txm                 the store's transaction manager
     * @param creationPropagation how the first read's insert joins a running transaction
     *                            ({@link TransactionDefinition#PROPAGATION_REQUIRED} or {@code _REQUIRES_NEW})
     */
    protected SingleRowSettingsService(Class<S> rowType, String table, long rowId, String propertyPrefix,
                                       PlatformTransactionManager txm, int creationPropagation) {
        this.rows = new SettingsRow<S>(rowType, table);
        this.rowId = rowId;
        this.propertyPrefix = propertyPrefix;
        this.tx = new TransactionTemplate(txm);
        this.readTx = new TransactionTemplate(txm);
        this.readTx.setReadOnly(true);
        this.createTx = new TransactionTemplate(txm);
        this.createTx.setPropagationBehavior(creationPropagation);
    }

    /** The settings the properties describe (not stored). */
    protected abstract S defaults();

    /** Field name to message key for every invalid value of {@code settings}; empty when all are valid. */
    protected abstract Map<String, String> validate(S settings);

    /** The feature's exception for a save with invalid values. */
    protected abstract RuntimeException invalid(Map<String, String> errors);

    /** A copy of {@code row}. */
    protected abstract S copyOf(S row);

    /** Copies every rule of {@code candidate} (not the id) onto {@code row}, which is then stored. */
    protected abstract void copyInto(S row, S candidate);

    /** The row the first read stores; {@link #defaults()} unless a feature checks its properties first. */
    protected S newRow() {
        return defaults();
    }

    /** The defaults, or an {@link IllegalStateException} naming the invalid properties. */
    protected final S validDefaults() {
        S d = defaults();
        Map<String, String> errors = validate(d);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The " + propertyPrefix + ".* properties are invalid: " + errors);
        }
        return d;
    }

    /**
     * Keeps the settings read for up to {@code seconds} (0: read the row every time). A save through this service
     * drops the kept copy at once; another node (or the admin webapp) sees a change within {@code seconds}.
     */
    public void setCacheSeconds(int seconds) {
        this.cacheNanos = TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
        this.kept = null;
    }

    /** A copy of the settings; the first call creates the row. */
    public S current() {
        Kept<S> k = kept;
        if (k != null && System.nanoTime() - k.readAt < cacheNanos) {
            return copyOf(k.settings);
        }
        long readAt = System.nanoTime();
        S read = read();
        if (cacheNanos > 0) {
            kept = new Kept<S>(copyOf(read), readAt);
        }
        return read;
    }

    /** A copy of the settings and when it was read. */
    private static final class Kept<S> {
        final S settings;
        final long readAt;

        Kept(S settings, long readAt) {
            this.settings = settings;
            this.readAt = readAt;
        }
    }

    private S read() {
        S row = readTx.execute(status -> rows.read(em, rowId));
        if (row != null) {
            return row;
        }
        try {
            return createRow();
        } catch (RuntimeException e) {
            // another thread or node created the row first
            S again = tx.execute(status -> rows.read(em, rowId));
            if (again == null) {
                throw e;
            }
            return again;
        }
    }

    private S createRow() {
        return createTx.execute(status -> {
            S existing = rows.read(em, rowId);
            if (existing == null) {
                existing = newRow();
                rows.insert(em, rowId, existing);
            }
            return copyOf(existing);
        });
    }

    /** Validates {@code candidate}, then stores its values; throws {@link #invalid} and changes nothing if it is not valid. */
    public S save(final S candidate) {
        Map<String, String> errors = validate(candidate);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        read();
        kept = null;
        try {
            return tx.execute(status -> {
                S row = rows.read(em, rowId);
                copyInto(row, candidate);
                rows.update(em, rowId, row);
                return copyOf(row);
            });
        } finally {
            kept = null;
            // inside a caller's transaction the new values are visible only once it commits
            AfterCommit.run(() -> kept = null);
        }
    }
}
