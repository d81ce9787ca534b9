package org.evergreenloyalty.ledger;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.evergreenloyalty.support.IdBlocks;

/**
 * Posts a page of ledger events in the caller's transaction with a fixed handful of statements instead of
 * several per event: the page's accounts are locked in one query, known event keys found in one query, and
 * entries, lots and account rows written as JDBC batches ({@link LedgerJdbc}). The rules are those of
 * {@link DefaultLedgerService#post}: an event key is recorded once (a repeat answers with the earlier entry),
 * a credit first repays a debt and makes a lot of the rest, pending never goes negative, and each account
 * row moves by exactly the sum of its new entries. Either the whole page is written or, on any error,
 * nothing (the caller's transaction rolls back).
 */
class LedgerBatchWriter {

    private final LedgerJdbc jdbc;
    private final LongConsumer accountLock;

    /** {@code accountLock} holds this node's lock of an account until the transaction ends. */
    LedgerBatchWriter(LedgerJdbc jdbc, LongConsumer accountLock) {
        this.jdbc = jdbc;
        this.accountLock = accountLock;
    }

    /**
     * Records credit postings (no available debit) in order; see {@link LedgerService#postCredits}. With
     * {@code keysAreNew} the caller vouches that no key was recorded ({@link LedgerService#postNewCredits}).
     */
    List<PostingResult> postCredits(List<Posting> postings, boolean keysAreNew, Date now) {
        for (Posting p : postings) {
            if (p.getAvailableDelta() < 0) {
                throw new IllegalArgumentException("postCredits takes no debits; post " + p.getEventKey() + " on its own");
            }
        }
        Map<Long, LedgerJdbc.AccountRow> accounts = lockAccounts(customersOf(postings));
        return record(postings, accounts, keysAreNew ? new HashMap<String, LedgerEntry>() : jdbc.entriesByEventKey(keysOf(postings)), now);
    }

    /**
     * Locks the accounts of {@code customerIds}, asks {@code planner} for the postings given each one's available
     * balance as read under the lock, and records them, debits included; see {@link LedgerService#postPlanned}.
     */
    List<PostingResult> postPlanned(Collection<Long> customerIds, Function<Map<Long, Long>, List<Posting>> planner, Date now) {
        Map<Long, LedgerJdbc.AccountRow> accounts = lockAccounts(new TreeSet<Long>(customerIds));
        Map<Long, Long> available = new HashMap<Long, Long>();
        accounts.forEach((id, a) -> available.put(id, a.available));
        List<Posting> postings = planner.apply(java.util.Collections.unmodifiableMap(available));
        for (Posting p : postings) {
            if (!accounts.containsKey(p.getCustomerId())) {
                throw new IllegalArgumentException("Posting " + p.getEventKey() + " is for customer " + p.getCustomerId()
                        + ", whose account the page did not lock");
            }
        }
        return record(postings, accounts, jdbc.entriesByEventKey(keysOf(postings)), now);
    }

    /**
     * Records {@code postings} in order on the locked {@code accounts} ({@code known}: the entries of keys recorded
     * earlier), then writes entries, lots and accounts in batches.
     */
    private List<PostingResult> record(List<Posting> postings, Map<Long, LedgerJdbc.AccountRow> accounts,
                                       Map<String, LedgerEntry> known, Date now) {
        Map<Long, List<long[]>> openLots = debitedCustomers(postings, known).isEmpty() ? new HashMap<Long, List<long[]>>()
                : jdbc.openLotsForUpdate(debitedCustomers(postings, known));
        Map<Long, Long> takenLots = new LinkedHashMap<Long, Long>();
        List<PostingResult> results = new ArrayList<PostingResult>(postings.size());
        List<LedgerEntry> entries = new ArrayList<LedgerEntry>();
        List<PointLot> lots = new ArrayList<PointLot>();
        int fresh = 0;
        int credits = 0;
        for (Posting p : postings) {
            if (!known.containsKey(p.getEventKey())) {
                fresh++;
                credits += p.getAvailableDelta() > 0 ? 1 : 0;
            }
        }
        IdBlocks.Supply entryIds = jdbc.entryIds(fresh);
        IdBlocks.Supply lotIds = jdbc.lotIds(credits);
        for (Posting p : postings) {
            LedgerEntry earlier = known.get(p.getEventKey());
            if (earlier != null) {
                results.add(new PostingResult(earlier, false));
                continue;
            }
            LedgerJdbc.AccountRow a = accounts.get(p.getCustomerId());
            check(p, a);
            LedgerEntry entry = new LedgerEntry(p, a.available + p.getAvailableDelta(), now);
            entry.assignId(entryIds.next());
            if (p.getAvailableDelta() > 0) {
                long debt = Math.max(0, -a.available);
                long credit = p.getAvailableDelta() - Math.min(debt, p.getAvailableDelta());
                if (credit > 0) {
                    PointLot lot = new PointLot(p.getCustomerId(), entry.getId(), credit, now, p.getLotExpiresAt());
                    lot.assignId(lotIds.next());
                    lots.add(lot);
                    openLots.computeIfAbsent(p.getCustomerId(), c -> new ArrayList<long[]>()).add(new long[] {lot.getId(), credit, 1});
                }
            } else if (p.getAvailableDelta() < 0) {
                take(openLots.get(p.getCustomerId()), -p.getAvailableDelta(), takenLots, lots);
            }
            a.apply(entry);
            entries.add(entry);
            known.put(p.getEventKey(), entry);
            results.add(new PostingResult(entry, true));
        }
        jdbc.insertEntries(entries);
        jdbc.insertLots(lots);
        jdbc.setLotsRemaining(takenLots);
        jdbc.writeAccounts(accounts.values(), now);
        return results;
    }

