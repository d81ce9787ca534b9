package org.evergreenloyalty.scheduling;

/** Thrown when a job is asked to run on a node where it is running already. */
public class JobAlreadyRunningException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public JobAlreadyRunningException(String name) {
        super("The loyalty job '" + name + "' is already running on this node; try again when it has finished");
    }
}
