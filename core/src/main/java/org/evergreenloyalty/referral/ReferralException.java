package org.evergreenloyalty.referral;

import org.evergreenloyalty.support.RefusedException;

/**
 * A referral action the engine refused; nothing changed. The message keys are in the
 * {@code messages/evergreen-referral} bundle.
 */
public class ReferralException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ReferralException(String messageKey, String message, Object... arguments) {
        super(null, messageKey, message, arguments);
    }
}
