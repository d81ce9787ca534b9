package org.evergreenloyalty.integrity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one pass of the {@link IntegrityCheck} found: every finding is counted by group, the first
 * {@code keep} are kept with their details (the rest would only repeat the message).
 */
public final class IntegrityReport {

    private final Date startedAt;
    private Date finishedAt;
    private final int keep;
    private final List<IntegrityFinding> findings = new ArrayList<IntegrityFinding>();
    private final Map<FindingGroup, Long> counts = new EnumMap<FindingGroup, Long>(FindingGroup.class);
    private long ordersChecked;
    private long redeemsChecked;
    private long accountsChecked;

    IntegrityReport(Date startedAt, int keep) {
        this.startedAt = new Date(startedAt.getTime());
        this.keep = keep;
        for (FindingGroup g : FindingGroup.values()) {
            counts.put(g, 0L);
        }
    }

    void add(IntegrityFinding f) {
        counts.put(f.getGroup(), counts.get(f.getGroup()) + 1);
        if (findings.size() < keep) {
            findings.add(f);
        }
    }

    void ordersChecked(long n) { ordersChecked += n; }
    void redeemsChecked(long n) { redeemsChecked += n; }
    void accountsChecked(long n) { accountsChecked += n; }
    void finished(Date at) { finishedAt = new Date(at.getTime()); }

    public Date getStartedAt() { return new Date(startedAt.getTime()); }
    public Date getFinishedAt() { return finishedAt == null ? null : new Date(finishedAt.getTime()); }
    /** The kept findings, in the order found (orders, then REDEEM entries, then accounts). */
    public List<IntegrityFinding> getFindings() { return Collections.unmodifiableList(findings); }
    /** All findings of {@code group}, kept or not. */
    public long count(FindingGroup group) { return counts.get(group); }
    public long total() {
        long n = 0;
        for (Long c : counts.values()) {
            n += c;
        }
        return n;
    }
    public long getOrdersChecked() { return ordersChecked; }
    public long getRedeemsChecked() { return redeemsChecked; }
    public long getAccountsChecked() { return accountsChecked; }
}
