package org.evergreenloyalty.apikey;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.PersistenceContexts;
import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.support.TableIds;

/**
 * The store API keys' queries: the keys (found by their unique public prefix), the cheap conditional write of a
 * key's last-used time, and the idempotency records (unique per key and idempotency key, old ones deleted by
 * creation time via {@code EVG_API_IDEM_CREATED_IDX}).
 */
public class ApiKeyRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Every key, newest first. */
    public List<ApiKey> keys() {
        PersistenceContexts.detachAll(em, ApiKey.class); // the last-used time changes by bulk statements
        return em.createQuery("select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class).getResultList();
    }

    public ApiKey key(long id) {
        PersistenceContexts.detachAll(em, ApiKey.class);
        return em.find(ApiKey.class, id);
    }

    /** The key with this public prefix, or null. */
    public ApiKey byPrefix(String prefix) {
        PersistenceContexts.detachAll(em, ApiKey.class);
        List<ApiKey> found = em.createQuery("select k from ApiKey k where k.prefix = :p", ApiKey.class)
                .setParameter("p", prefix).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public void add(ApiKey key) {
        em.persist(key);
        em.flush();
    }

    /** Sets the last-used time to {@code now} unless it is already after {@code notBefore}; returns whether it wrote. */
    public boolean touch(long id, Date now, Date notBefore) {
        return em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id and (k.lastUsedAt is null or k.lastUsedAt < :nb)")
                .setParameter("now", now).setParameter("id", id).setParameter("nb", notBefore).executeUpdate() == 1;
    }

    /** The table of the idempotency records ({@link IdempotencyRecord}). */
    public static final String IDEMPOTENCY_TABLE = "EVG_API_IDEMPOTENCY";

    /** The record of {@code idempotencyKey} under the API key {@code keyId}, or null. */
    public IdempotencyRecord record(long keyId, String idempotencyKey) {
        return Rows.first(em, "select RECORD_ID, KEY_ID, IDEM_KEY, REQUEST_HASH, STATUS_CODE, RESPONSE, CREATED_AT from "
                + IDEMPOTENCY_TABLE + " where KEY_ID = ? and IDEM_KEY = ?", p -> p.id(keyId).text(idempotencyKey),
                rs -> new IdempotencyRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), Rows.time(rs, 7)));
    }

    /**
     * Inserts a record of a call that has not answered yet (status 0); returns its id. A second one of the same key and
     * idempotency key fails on the unique key.
     */
    public long add(long keyId, String idempotencyKey, String requestHash, Date at) {
        long id = TableIds.next(em, "IdempotencyRecord");
        Rows.update(em, "insert into " + IDEMPOTENCY_TABLE + " (RECORD_ID, KEY_ID, IDEM_KEY, REQUEST_HASH, STATUS_CODE, CREATED_AT) "
                + "values (?, ?, ?, ?, 0, ?)", p -> p.id(id).id(keyId).text(idempotencyKey).text(requestHash).time(at));
        return id;
    }

    /** Stores the first answer of a record. */
    public void complete(long recordId, int status, String response) {
        Rows.update(em, "update " + IDEMPOTENCY_TABLE + " set STATUS_CODE = ?, RESPONSE = ? where RECORD_ID = ?",
                p -> p.integer(status).text(response).id(recordId));
    }

    /** Removes the record of a call that was refused, so the key may be used again. */
    public void deleteRecord(long recordId) {
        Rows.update(em, "delete from " + IDEMPOTENCY_TABLE + " where RECORD_ID = ?", p -> p.id(recordId));
    }

    /** Deletes the records created before {@code cutoff}; returns how many. */
    public int deleteRecordsBefore(Date cutoff) {
        return Rows.update(em, "delete from " + IDEMPOTENCY_TABLE + " where CREATED_AT < ?", p -> p.time(cutoff));
    }

    /** Number of records of the API key {@code keyId} (for tests and the admin). */
    public long recordCount(long keyId) {
        return Rows.first(em, "select count(*) from " + IDEMPOTENCY_TABLE + " where KEY_ID = ?", p -> p.id(keyId), rs -> rs.getLong(1));
    }
}
