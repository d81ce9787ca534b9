package org.evergreenloyalty.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

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

    /** The table of the keys ({@link ApiKey}). */
    public static final String KEY_TABLE = "EVG_API_KEY";
    private static final String KEY_SELECT = "select KEY_ID, NAME, PREFIX, SECRET_HASH, SCOPE, EXPIRES_AT, CREATED_AT, CREATED_BY, "
            + "REVOKED_AT, LAST_USED_AT from " + KEY_TABLE;

    /** Every key, newest first. */
    public List<ApiKey> keys() {
        return Rows.list(em, KEY_SELECT + " order by CREATED_AT desc, KEY_ID desc", p -> { }, ApiKeyRepository::key);
    }

    /** The key {@code id}, or null. */
    public ApiKey key(long id) {
        return Rows.first(em, KEY_SELECT + " where KEY_ID = ?", p -> p.id(id), ApiKeyRepository::key);
    }

    /** The key with this public prefix, or null. */
    public ApiKey byPrefix(String prefix) {
        return Rows.first(em, KEY_SELECT + " where PREFIX = ?", p -> p.text(prefix), ApiKeyRepository::key);
    }

    /** Stores a new key; returns it with its id. */
    public ApiKey add(ApiKey.Draft d) {
        long id = TableIds.next(em, "ApiKey");
        Rows.update(em, "insert into " + KEY_TABLE + " (KEY_ID, NAME, PREFIX, SECRET_HASH, SCOPE, EXPIRES_AT, CREATED_AT, CREATED_BY) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", p -> p.id(id).text(d.name).text(d.prefix).text(d.secretHash)
                .text(d.scope.name()).time(d.expiresAt).time(d.createdAt).text(d.createdBy));
        return new ApiKey(id, d, null, null);
    }

    /** Revokes the key at {@code now} unless it was revoked before. */
    public void revoke(long id, Date now) {
        Rows.update(em, "update " + KEY_TABLE + " set REVOKED_AT = ? where KEY_ID = ? and REVOKED_AT is null", p -> p.time(now).id(id));
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getLong(1), new ApiKey.Draft(rs.getString(2), rs.getString(3), rs.getString(4),
                ApiScope.valueOf(rs.getString(5)), Rows.time(rs, 6), Rows.time(rs, 7), rs.getString(8)),
                Rows.time(rs, 9), Rows.time(rs, 10));
    }

    /** Sets the last-used time to {@code now} unless it is already after {@code notBefore}; returns whether it wrote. */
    public boolean touch(long id, Date now, Date notBefore) {
        return Rows.update(em, "update " + KEY_TABLE + " set LAST_USED_AT = ? where KEY_ID = ? and (LAST_USED_AT is null or LAST_USED_AT < ?)",
                p -> p.time(now).id(id).time(notBefore)) == 1;
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
