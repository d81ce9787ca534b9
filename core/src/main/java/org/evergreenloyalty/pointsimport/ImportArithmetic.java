package org.evergreenloyalty.pointsimport;

/** The balance arithmetic of the two modes, apart from the database so it can be tested on its own. */
public final class ImportArithmetic {

    private ImportArithmetic() {
    }

    /**
     * The available balance after a row of {@code points} in {@code mode} on a customer holding {@code balance}, or null
     * when the row is refused for a negative result: SET to a negative balance, or ADD that takes points and ends below
     * zero (adding to a customer in debt is allowed: it pays part of the debt).
     */
    public static Long newBalance(ImportMode mode, long points, long balance) {
        if (mode == ImportMode.SET) {
            return points < 0 ? null : points;
        }
        long after = balance + points;
        return points < 0 && after < 0 ? null : after;
    }
}
