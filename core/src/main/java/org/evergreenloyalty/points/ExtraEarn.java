package org.evergreenloyalty.points;

/**
 * Points an order earns on top of its ordinary points, posted as an EARN entry of their own under
 * {@code eventKey} (e.g. {@code campaign:7:order:123}) so they can be told apart, and reversed with the order.
 */
public final class ExtraEarn {

    private final String eventKey;
    private final long sourceRef;
    private final long points;
    private final String reason;

    public ExtraEarn(String eventKey, long sourceRef, long points, String reason) {
        this.eventKey = eventKey;
        this.sourceRef = sourceRef;
        this.points = points;
        this.reason = reason;
    }

    /** The ledger event key of the extra points. */
    public String getEventKey() { return eventKey; }
    /** The id of what granted them (a campaign's id). */
    public long getSourceRef() { return sourceRef; }
    public long getPoints() { return points; }
    /** The history's text (the campaign's name). */
    public String getReason() { return reason; }
}