    /** The rules of {@link DefaultLedgerService#post}: no overspending unless allowed, pending never below zero. */
    private static void check(Posting p, LedgerJdbc.AccountRow a) {
        if (p.getAvailableDelta() < 0 && !p.isAllowNegative() && a.available + p.getAvailableDelta() < 0) {
            throw new InsufficientPointsException(p.getCustomerId(), Math.max(0, a.available), -p.getAvailableDelta());
        }
        if (a.pending + p.getPendingDelta() < 0) {
            throw new LedgerException("Customer " + p.getCustomerId() + " has " + a.pending
                    + " pending points; cannot remove " + (-p.getPendingDelta()));
        }
    }

    /**
     * Takes {@code wanted} points from the customer's open lots, oldest first ({@code {lotId, remaining, isNew}}); lots
     * written earlier in this page are changed in place, others are noted in {@code taken} (lot id to what is left).
     */
    private static void take(List<long[]> open, long wanted, Map<Long, Long> taken, List<PointLot> newLots) {
        if (open == null) {
            return;
        }
        for (long[] lot : open) {
            if (wanted == 0) {
                break;
            }
            long t = Math.min(wanted, lot[1]);
            if (t == 0) {
                continue;
            }
            lot[1] -= t;
            wanted -= t;
            if (lot[2] == 1) {
                for (PointLot n : newLots) {
                    if (n.getId() == lot[0]) {
                        n.take(t);
                    }
                }
            } else {
                taken.put(lot[0], lot[1]);
            }
        }
    }

    private static List<Long> debitedCustomers(List<Posting> postings, Map<String, LedgerEntry> known) {
        TreeSet<Long> ids = new TreeSet<Long>();
        for (Posting p : postings) {
            if (p.getAvailableDelta() < 0 && !known.containsKey(p.getEventKey())) {
                ids.add(p.getCustomerId());
            }
        }
        return new ArrayList<Long>(ids);
    }

    /**
     * Expires what is left of the given lots ({@code lotCustomers}: lot id to its customer, in the order to expire them);
     * see {@link LedgerService#expireDueLots}.
     */
    List<LedgerEntry> expireLots(Map<Long, Long> lotCustomers, String reason, Date now) {
        if (lotCustomers.isEmpty()) {
            return new ArrayList<LedgerEntry>();
        }
        List<Long> lotIds = new ArrayList<Long>(lotCustomers.keySet());
        Map<Long, LedgerJdbc.AccountRow> accounts = lockAccounts(new TreeSet<Long>(lotCustomers.values()));
        // read again under the account locks: a spend may have taken from the lots meanwhile
        Map<Long, long[]> lots = jdbc.lotsForUpdate(lotIds);
        List<LedgerEntry> entries = new ArrayList<LedgerEntry>();
        List<Long> emptied = new ArrayList<Long>();
        IdBlocks.Supply entryIds = jdbc.entryIds(lotIds.size());
        for (Long lotId : lotIds) {
            long[] lot = lots.get(lotId);
            if (lot == null || lot[1] <= 0) {
                continue;
            }
            long customerId = lot[0];
            long left = lot[1];
            LedgerJdbc.AccountRow a = accounts.get(customerId);
            Posting p = Posting.builder(customerId, EntryType.EXPIRE, "expire:lot:" + lotId)
                    .available(-left).source("lot", lotId).reason(reason).build();
            LedgerEntry entry = new LedgerEntry(p, a.available - left, now);
            entry.assignId(entryIds.next());
            a.apply(entry);
            entries.add(entry);
            emptied.add(lotId);
        }
        jdbc.insertEntries(entries);
        jdbc.emptyLots(emptied);
        jdbc.writeAccounts(accounts.values(), now);
        return entries;
    }

    /**
     * Takes this node's locks in one order (no deadlock between batches), then the rows; a customer without an account
     * gets an empty one in memory, inserted with its balances when the page is written.
     */
    private Map<Long, LedgerJdbc.AccountRow> lockAccounts(TreeSet<Long> customerIds) {
        for (Long id : customerIds) {
            accountLock.accept(id);
        }
        jdbc.detachManaged(customerIds);
        Map<Long, LedgerJdbc.AccountRow> rows = jdbc.accountsForUpdate(customerIds);
        customerIds.forEach(id -> rows.computeIfAbsent(id, LedgerJdbc.AccountRow::created));
        return rows;
    }

    private static TreeSet<Long> customersOf(Collection<Posting> postings) {
        TreeSet<Long> ids = new TreeSet<Long>();
        for (Posting p : postings) {
            ids.add(p.getCustomerId());
        }
        return ids;
    }

    private static List<String> keysOf(Collection<Posting> postings) {
        Map<String, Boolean> keys = new LinkedHashMap<String, Boolean>();
        for (Posting p : postings) {
            keys.put(p.getEventKey(), Boolean.TRUE);
        }
        return new ArrayList<String>(keys.keySet());
    }

    static Timestamp timestamp(Date d) {
        return d == null ? null : new Timestamp(d.getTime());
    }
}
