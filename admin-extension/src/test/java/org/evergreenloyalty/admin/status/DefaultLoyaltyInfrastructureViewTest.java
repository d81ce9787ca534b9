package org.evergreenloyalty.admin.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class DefaultLoyaltyInfrastructureViewTest {

    private final ModuleVersion version = new ModuleVersion();
    private final SchedulerOverview running = SchedulerOverview.of(SchedulerOverview.State.RUNNING, "node-1", "ram",
            false, Collections.<JobOverview>emptyList());
    private final MailOverview mail = MailOverview.of(true, "smtp", 25, false, "a@b.c", null);

    @Test
    void theFirstSourceThatKnowsSomethingWins() {
        DefaultLoyaltyInfrastructureView view = new DefaultLoyaltyInfrastructureView(version,
                Arrays.<SchedulerOverviewSource>asList(() -> null, () -> running,
                        () -> SchedulerOverview.notConfigured()),
                Arrays.<MailOverviewSource>asList(() -> null, () -> mail));
        assertSame(running, view.scheduler());
        assertSame(mail, view.mail());
    }

    @Test
    void reportsNotConfiguredWhenNoSourceKnowsAnything() {
        DefaultLoyaltyInfrastructureView view = new DefaultLoyaltyInfrastructureView(version,
                Arrays.<SchedulerOverviewSource>asList(() -> null), null);
        assertEquals(SchedulerOverview.State.NOT_CONFIGURED, view.scheduler().getState());
        assertFalse(view.scheduler().isConfigured());
        assertFalse(view.mail().isConfigured());
    }

    @Test
    void refusesAConfiguredSchedulerWithoutAState() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchedulerOverview.of(SchedulerOverview.State.NOT_CONFIGURED, "node-1", "ram", false,
                        Collections.<JobOverview>emptyList()));
        assertEquals("A configured scheduler is disabled, running or stopped, not NOT_CONFIGURED", e.getMessage());
    }

    @Test
    void refusesMailSettingsWithoutAHost() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailOverview.of(true, " ", 25, false, "a@b.c", null));
        assertEquals("The mail host is required", e.getMessage());
    }

    @Test
    void refusesMailSettingsWithAnImpossiblePort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailOverview.of(true, "smtp", 70000, false, "a@b.c", null));
        assertEquals("The mail port must be between 1 and 65535, was 70000", e.getMessage());
    }

    @Test
    void refusesAJobWithoutAName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JobOverview(" ", "0 0 3 * * ?", null, null, "NORMAL", false));
        assertEquals("A job needs a name", e.getMessage());
    }

    @Test
    void aJobWithoutCronExpressionRunsOnDemandOnly() {
        JobOverview job = new JobOverview("expiry", "  ", null, null, "UNSCHEDULED", false);
        assertFalse(job.isScheduled());
        assertEquals(null, job.getCronExpression());
    }
}
