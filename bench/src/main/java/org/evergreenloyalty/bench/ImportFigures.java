package org.evergreenloyalty.bench;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.evergreenloyalty.pointsimport.ImportMode;
import org.evergreenloyalty.pointsimport.ImportReport;
import org.evergreenloyalty.pointsimport.ImportRequest;
import org.evergreenloyalty.pointsimport.PointsImportService;
import org.evergreenloyalty.pointsimport.RowStatus;
import org.evergreenloyalty.support.Clock;

/**
 * The points import at migration size (bench.only=import): {@code n} customers loaded into BLC_CUSTOMER, then a file
 * of {@code n} rows by e-mail (every tenth with an expiry day) through the module's import service: the dry run, the
 * apply in ADD mode, the same import id again (changes nothing), and a SET import of the same customers (half of them
 * down, so debits take lots). Each timed from the file's text to the report; the target is under 60 s per 100,000 rows.
 */
final class ImportFigures {

    private final BenchContext ctx;
    private final BulkLoader loader;
    private final DataSource data;

    ImportFigures(BenchContext ctx, BulkLoader loader, DataSource data) {
        this.ctx = ctx;
        this.loader = loader;
        this.data = data;
    }

    Map<String, Object> run(int n) throws Exception {
        PointsImportService imports = ctx.bean("evgPointsImportService", PointsImportService.class);
        Clock clock = ctx.bean("evgClock", Clock.class);
        String prefix = "bench-import-" + System.currentTimeMillis() + "-";
        long first = loader.customers(n, prefix);
        analyzeCustomers();
        LocalDate expires = clock.now().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().plusYears(2);
        StringBuilder add = new StringBuilder("email,points,expires\n");
        StringBuilder set = new StringBuilder("customer_id,points\n");
        for (int i = 0; i < n; i++) {
            long id = first + i;
            long points = 100 + (i % 50) * 20;
            add.append(prefix).append(id).append("@example.com,").append(points).append(',').append(i % 10 == 0 ? expires.toString() : "").append('\n');
            set.append(id).append(',').append(i % 2 == 0 ? points / 2 : points + 75).append('\n');
        }
        String addId = "bench-add-" + first;
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        r.put("rows", n);
        long start = System.nanoTime();
        ImportReport dry = imports.dryRun(new ImportRequest(addId, "bench.csv", ImportMode.ADD, "bench"), new StringReader(add.toString()));
        r.put("dryRunSeconds", (System.nanoTime() - start) / 1e9);
        r.put("dryRunChanges", dry.count(RowStatus.CHANGE));
        start = System.nanoTime();
        ImportReport applied = imports.apply(new ImportRequest(addId, "bench.csv", ImportMode.ADD, "bench"), new StringReader(add.toString()));
        r.put("applySeconds", (System.nanoTime() - start) / 1e9);
        r.put("applied", applied.count(RowStatus.CHANGE));
        start = System.nanoTime();
        ImportReport again = imports.apply(new ImportRequest(addId, "bench.csv", ImportMode.ADD, "bench"), new StringReader(add.toString()));
        r.put("reapplySeconds", (System.nanoTime() - start) / 1e9);
        r.put("reapplyUnchanged", again.count(RowStatus.ALREADY_APPLIED));
        start = System.nanoTime();
        ImportReport setReport = imports.apply(new ImportRequest("bench-set-" + first, "bench-set.csv", ImportMode.SET, "bench"),
                new StringReader(set.toString()));
        r.put("setSeconds", (System.nanoTime() - start) / 1e9);
        r.put("setApplied", setReport.count(RowStatus.CHANGE));
        r.put("entries", count("select count(*) from EVG_LEDGER_ENTRY where EVENT_KEY like 'import:bench-%-" + first + ":%'"));
        r.put("balancesRight", count("select count(*) from EVG_LOYALTY_ACCOUNT a where a.CUSTOMER_ID >= " + first + " and a.CUSTOMER_ID < "
                + (first + n) + " and a.AVAILABLE = (select coalesce(sum(e.AVAILABLE_DELTA), 0) from EVG_LEDGER_ENTRY e where e.CUSTOMER_ID = a.CUSTOMER_ID)"
                + " and a.AVAILABLE = (select coalesce(sum(l.REMAINING_POINTS), 0) from EVG_POINT_LOT l where l.CUSTOMER_ID = a.CUSTOMER_ID)"));
        return r;
    }

    /** A store's customer table has statistics; fresh from the bulk load it has none (PostgreSQL would scan it whole). */
    private void analyzeCustomers() throws Exception {
        try (java.sql.Connection c = data.getConnection(); java.sql.Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                s.execute("analyze BLC_CUSTOMER");
            }
        }
    }

    private long count(String sql) throws Exception {
        try (java.sql.Connection c = data.getConnection(); java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
