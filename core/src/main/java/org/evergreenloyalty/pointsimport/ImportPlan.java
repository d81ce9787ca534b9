package org.evergreenloyalty.pointsimport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.points.LoyaltyTier;

/**
 * The rows of one import after the checks that need no balance: customers resolved (unknown and repeated ones
 * refused), tiers and expiry days checked, rows applied by an earlier run of the import id set apart. Then turns a row
 * and the customer's balance and tier into its {@link ImportRow} and, when it changes points, its {@link Posting}.
 */
final class ImportPlan {

    private final ImportRequest request;
    private final List<ImportLine> lines;
    private final Map<Integer, Long> customerOf = new HashMap<Integer, Long>();
    private final Map<Integer, ImportRow> decided = new HashMap<Integer, ImportRow>();
    private final Map<String, LoyaltyTier> tiersByName = new HashMap<String, LoyaltyTier>();
    private final Map<Long, String> tierNames = new HashMap<Long, String>();
    private final ZoneId zone;

    ImportPlan(ImportRequest request, List<ImportLine> lines, List<LoyaltyTier> tiers, ZoneId zone) {
        this.request = request;
        this.lines = lines;
        this.zone = zone;
        for (LoyaltyTier t : tiers) {
            tiersByName.put(t.getName().trim().toLowerCase(Locale.ROOT), t);
            tierNames.put(t.getId(), t.getName());
        }
        for (ImportLine l : lines) {
            if (l.getRefusal() != null) {
                decided.put(l.getRow(), ImportRow.refused(l, null, l.getRefusal(), l.getDetail()));
            }
        }
    }

    /** The e-mail addresses and customer ids the open rows name. */
    Set<String> emails() {
        Set<String> emails = new LinkedHashSet<String>();
        open().stream().filter(l -> l.getEmail() != null).forEach(l -> emails.add(l.getEmail()));
        return emails;
    }

    Set<Long> ids() {
        Set<Long> ids = new LinkedHashSet<Long>();
        open().stream().filter(l -> l.getCustomerId() != null).forEach(l -> ids.add(l.getCustomerId()));
        return ids;
    }

    /** Resolves customers, refuses unknown and repeated ones, unknown tiers and past days ({@code today}). */
    void check(Map<String, Long> idsByEmail, Set<Long> existingIds, LocalDate today) {
        Map<Long, List<Integer>> rowsOf = new HashMap<Long, List<Integer>>();
        for (ImportLine l : open()) {
            Long id = l.getCustomerId() != null ? (existingIds.contains(l.getCustomerId()) ? l.getCustomerId() : null)
                    : idsByEmail.get(l.getEmail());
            if (id == null) {
                refuse(l, null, Refusal.UNKNOWN_CUSTOMER, l.getReference());
                continue;
            }
            customerOf.put(l.getRow(), id);
            rowsOf.computeIfAbsent(id, k -> new ArrayList<Integer>()).add(l.getRow());
        }
        for (ImportLine l : open()) {
            Long id = customerOf.get(l.getRow());
            List<Integer> rows = rowsOf.get(id);
            if (rows.size() > 1) {
                refuse(l, id, Refusal.DUPLICATE_CUSTOMER, rowList(rows));
            } else if (l.getTier() != null && !tiersByName.containsKey(l.getTier().toLowerCase(Locale.ROOT))) {
                refuse(l, id, Refusal.UNKNOWN_TIER, l.getTier());
            } else if (l.getExpires() != null && l.getExpires().isBefore(today)) {
                refuse(l, id, Refusal.PAST_DATE, l.getExpires().toString());
            }
        }
    }

    /** Sets apart the rows whose event key the ledger knows (an earlier run of this import id applied them). */
    void alreadyApplied(Set<String> knownKeys) {
        for (ImportLine l : open()) {
            if (knownKeys.contains(request.eventKey(l.getRow()))) {
                decided.put(l.getRow(), ImportRow.done(l, customerOf.get(l.getRow()), RowStatus.ALREADY_APPLIED, 0, 0, null, null));
            }
        }
    }

    /** Every open row is reported as applied by the earlier run (the import id is in the history). */
    void allApplied() {
        alreadyApplied(new java.util.AbstractSet<String>() {
            @Override
            public boolean contains(Object o) {
                return true;
            }

            @Override
            public java.util.Iterator<String> iterator() {
                return java.util.Collections.<String>emptyIterator();
            }

            @Override
            public int size() {
                return 0;
            }
        });
    }

    /** Rows not decided yet (their outcome depends on balances). */
    List<ImportLine> open() {
        List<ImportLine> open = new ArrayList<ImportLine>();
        for (ImportLine l : lines) {
            if (!decided.containsKey(l.getRow())) {
                open.add(l);
            }
        }
        return open;
    }

    long customerOf(ImportLine l) {
        return customerOf.get(l.getRow());
    }

    /** The row's outcome on a customer with {@code balance} available and tier {@code tierId} (null: none). */
    ImportRow evaluate(ImportLine l, long balance, Long tierId) {
        long customerId = customerOf(l);
        Long after = ImportArithmetic.newBalance(request.getMode(), l.getPoints(), balance);
        if (after == null) {
            return ImportRow.refused(l, customerId, Refusal.NEGATIVE_RESULT, String.valueOf(balance + (request.getMode() == ImportMode.ADD ? l.getPoints() : 0)));
        }
        String oldTier = tierId == null ? null : tierNames.get(tierId);
        LoyaltyTier wanted = targetTier(l);
        String newTier = wanted == null ? oldTier : wanted.getName();
        boolean tierMoves = wanted != null && !wanted.getId().equals(tierId);
        RowStatus status = after != balance || tierMoves ? RowStatus.CHANGE : RowStatus.UNCHANGED;
        return ImportRow.done(l, customerId, status, balance, after, oldTier, newTier);
    }

    /** The tier the row sets, or null. */
    LoyaltyTier targetTier(ImportLine l) {
        return l.getTier() == null ? null : tiersByName.get(l.getTier().toLowerCase(Locale.ROOT));
    }

    /** The ledger posting of an evaluated row that moves points. */
    Posting posting(ImportLine l, ImportRow row) {
        String reason = "Points import " + request.getImportId() + (request.getFileName() == null ? "" : " (" + request.getFileName() + ")");
        return Posting.builder(row.getCustomerId(), EntryType.ADJUST, request.eventKey(l.getRow())).available(row.getDelta())
                .source("import", request.getImportId()).reason(reason.length() > 500 ? reason.substring(0, 500) : reason)
                .actor(request.getActor()).lotExpiresAt(expiry(l.getExpires())).build();
    }

    private Date expiry(LocalDate day) {
        return day == null ? null : Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The report rows in file order, {@code evaluated} filling the open ones. */
    List<ImportRow> rows(Map<Integer, ImportRow> evaluated) {
        List<ImportRow> rows = new ArrayList<ImportRow>(lines.size());
        for (ImportLine l : lines) {
            ImportRow r = decided.containsKey(l.getRow()) ? decided.get(l.getRow()) : evaluated.get(l.getRow());
            rows.add(r);
        }
        return rows;
    }

    private void refuse(ImportLine l, Long customerId, Refusal refusal, String detail) {
        decided.put(l.getRow(), ImportRow.refused(l, customerId, refusal, detail));
    }

    private static String rowList(List<Integer> rows) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size() && i < 10; i++) {
            b.append(i == 0 ? "" : ", ").append(rows.get(i));
        }
        return rows.size() > 10 ? b + ", ..." : b.toString();
    }
}
