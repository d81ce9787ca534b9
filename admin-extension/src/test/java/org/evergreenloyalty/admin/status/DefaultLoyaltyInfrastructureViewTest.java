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
    private final SchedulerOverview running = SchedulerOverview.of(SchedulerOverview.State.RUNNING, "S", "RAMJobStore",
            false, Collections.<JobOverview>emptyList());
    private final MailOverview mail = MailOverview.of(true, "smtp", "25", "a@b.c", null);

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
                () -> SchedulerOverview.of(SchedulerOverview.State.NOT_CONFIGURED, "S", null, false,
                        Collections.<JobOverview>emptyList()));
        assertEquals("A configured scheduler is running, in standby or shut down, not NOT_CONFIGURED", e.getMessage());
    }

    @Test
    void refusesMailSettingsWithoutAHost() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailOverview.of(true, " ", "25", "a@b.c", null));
        assertEquals("The mail host is required", e.getMessage());
    }

    @Test
    void refusesAJobWithoutASchedule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JobOverview("expiry", "", null, null, "NORMAL"));
        assertEquals("Job 'expiry' needs a schedule", e.getMessage());
    }
}
