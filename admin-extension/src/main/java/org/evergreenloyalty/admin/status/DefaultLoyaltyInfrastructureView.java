package org.evergreenloyalty.admin.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answers from a list of sources per topic, in order of preference: the first source that knows
 * something wins; when none does, the topic is reported as not configured.
 */
public class DefaultLoyaltyInfrastructureView implements LoyaltyInfrastructureView {

    private final ModuleVersion version;
    private final List<SchedulerOverviewSource> schedulerSources;
    private final List<MailOverviewSource> mailSources;

    public DefaultLoyaltyInfrastructureView(ModuleVersion version, List<SchedulerOverviewSource> schedulerSources,
            List<MailOverviewSource> mailSources) {
        if (version == null) {
            throw new IllegalArgumentException("The module version reader is required");
        }
        this.version = version;
        this.schedulerSources = copy(schedulerSources);
        this.mailSources = copy(mailSources);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? Collections.<T>emptyList() : Collections.unmodifiableList(new ArrayList<T>(list));
    }

    @Override
    public String moduleVersion() {
        return version.read();
    }

    @Override
    public SchedulerOverview scheduler() {
        for (SchedulerOverviewSource source : schedulerSources) {
            SchedulerOverview overview = source.read();
            if (overview != null) {
                return overview;
            }
        }
        return SchedulerOverview.notConfigured();
    }

    @Override
    public MailOverview mail() {
        for (MailOverviewSource source : mailSources) {
            MailOverview overview = source.read();
            if (overview != null) {
                return overview;
            }
        }
        return MailOverview.notConfigured();
    }
}
