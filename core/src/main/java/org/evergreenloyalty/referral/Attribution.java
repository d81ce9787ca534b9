package org.evergreenloyalty.referral;

/**
 * What became of an attempt to attribute a customer to an advocate: a new referral (PENDING or FLAGGED), an
 * existing one, or a refusal with the message key to show. A refusal changed nothing.
 */
public final class Attribution {

    /** The kinds of result. */
    public enum Outcome {
        /** A new referral, PENDING; the friend's welcome code was issued. */
        REFERRED("evergreen.referral.attribution.referred"),
        /** A new referral, FLAGGED by a fraud rule: no welcome code until an admin approves it. */
        FLAGGED("evergreen.referral.attribution.flagged"),
        /** The customer was already referred by the same advocate; nothing changed. */
        ALREADY_BY_THIS_ADVOCATE("evergreen.referral.attribution.already"),
        /** The customer was already referred by another advocate; nothing changed. */
        ALREADY_REFERRED("evergreen.referral.attribution.alreadyOther"),
        /** The code was not acceptable (see {@link Attribution#getCheck()}); nothing changed. */
        INVALID_CODE(null),
        /** No code, link or invitation: nothing to attribute. */
        NONE(null);

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }

        public String getMessageKey() { return messageKey; }
    }

    private final Outcome outcome;
    private final Referral referral;
    private final CodeCheck check;

    Attribution(Outcome outcome, Referral referral, CodeCheck check) {
        this.outcome = outcome;
        this.referral = referral;
        this.check = check;
    }

    public Outcome getOutcome() { return outcome; }
    /** The referral created or found, or null. */
    public Referral getReferral() { return referral; }
    /** The verdict on the code entered, or null when no code was involved. */
    public CodeCheck getCheck() { return check; }

    /** The key of the message to show the shopper, or null when there is nothing to say. */
    public String getMessageKey() {
        if (outcome == Outcome.INVALID_CODE) {
            return check == null ? null : check.getMessageKey();
        }
        return outcome.getMessageKey();
    }

    /** Whether a referral exists for the customer after this call. */
    public boolean isReferred() {
        return referral != null;
    }

    @Override
    public String toString() {
        return "attribution " + outcome + (referral == null ? "" : " " + referral) + (check == null ? "" : " " + check);
    }
}
