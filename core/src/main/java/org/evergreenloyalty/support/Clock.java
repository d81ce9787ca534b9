package org.evergreenloyalty.support;

import java.util.Date;

/** The module's source of "now", so jobs and tests can move time without touching the system clock. */
public interface Clock {

    /** The current instant. */
    Date now();
}
