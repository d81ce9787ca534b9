package org.evergreenloyalty.pointsimport;

/** Why an import refuses a row; each has a text {@code import.refusal.<name>} in messages/evergreen-import ({0}: the value at fault). */
public enum Refusal {
    EMPTY_ROW,
    NO_CUSTOMER,
    BAD_CUSTOMER_ID,
    UNKNOWN_CUSTOMER,
    DUPLICATE_CUSTOMER,
    NOT_A_NUMBER,
    NEGATIVE_RESULT,
    UNKNOWN_TIER,
    BAD_DATE,
    PAST_DATE,
    WRONG_COLUMN_COUNT;

    /** The message bundle key of this refusal. */
    public String messageKey() {
        return "import.refusal." + name();
    }
}
