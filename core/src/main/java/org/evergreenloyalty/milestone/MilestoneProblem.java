package org.evergreenloyalty.milestone;

import java.io.Serializable;
import java.util.Arrays;

/** One thing wrong with a milestone's points or a challenge: the form field, the message key and its arguments. */
public final class MilestoneProblem implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public MilestoneProblem(String field, String messageKey, Object... arguments) {
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String getField() { return field; }
    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(arguments);
    }
}
