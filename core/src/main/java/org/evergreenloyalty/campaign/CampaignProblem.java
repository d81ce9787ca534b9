package org.evergreenloyalty.campaign;

import java.io.Serializable;

/** One thing wrong with a campaign or earn rate: the form field, the message key (bundle evergreen-campaign) and its arguments. */
public final class CampaignProblem implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public CampaignProblem(String field, String messageKey, Object... arguments) {
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String getField() { return field; }
    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }

    @Override
    public String toString() {
        return field + ": " + messageKey + java.util.Arrays.toString(arguments);
    }
}
