package org.evergreenloyalty.scheduling;

import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The module's own job ({@code heartbeat}): proves the scheduler fires on a node. It does no work
 * beyond counting its runs on this node; its previous fire time in the scheduler status shows an
 * operator that scheduling is alive.
 */
public class HeartbeatJob implements LoyaltyJob {

    /** The job's name. */
    public static final String NAME = "heartbeat";

    private static final Log LOG = LogFactory.getLog(HeartbeatJob.class);

    private final AtomicLong runs = new AtomicLong();
    private final AtomicReference<Date> lastRun = new AtomicReference<Date>();
    private final AtomicReference<String> lastThread = new AtomicReference<String>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void run() {
        runs.incrementAndGet();
        lastRun.set(new Date());
        lastThread.set(Thread.currentThread().getName());
        if (LOG.isDebugEnabled()) {
            LOG.debug("Evergreen scheduler heartbeat on thread " + Thread.currentThread().getName());
        }
    }

    /** How often the heartbeat ran on this node since start-up. */
    public long getRunCount() {
        return runs.get();
    }

    /** When the heartbeat last ran on this node, or null. */
    public Date getLastRun() {
        Date d = lastRun.get();
        return d == null ? null : new Date(d.getTime());
    }

    /** The thread the heartbeat last ran in on this node (scheduler threads are named evergreen-...), or null. */
    public String getLastRunThread() {
        return lastThread.get();
    }
}
