package org.evergreenloyalty.scheduling;

/** Thrown when a job name does not belong to any registered {@link LoyaltyJob}. */
public class UnknownJobException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownJobException(String name, Iterable<String> known) {
        super("There is no loyalty job named '" + name + "'; known jobs: " + known);
    }
}
