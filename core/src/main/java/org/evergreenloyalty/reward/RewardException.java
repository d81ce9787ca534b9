package org.evergreenloyalty.reward;

import org.evergreenloyalty.support.RefusedException;

/**
 * A claim, refund or catalogue edit the engine refused; nothing changed. The key names the text in
 * {@code messages/evergreen-reward*.properties}; the field (admin form) is null for shopper actions.
 */
public class RewardException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public RewardException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
