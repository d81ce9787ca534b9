package org.evergreenloyalty.referral;

/**
 * The verdict on a referral code someone entered: valid (with its advocate) or why not, with the key of the
 * message to show. Wrong codes count towards the wrong-code throttle.
 */
public final class CodeCheck {

    /** What a code turned out to be. */
    public enum Outcome {
        VALID("evergreen.referral.code.valid"),
        EMPTY("evergreen.referral.code.empty"),
        MALFORMED("evergreen.referral.code.malformed"),
        UNKNOWN("evergreen.referral.code.unknown"),
        RETIRED("evergreen.referral.code.retired"),
        ADVOCATE_INACTIVE("evergreen.referral.code.inactive"),
        OWN_CODE("evergreen.referral.code.own"),
        THROTTLED("evergreen.referral.code.throttled"),
        DISABLED("evergreen.referral.code.disabled");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }

        public String getMessageKey() { return messageKey; }

        /** Whether this outcome is a wrong guess that counts towards the throttle. */
        public boolean isWrongGuess() {
            return this == MALFORMED || this == UNKNOWN || this == RETIRED || this == ADVOCATE_INACTIVE;
        }
    }

    private final Outcome outcome;
    private final String code;
    private final Long advocateId;

    CodeCheck(Outcome outcome, String code, Long advocateId) {
        this.outcome = outcome;
        this.code = code;
        this.advocateId = advocateId;
    }

    public Outcome getOutcome() { return outcome; }
    public boolean isValid() { return outcome == Outcome.VALID; }
    /** The code as entered, normalised (upper case, no dashes or spaces); may be empty. */
    public String getCode() { return code; }
    /** The advocate owning a valid code, else null. */
    public Long getAdvocateId() { return advocateId; }
    public String getMessageKey() { return outcome.getMessageKey(); }

    @Override
    public String toString() {
        return "code check " + outcome + (advocateId == null ? "" : " (advocate " + advocateId + ")");
    }
}
