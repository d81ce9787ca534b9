package org.evergreenloyalty.scheduling;

/** Wraps a checked exception thrown by {@link LoyaltyJob#run()}. */
public class JobFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobFailedException(String name, Throwable cause) {
        super("The loyalty job '" + name + "' failed: " + cause.getMessage(), cause);
    }
}
