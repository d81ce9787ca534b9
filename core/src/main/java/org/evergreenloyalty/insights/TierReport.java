package org.evergreenloyalty.insights;

import java.util.Collections;
import java.util.List;

/**
 * Tiers: how many customers hold each tier now (and how many members hold none), and the moves between tiers in a
 * period grouped by from and to tier.
 */
public final class TierReport {

    private final List<Count> members;
    private final long withoutTier;
    private final List<Move> moves;

    public TierReport(List<Count> members, long withoutTier, List<Move> moves) {
        this.members = Collections.unmodifiableList(members);
        this.withoutTier = withoutTier;
        this.moves = Collections.unmodifiableList(moves);
    }

    /** Tiers lowest first with their customers now. */
    public List<Count> getMembers() { return members; }
    /** Members (points accounts) holding no tier now. */
    public long getWithoutTier() { return withoutTier; }
    public List<Move> getMoves() { return moves; }

    /** Moves up in the period. */
    public long getUpgrades() { return moves.stream().filter(Move::isUpgrade).mapToLong(Move::getCount).sum(); }

    /** Moves down in the period. */
    public long getDowngrades() { return moves.stream().filter(m -> !m.isUpgrade()).mapToLong(Move::getCount).sum(); }

    /** A tier and its customers. */
    public static final class Count {
        private final String tier;
        private final long threshold;
        private final long customers;

        public Count(String tier, long threshold, long customers) {
            this.tier = tier;
            this.threshold = threshold;
            this.customers = customers;
        }

        public String getTier() { return tier; }
        public long getThreshold() { return threshold; }
        public long getCustomers() { return customers; }
    }

    /** Customers who moved from one tier to another (a null name: no tier). */
    public static final class Move {
        private final String from;
        private final String to;
        private final boolean upgrade;
        private final long count;

        public Move(String from, String to, boolean upgrade, long count) {
            this.from = from;
            this.to = to;
            this.upgrade = upgrade;
            this.count = count;
        }

        public String getFrom() { return from; }
        public String getTo() { return to; }
        public boolean isUpgrade() { return upgrade; }
        public long getCount() { return count; }
    }
}
