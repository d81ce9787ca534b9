package org.evergreenloyalty.apikey;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.PersistenceContexts;

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

    /** The record of {@code idempotencyKey} under the API key {@code keyId}, or null. */
    public IdempotencyRecord record(long keyId, String idempotencyKey) {
        PersistenceContexts.detachAll(em, IdempotencyRecord.class); // completed by a bulk statement
        List<IdempotencyRecord> found = em.createQuery("select r from IdempotencyRecord r where r.keyId = :k and r.idempotencyKey = :i",
                IdempotencyRecord.class).setParameter("k", keyId).setParameter("i", idempotencyKey).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Inserts a record now (a second one of the same key and idempotency key fails on the unique index). */
    public void add(IdempotencyRecord record) {
        em.persist(record);
        em.flush();
    }

    /** Stores the first answer of a record. */
    public void complete(long recordId, int status, String response) {
        em.createQuery("update IdempotencyRecord r set r.status = :s, r.response = :b where r.id = :id")
                .setParameter("s", status).setParameter("b", response).setParameter("id", recordId).executeUpdate();
    }

    /** Removes the record of a call that was refused, so the key may be used again. */
    public void deleteRecord(long recordId) {
        em.createQuery("delete from IdempotencyRecord r where r.id = :id").setParameter("id", recordId).executeUpdate();
    }

    /** Deletes the records created before {@code cutoff}; returns how many. */
    public int deleteRecordsBefore(Date cutoff) {
        return em.createQuery("delete from IdempotencyRecord r where r.createdAt < :c").setParameter("c", cutoff).executeUpdate();
    }

    /** Number of records of the API key {@code keyId} (for tests and the admin). */
    public long recordCount(long keyId) {
        return em.createQuery("select count(r) from IdempotencyRecord r where r.keyId = :k", Long.class)
                .setParameter("k", keyId).getSingleResult();
    }
}
