package org.evergreenloyalty.scheduling;

import java.util.Properties;

/**
 * The scheduler's configuration, read from the {@code evergreen.scheduler.*} properties. Invalid values are
 * rejected with a message naming the property.
 */
public final class SchedulerSettings {

    /** Where Quartz keeps its schedules. */
    public enum Store {
        /** In memory: schedules live on this node only; every node with the scheduler enabled fires every job. */
        RAM,
        /** In the store's database (QRTZ_ tables), clustered: each fire runs on exactly one node. */
        JDBC
    }

    private final boolean enabled;
    private final Store store;
    private final String instanceName;
    private final String nodeId;
    private final int threads;
    private final boolean createTables;
    private final long clusterCheckinIntervalMs;
    private final String driverDelegate;

    public SchedulerSettings(boolean enabled, Store store, String instanceName, String nodeId, int threads,
                             boolean createTables, long clusterCheckinIntervalMs, String driverDelegate) {
        if (store == null) {
            throw new IllegalArgumentException("store must be given");
        }
        if (instanceName == null || instanceName.trim().isEmpty()) {
            throw new IllegalArgumentException("evergreen.scheduler.instanceName must not be blank");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("evergreen.scheduler.threads must be at least 1, was " + threads);
        }
        if (clusterCheckinIntervalMs < 1000) {
            throw new IllegalArgumentException("evergreen.scheduler.clusterCheckinIntervalMs must be at least 1000, was "
                    + clusterCheckinIntervalMs);
        }
        this.enabled = enabled;
        this.store = store;
        this.instanceName = instanceName.trim();
        this.nodeId = nodeId == null || nodeId.trim().isEmpty() ? "AUTO" : nodeId.trim();
        this.threads = threads;
        this.createTables = createTables;
        this.clusterCheckinIntervalMs = clusterCheckinIntervalMs;
        this.driverDelegate = driverDelegate == null || driverDelegate.trim().isEmpty() ? null : driverDelegate.trim();
    }

    /** Reads the settings from {@code evergreen.scheduler.*} keys of {@code p}. */
    public static SchedulerSettings fromProperties(Properties p) {
        return new SchedulerSettings(
                Boolean.parseBoolean(value(p, "evergreen.scheduler.enabled", "true")),
                store(value(p, "evergreen.scheduler.store", "ram")),
                value(p, "evergreen.scheduler.instanceName", "EvergreenScheduler"),
                value(p, "evergreen.scheduler.nodeId", "AUTO"),
                number(p, "evergreen.scheduler.threads", "2"),
                Boolean.parseBoolean(value(p, "evergreen.scheduler.createTables", "true")),
                number(p, "evergreen.scheduler.clusterCheckinIntervalMs", "7500"),
                value(p, "evergreen.scheduler.driverDelegate", null));
    }

    private static Store store(String v) {
        if ("ram".equalsIgnoreCase(v)) {
            return Store.RAM;
        }
        if ("jdbc".equalsIgnoreCase(v)) {
            return Store.JDBC;
        }
        throw new IllegalArgumentException("evergreen.scheduler.store must be ram or jdbc, was '" + v + "'");
    }

    private static String value(Properties p, String key, String fallback) {
        String v = p.getProperty(key);
        return v == null || v.trim().isEmpty() ? fallback : v.trim();
    }

    private static int number(Properties p, String key, String fallback) {
        String v = value(p, key, fallback);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v + "'", e);
        }
    }

    /** {@code evergreen.scheduler.enabled}: false keeps the scheduler off on this node. */
    public boolean isEnabled() { return enabled; }
    /** {@code evergreen.scheduler.store}. */
    public Store getStore() { return store; }
    /** {@code evergreen.scheduler.instanceName}: the same on every node of a cluster. */
    public String getInstanceName() { return instanceName; }
    /** {@code evergreen.scheduler.nodeId}: unique per node, or AUTO (host name and start time). */
    public String getNodeId() { return nodeId; }
    /** {@code evergreen.scheduler.threads}: how many jobs may run at once on this node. */
    public int getThreads() { return threads; }
    /** {@code evergreen.scheduler.createTables}: create missing QRTZ_ tables (jdbc store). */
    public boolean isCreateTables() { return createTables; }
    /** {@code evergreen.scheduler.clusterCheckinIntervalMs}: how often a node tells the others it is alive. */
    public long getClusterCheckinIntervalMs() { return clusterCheckinIntervalMs; }
    /** {@code evergreen.scheduler.driverDelegate}: a Quartz driver delegate class, or null to pick by database. */
    public String getDriverDelegate() { return driverDelegate; }
}
