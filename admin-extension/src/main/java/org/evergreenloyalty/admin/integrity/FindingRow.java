package org.evergreenloyalty.admin.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evergreenloyalty.integrity.FindingKind;
import org.evergreenloyalty.integrity.IntegrityFinding;
import org.evergreenloyalty.integrity.IntegrityTexts;

/**
 * One stored integrity finding as Loyalty &gt; Integrity shows it: its group and kind, the sentence describing it
 * in the admin's language, and what to link to (the order in Broadleaf's order screen when it exists, the
 * customer in Loyalty &gt; Customers).
 */
public final class FindingRow {

    private final IntegrityFinding finding;
    private final String text;

    private FindingRow(IntegrityFinding finding, String text) {
        this.finding = finding;
        this.text = text;
    }

    /** The rows of {@code findings}, texts in {@code locale}. */
    public static List<FindingRow> of(List<IntegrityFinding> findings, IntegrityTexts texts, Locale locale) {
        List<FindingRow> rows = new ArrayList<FindingRow>(findings.size());
        for (IntegrityFinding f : findings) {
            rows.add(new FindingRow(f, texts.finding(locale, f)));
        }
        return rows;
    }

    public String getKind() { return finding.getKind().name(); }
    public String getGroup() { return finding.getGroup().name(); }
    public String getText() { return text; }
    public Long getCustomerId() { return finding.getCustomerId(); }
    public Long getOrderId() { return finding.getOrderId(); }
    /** The order number, else the id, for display; null when the finding concerns no order. */
    public String getOrderLabel() {
        if (finding.getOrderId() == null) {
            return null;
        }
        return finding.getOrderNumber() != null ? finding.getOrderNumber() : String.valueOf(finding.getOrderId());
    }
    /** Whether the order exists, so a link to it makes sense. */
    public boolean isOrderLinked() {
        return finding.getOrderId() != null && finding.getKind() != FindingKind.ORDER_MISSING;
    }
}
