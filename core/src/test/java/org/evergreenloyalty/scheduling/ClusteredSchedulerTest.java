package org.evergreenloyalty.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.evergreenloyalty.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Two scheduler nodes on one database with the clustered JDBC store: in-memory HSQLDB shared within the
 * JVM by default, the PostgreSQL test database with {@code -Devergreen.test.db=postgres}. Each fire of a
 * trigger runs on exactly one of them.
 */
class ClusteredSchedulerTest {

    private static final int JOBS = 4;

    private static HikariDataSource dataSource;
    private static String schedulerName;

    @BeforeAll
    static void database() {
        TestDatabase db = TestDatabase.current();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db == TestDatabase.HSQLDB ? "jdbc:hsqldb:mem:evergreen_quartz_cluster;hsqldb.tx=mvcc" : db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(10);
        dataSource = new HikariDataSource(config);
        // a scheduler name of its own: rows of earlier runs on a persistent database do not interfere
        schedulerName = "EvergreenClusterTest-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    static void close() throws Exception {
        if (dataSource != null) {
            QuartzTestRows.delete(dataSource, schedulerName);
            dataSource.close();
        }
    }

    @Test
    void twoNodesFireEachOneShotTriggerExactlyOnce() throws Exception {
        List<AtomicInteger> counters = new ArrayList<AtomicInteger>();
        List<String> threads = new CopyOnWriteArrayList<String>();
        for (int i = 0; i < JOBS; i++) {
            counters.add(new AtomicInteger());
        }
        QuartzLoyaltyScheduler nodeA = node("node-a", counters, threads);
        QuartzLoyaltyScheduler nodeB = node("node-b", counters, threads);
        try {
            nodeA.start();
            assertTrue(new QuartzSchemaInstaller().missingTables(dataSource).isEmpty(), "QRTZ_ tables created");
            nodeB.start();

            assertTrue(nodeA.isRunning() && nodeB.isRunning());
            assertTrue(nodeA.isClustered() && nodeB.isClustered());
            assertEquals("jdbc", nodeA.getStoreType());
            assertNotEquals(nodeA.getNodeId(), nodeB.getNodeId());
            assertEquals(Arrays.asList("node-a", "node-b"), registeredNodes(), "both nodes checked in to the cluster");
            assertTrue(nodeA.quartz().getMetaData().isJobStoreClustered());
            assertTrue(nodeA.quartz().getMetaData().getJobStoreClass().getName().contains("LocalDataSourceJobStore"));

            // one-shot triggers stored through node A, due in two seconds: both nodes see every one of them
            Scheduler quartz = nodeA.quartz();
            Date due = new Date(System.currentTimeMillis() + 2000);
            List<TriggerKey> keys = new ArrayList<TriggerKey>();
            for (int i = 0; i < JOBS; i++) {
                TriggerKey key = TriggerKey.triggerKey("once-" + i, "test");
                Trigger once = TriggerBuilder.newTrigger().withIdentity(key)
                        .forJob(JobKey.jobKey("probe-" + i, QuartzLoyaltyScheduler.GROUP)).startAt(due).build();
                quartz.scheduleJob(once);
                keys.add(key);
            }

            long deadline = System.currentTimeMillis() + 60000;
            while (System.currentTimeMillis() < deadline && !(total(counters) >= JOBS && allGone(quartz, keys)
                    && nodeA.quartz().getCurrentlyExecutingJobs().isEmpty() && nodeB.quartz().getCurrentlyExecutingJobs().isEmpty())) {
                Thread.sleep(50);
            }
            for (int i = 0; i < JOBS; i++) {
                assertEquals(1, counters.get(i).get(), "probe-" + i + " fired exactly once; runs on " + threads);
            }
            assertTrue(allGone(quartz, keys), "the one-shot triggers are done");
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
    }

    @Test
    void schemaInstallerLeavesAnExistingSchemaAlone() {
        QuartzSchemaInstaller installer = new QuartzSchemaInstaller();
        installer.ensureTables(dataSource);
        assertFalse(installer.ensureTables(dataSource), "nothing to create the second time");
        assertTrue(installer.missingTables(dataSource).isEmpty());
    }

    @Test
    void scriptParserKeepsOnlyCreateStatements() {
        List<String> statements = QuartzSchemaInstaller.statements(
                "-- comment\nDROP TABLE QRTZ_LOCKS IF EXISTS;\n# another\nCREATE TABLE A (X INT);\n\nCREATE INDEX I ON A (X);\ncommit;\n");
        assertEquals(Arrays.asList("CREATE TABLE A (X INT)", "CREATE INDEX I ON A (X)"), statements);
    }

    private QuartzLoyaltyScheduler node(String nodeId, List<AtomicInteger> counters, List<String> threads) {
        List<LoyaltyJob> jobs = new ArrayList<LoyaltyJob>();
        Properties crons = new Properties();
        for (int i = 0; i < JOBS; i++) {
            jobs.add(new CountingJob("probe-" + i, counters.get(i), threads));
            crons.setProperty("evergreen.job.probe-" + i + ".cron", "off");
        }
        SchedulerSettings settings = new SchedulerSettings(true, SchedulerSettings.Store.JDBC, schedulerName, nodeId,
                2, true, 1000, null);
        return new QuartzLoyaltyScheduler(settings, new LoyaltyJobRegistry(jobs), crons, dataSource);
    }

    private static int total(List<AtomicInteger> counters) {
        int sum = 0;
        for (AtomicInteger c : counters) {
            sum += c.get();
        }
        return sum;
    }

    private static boolean allGone(Scheduler quartz, List<TriggerKey> keys) throws Exception {
        for (TriggerKey key : keys) {
            if (quartz.checkExists(key)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> registeredNodes() throws Exception {
        List<String> nodes = new ArrayList<String>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ? ORDER BY INSTANCE_NAME")) {
            s.setString(1, schedulerName);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    nodes.add(rs.getString(1));
                }
            }
        }
        return nodes;
    }
}
