package org.evergreenloyalty.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One table of the module that holds data about a customer, as the {@link PersonalDataCatalog} names it: the key
 * of its section in an export, the table and the column holding the customer's id, and what erasure does to its
 * rows (columns set to fixed SQL expressions, or the rows deleted; neither: the rows are kept as they are).
 */
public final class PersonalDataSection {

    private final String key;
    private final String table;
    private final String customerColumn;
    private final Map<String, String> erasedColumns;
    private final boolean deleteOnErasure;
    private final String keptBecause;

    private PersonalDataSection(String key, String table, String customerColumn, Map<String, String> erasedColumns,
                                boolean deleteOnErasure, String keptBecause) {
        this.key = key;
        this.table = table;
        this.customerColumn = customerColumn;
        this.erasedColumns = Collections.unmodifiableMap(new LinkedHashMap<String, String>(erasedColumns));
        this.deleteOnErasure = deleteOnErasure;
        this.keptBecause = keptBecause;
    }

    /** A section whose rows erasure keeps unchanged, for the reason given (shown in the README and the catalog). */
    public static PersonalDataSection kept(String key, String table, String customerColumn, String because) {
        return new PersonalDataSection(key, table, customerColumn, Collections.<String, String>emptyMap(), false, because);
    }

    /** A section whose rows erasure deletes. */
    public static PersonalDataSection deleted(String key, String table, String customerColumn) {
        return new PersonalDataSection(key, table, customerColumn, Collections.<String, String>emptyMap(), true, null);
    }

    /**
     * A section whose rows erasure anonymises: {@code columnsAndExpressions} alternate a column and the SQL
     * expression it is set to ({@code NULL}, a quoted constant, another column of the row).
     */
    public static PersonalDataSection anonymised(String key, String table, String customerColumn, String... columnsAndExpressions) {
        Map<String, String> m = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < columnsAndExpressions.length; i += 2) {
            m.put(columnsAndExpressions[i], columnsAndExpressions[i + 1]);
        }
        return new PersonalDataSection(key, table, customerColumn, m, false, null);
    }

    /** Name of the section in an export and in an erasure record, e.g. {@code referralsAsFriend}. */
    public String getKey() { return key; }
    /** The table, e.g. {@code EVG_REFERRAL}. */
    public String getTable() { return table; }
    /** The column holding the customer's id, e.g. {@code FRIEND_ID}. */
    public String getCustomerColumn() { return customerColumn; }
    /** Columns erasure overwrites, with the SQL expression each gets (empty: none). */
    public Map<String, String> getErasedColumns() { return erasedColumns; }
    /** Whether erasure deletes the rows. */
    public boolean isDeleteOnErasure() { return deleteOnErasure; }
    /** Why erasure keeps the rows unchanged, or null when it changes them. */
    public String getKeptBecause() { return keptBecause; }
    /** Whether erasure changes the section's rows at all. */
    public boolean isErased() { return deleteOnErasure || !erasedColumns.isEmpty(); }
}
