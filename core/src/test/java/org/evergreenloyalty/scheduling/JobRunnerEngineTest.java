package org.evergreenloyalty.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import javax.annotation.Resource;

import org.evergreenloyalty.test.CoreTest;
import org.junit.jupiter.api.Test;

/** The job runner on the engine's context: every feature's job is registered by name and runs in the caller's thread. */
@CoreTest
class JobRunnerEngineTest {

    @Resource(name = "evgJobRunner")
    JobRunner jobs;
    @Resource(name = "evgHeartbeatJob")
    HeartbeatJob heartbeat;

    @Test
    void everyFeatureJobIsRegistered() {
        assertTrue(jobs.getJobNames().containsAll(Arrays.asList("heartbeat", "points-maturation", "points-expiry",
                "points-reservations", "points-tier-review", "order-recovery", "birthday-rewards", "referral-rewards",
                "referral-cleanup", "review-requests", "integrity-check", "insights-summary", "privacy-erasure", "api-cleanup",
                "reward-reminders")),
                "registered: " + jobs.getJobNames());
    }

    @Test
    void runNowRunsTheJobInTheCallersThread() {
        long before = heartbeat.getRunCount();
        jobs.runNow(HeartbeatJob.NAME);
        assertEquals(before + 1, heartbeat.getRunCount());
    }

    @Test
    void anUnknownJobIsRefusedByName() {
        UnknownJobException e = assertThrows(UnknownJobException.class, () -> jobs.runNow("no-such-job"));
        assertTrue(e.getMessage().contains("no-such-job"), e.getMessage());
    }
}
