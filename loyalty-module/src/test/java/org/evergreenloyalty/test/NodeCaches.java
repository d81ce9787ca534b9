package org.evergreenloyalty.test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.springframework.aop.framework.Advised;
import org.springframework.context.ApplicationContext;

/**
 * Sets, in a test, how long the module's per-node kept copies stay fresh: the settings rows, tiers, milestones and
 * challenges, campaigns and webhook subscriptions ({@code evergreen.settings.cacheSeconds} in a store). A test that
 * counts statements sets a long period and reads them once first, so each count starts from the same state instead of
 * depending on how long ago an earlier test read them.
 */
public final class NodeCaches {

    /** The test context's period, {@code evergreen.settings.cacheSeconds}' default. */
    public static final int DEFAULT_SECONDS = 30;

    /** The beans with a {@code setCacheSeconds(int)}, as the module's application contexts name them. */
    private static final List<String> KEEPERS = Arrays.asList("evgPointsSettingsService", "evgTierService",
            "evgMilestoneGrants", "evgCampaignService", "evgReferralSettingsService", "evgBirthdaySettingsService",
            "evgLifecycleSwitches", "evgReviewSettingsService", "evgRewardSettingsService", "evgWebhookOutbox");

    private NodeCaches() {
    }

    /** Every kept copy is dropped and is kept {@code seconds} from its next read on. */
    public static void keepFor(ApplicationContext context, int seconds) {
        KEEPERS.forEach(name -> setSeconds(target(context.getBean(name)), seconds));
    }

    private static void setSeconds(Object keeper, int seconds) {
        try {
            Method m = keeper.getClass().getMethod("setCacheSeconds", int.class);
            m.invoke(keeper, seconds);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(keeper.getClass().getName() + " has no setCacheSeconds(int)", e);
        }
    }

    private static Object target(Object bean) {
        try {
            return bean instanceof Advised ? target(((Advised) bean).getTargetSource().getTarget()) : bean;
        } catch (Exception e) {
            throw new IllegalStateException("no target behind " + bean, e);
        }
    }
}
