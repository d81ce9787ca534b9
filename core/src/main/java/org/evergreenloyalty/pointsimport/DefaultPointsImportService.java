package org.evergreenloyalty.pointsimport;

import java.io.BufferedReader;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.support.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Points import on the ledger: reads the file ({@link ImportCsv}), resolves customers through {@link ImportCustomers}
 * in batches, checks every row ({@link ImportPlan}), and applies in pages of {@code pageSize} rows, each page one
 * transaction: {@link LedgerService#postPlanned} locks the page's accounts and posts the differences computed from the
 * balances read under the lock, with batched statements; the page's tiers are written in the same transaction.
 */
public class DefaultPointsImportService implements PointsImportService {

    private final TransactionTemplate tx;
    private final LedgerService ledger;
    private final TierService tiers;
    private final PointsImportRepository repository;
    private final ImportCustomers customers;
    private final Clock clock;
    private int maxRows = 200_000;
    private int pageSize = 1000;
    private ZoneId zone = ZoneId.systemDefault();

    public DefaultPointsImportService(PlatformTransactionManager txm, LedgerService ledger, TierService tiers,
                                      PointsImportRepository repository, ImportCustomers customers, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.ledger = ledger;
        this.tiers = tiers;
        this.repository = repository;
        this.customers = customers;
        this.clock = clock;
    }

    /** Most data rows a file may have (evergreen.import.maxRows). */
    public void setMaxRows(int maxRows) {
        this.maxRows = Math.max(1, maxRows);
    }

    /** Rows per transaction when applying (evergreen.import.pageSize). */
    public void setPageSize(int pageSize) {
        this.pageSize = Math.max(1, pageSize);
    }

    /** The time zone whose days the {@code expires} column means (evergreen.import.timeZone; empty: the JVM's). */
    public void setTimeZone(String zone) {
        this.zone = zone == null || zone.trim().isEmpty() ? ZoneId.systemDefault() : ZoneId.of(zone.trim());
    }

    @Override
    public ImportReport dryRun(ImportRequest request, Reader csv) {
        ImportPlan plan = prepare(request, csv);
        return tx.execute(status -> {
            List<ImportLine> open = plan.open();
            Set<Long> ids = customersOf(plan, open);
            Map<Long, Long> balances = repository.availableBalances(ids);
            Map<Long, Long> tierIds = repository.tiersOf(ids);
            Map<Integer, ImportRow> evaluated = new HashMap<Integer, ImportRow>();
            for (ImportLine l : open) {
                long c = plan.customerOf(l);
                evaluated.put(l.getRow(), plan.evaluate(l, balances.getOrDefault(c, 0L), tierIds.get(c)));
            }
            return new ImportReport(request.getImportId(), request.getMode(), true, plan.rows(evaluated));
        });
    }

    @Override
    public ImportReport apply(ImportRequest request, Reader csv) {
        ImportPlan plan = prepare(request, csv);
        if (tx.execute(status -> repository.find(request.getImportId())) != null) {
            plan.allApplied();
            return new ImportReport(request.getImportId(), request.getMode(), false, plan.rows(new HashMap<Integer, ImportRow>()));
        }
        List<ImportLine> open = plan.open();
        Map<Integer, ImportRow> evaluated = new HashMap<Integer, ImportRow>();
        int pages = 0;
        for (int from = 0; from < open.size(); from += pageSize) {
            List<ImportLine> page = open.subList(from, Math.min(open.size(), from + pageSize));
            tx.execute(status -> {
                applyPage(plan, page, evaluated);
                return null;
            });
            pages++;
            if (Integer.bitCount(pages) == 1 && from + pageSize < open.size()) {
                // after pages 1, 2, 4, 8 ...: the tables grew by as much again as they had
                tx.execute(status -> {
                    repository.refreshStatistics();
                    return null;
                });
            }
        }
        ImportReport report = new ImportReport(request.getImportId(), request.getMode(), false, plan.rows(evaluated));
        try {
            tx.execute(status -> {
                if (repository.find(request.getImportId()) == null) {
                    repository.save(new ImportRecord(request, report, clock.now()));
                }
                return null;
            });
        } catch (DataIntegrityViolationException sameIdAtOnce) {
            // another apply of this import id wrote the history first; the ledger's event keys kept the rows once
        }
        return report;
    }

    /** One page in the current transaction: postings planned on the locked balances, then the tiers. */
    private void applyPage(ImportPlan plan, List<ImportLine> page, Map<Integer, ImportRow> evaluated) {
        Set<Long> ids = customersOf(plan, page);
        Map<Long, Long> tierIds = repository.tiersOf(ids);
        Map<Integer, ImportRow> rows = new HashMap<Integer, ImportRow>();
        ledger.postPlanned(ids, balances -> {
            rows.clear();
            List<Posting> postings = new ArrayList<Posting>();
            for (ImportLine l : page) {
                long c = plan.customerOf(l);
                ImportRow row = plan.evaluate(l, balances.getOrDefault(c, 0L), tierIds.get(c));
                rows.put(l.getRow(), row);
                if (row.getStatus() == RowStatus.CHANGE && row.getDelta() != 0) {
                    postings.add(plan.posting(l, row));
                }
            }
            return postings;
        });
        Map<Long, Long> newTiers = new HashMap<Long, Long>();
        for (ImportLine l : page) {
            ImportRow row = rows.get(l.getRow());
            LoyaltyTier t = plan.targetTier(l);
            if (row.getStatus() == RowStatus.CHANGE && t != null && !t.getId().equals(tierIds.get(row.getCustomerId()))) {
                newTiers.put(row.getCustomerId(), t.getId());
            }
        }
        repository.setTiers(newTiers, clock.now());
        evaluated.putAll(rows);
    }

    @Override
    public List<ImportRecord> history(int max) {
        return tx.execute(status -> repository.history(Math.max(1, Math.min(500, max))));
    }

    /** Reads and checks the file: everything but the balances. */
    private ImportPlan prepare(ImportRequest request, Reader csv) {
        List<ImportLine> lines = ImportCsv.read(csv instanceof BufferedReader ? csv : new BufferedReader(csv), maxRows);
        ImportPlan plan = new ImportPlan(request, lines, tiers.tiers(), zone);
        Map<String, Long> byEmail = plan.emails().isEmpty() ? new HashMap<String, Long>() : customers.idsByEmail(plan.emails());
        Set<Long> existing = plan.ids().isEmpty() ? new LinkedHashSet<Long>() : customers.existing(plan.ids());
        plan.check(byEmail, existing, clock.now().toInstant().atZone(zone).toLocalDate());
        List<String> keys = new ArrayList<String>();
        plan.open().forEach(l -> keys.add(request.eventKey(l.getRow())));
        plan.alreadyApplied(tx.execute(status -> repository.knownEventKeys(keys)));
        return plan;
    }

    private static Set<Long> customersOf(ImportPlan plan, List<ImportLine> lines) {
        Set<Long> ids = new LinkedHashSet<Long>();
        lines.forEach(l -> ids.add(plan.customerOf(l)));
        return ids;
    }
}
