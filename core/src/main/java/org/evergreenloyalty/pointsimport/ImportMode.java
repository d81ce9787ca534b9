package org.evergreenloyalty.pointsimport;

/** How a points import treats the {@code points} column. */
public enum ImportMode {
    /** Posts the row's points (a negative number takes points away). */
    ADD,
    /** Posts the difference that brings the available balance to the row's points. */
    SET;

    /** The mode named {@code text} (any case), or null. */
    public static ImportMode parse(String text) {
        if (text == null) {
            return null;
        }
        for (ImportMode m : values()) {
            if (m.name().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        return null;
    }
}
