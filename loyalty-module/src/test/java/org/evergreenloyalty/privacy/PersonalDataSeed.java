package org.evergreenloyalty.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * Writes one row of a catalog section for a customer with plain SQL, whatever the table: the customer column, every
 * NOT NULL column and every column erasure overwrites get a value (texts carry {@link #marker(long)}), so a test
 * can show a section exported and erased without driving each feature's flow. Rows for ids that no other test uses.
 */
final class PersonalDataSeed {

    private static final AtomicLong NEXT = new AtomicLong(7_000_000_000L + (System.nanoTime() % 1_000_000_000L));

    private PersonalDataSeed() {
    }

    /** The text every seeded text value of {@code customerId} contains (unless its column is too short). */
    static String marker(long customerId) {
        return "c" + customerId + "x";
    }

    static void seed(DataSource ds, PersonalDataSection s, long customerId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            List<String> columns = new ArrayList<String>();
            List<Object> values = new ArrayList<Object>();
            List<Integer> types = new ArrayList<Integer>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from " + s.getTable() + " where 1 = 0")) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String col = md.getColumnName(i).toUpperCase(java.util.Locale.ROOT);
                    boolean mine = col.equals(s.getCustomerColumn());
                    if (!mine && md.isNullable(i) != ResultSetMetaData.columnNoNulls && !s.getErasedColumns().containsKey(col)) {
                        continue;
                    }
                    columns.add(col);
                    types.add(md.getColumnType(i));
                    values.add(mine ? (Object) customerId : value(md.getColumnType(i), md.getPrecision(i), customerId));
                }
            }
            StringBuilder sql = new StringBuilder("insert into " + s.getTable() + " (" + String.join(", ", columns) + ") values (");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) instanceof byte[]) {
                        ps.setBytes(i + 1, (byte[]) values.get(i));
                    } else if (values.get(i) instanceof String) {
                        ps.setString(i + 1, (String) values.get(i));
                    } else {
                        ps.setObject(i + 1, values.get(i), types.get(i));
                    }
                }
                ps.executeUpdate();
            }
        }
    }

    /** Deletes every row of {@code customerId} in the section's table, and the customer's erasure record. */
    static void remove(DataSource ds, PersonalDataCatalog catalog, long customerId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            for (PersonalDataSection s : catalog.sections()) {
                try (PreparedStatement ps = c.prepareStatement("delete from " + s.getTable() + " where " + s.getCustomerColumn() + " = ?")) {
                    ps.setLong(1, customerId);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("delete from EVG_ERASURE where CUSTOMER_ID = ?")) {
                ps.setLong(1, customerId);
                ps.executeUpdate();
            }
        }
    }

    private static Object value(int type, int precision, long customerId) {
        long n = NEXT.incrementAndGet();
        switch (type) {
            case Types.BIGINT:
                return n;
            case Types.INTEGER:
            case Types.SMALLINT:
            case Types.TINYINT:
                return (int) (n % 30000) + 1;
            case Types.NUMERIC:
            case Types.DECIMAL:
            case Types.DOUBLE:
            case Types.REAL:
            case Types.FLOAT:
                return java.math.BigDecimal.ONE;
            case Types.BINARY:
            case Types.VARBINARY:
            case Types.LONGVARBINARY:
            case Types.BLOB:
                return new byte[] {1, 2, 3};
            case Types.BOOLEAN:
            case Types.BIT:
                return Boolean.FALSE;
            case Types.TIMESTAMP:
            case Types.DATE:
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return new Timestamp(1_767_225_600_000L);
            default:
                String text = marker(customerId) + n;
                return precision > 0 && text.length() > precision ? text.substring(text.length() - precision) : text;
        }
    }
}
