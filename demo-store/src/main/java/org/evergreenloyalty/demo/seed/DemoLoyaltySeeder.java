package org.evergreenloyalty.demo.seed;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.evergreenloyalty.campaign.Campaign;
import org.evergreenloyalty.campaign.CampaignDraft;
import org.evergreenloyalty.campaign.CampaignKind;
import org.evergreenloyalty.campaign.CampaignService;
import org.evergreenloyalty.campaign.CampaignStatus;
import org.evergreenloyalty.milestone.ChallengeDraft;
import org.evergreenloyalty.milestone.Milestone;
import org.evergreenloyalty.milestone.MilestoneService;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.reward.RewardAdminService;
import org.evergreenloyalty.reward.RewardInput;
import org.evergreenloyalty.reward.RewardKind;

/**
 * The demo store's loyalty set-up, so a newcomer sees tiers and a campaign at once: three tiers (Bronze, Silver,
 * Gold) unless the store has tiers, and "Double points on Outdoor" for the current month of the module clock unless
 * a campaign is running or upcoming. The thresholds lie above what the browser journeys earn, and Outdoor is a
 * category they do not buy from, so the journeys' figures stay as they are. With milestones: the 5th and 10th order
 * and the one-year anniversary switched on unless a milestone is on (no journey places five orders but the one that
 * looks for the badge), and "Review 3 products this month" for the current month unless a challenge exists.
 * The rewards catalogue gets "Free shipping" (300 points) and "10% off your order" (800 points) beside the voucher
 * steps (which become its amount-off entries), unless the store has catalogue entries of its own.
 */
public class DemoLoyaltySeeder {

    private static final Log LOG = LogFactory.getLog(DemoLoyaltySeeder.class);

    /** The category of the demo campaign. */
    static final String CAMPAIGN_CATEGORY = "Outdoor";

    private final TierService tiers;
    private final CampaignService campaigns;
    private final CatalogService catalog;
    private MilestoneService milestones;
    private RewardAdminService rewards;

    public DemoLoyaltySeeder(TierService tiers, CampaignService campaigns, CatalogService catalog) {
        this.tiers = tiers;
        this.campaigns = campaigns;
        this.catalog = catalog;
    }

    /** The milestones to switch on and the challenge to create (optional). */
    public void setMilestones(MilestoneService milestones) {
        this.milestones = milestones;
    }

    /** The rewards catalogue to seed (none: not seeded). */
    public void setRewards(RewardAdminService rewards) {
        this.rewards = rewards;
    }

    /** Seeds what is missing; never fails the start of the store. */
    public void seed() {
        try {
            seedTiers();
            seedCampaign();
            seedMilestones();
            seedRewards();
        } catch (RuntimeException e) {
            LOG.warn("Demo tiers and campaign not seeded", e);
        }
    }

    private void seedRewards() {
        if (rewards == null || rewards.all().stream().anyMatch(r -> r.getSeedKey() == null)) {
            return;
        }
        rewards.create(RewardInput.of("Free shipping", RewardKind.FREE_SHIPPING, null, 300).validDays(30).displayOrder(5));
        rewards.create(RewardInput.of("10% off your order", RewardKind.PERCENT_OFF, BigDecimal.TEN, 800).validDays(30)
                .displayOrder(25));
        LOG.info("Demo rewards created: Free shipping (300 points), 10% off your order (800 points)");
    }

    private void seedTiers() {
        if (!tiers.tiers().isEmpty()) {
            return;
        }
        List<LoyaltyTier> t = new ArrayList<LoyaltyTier>();
        t.add(new LoyaltyTier("Bronze", 1000, new BigDecimal("1.1"), "10% more points on every order"));
        t.add(new LoyaltyTier("Silver", 2500, new BigDecimal("1.25"), "25% more points on every order"));
        t.add(new LoyaltyTier("Gold", 5000, new BigDecimal("1.5"), "50% more points and early access to sales"));
        tiers.saveTiers(t);
        LOG.info("Demo tiers created: Bronze (1000), Silver (2500), Gold (5000 points in 12 months)");
    }

    private void seedCampaign() {
        for (Campaign c : campaigns.campaigns()) {
            if (campaigns.status(c) != CampaignStatus.ENDED) {
                return;
            }
        }
        List<Category> found = catalog.findCategoriesByName(CAMPAIGN_CATEGORY);
        if (found == null || found.isEmpty()) {
            return;
        }
        YearMonth month = YearMonth.from(campaigns.today());
        CampaignDraft d = new CampaignDraft();
        d.setName("Double points on " + CAMPAIGN_CATEGORY);
        d.setKind(CampaignKind.MULTIPLY.name());
        d.setMultiplier("2");
        d.setStartDay(month.atDay(1).toString());
        d.setEndDay(month.atEndOfMonth().toString());
        d.setCategoryIds(String.valueOf(found.get(0).getId()));
        Campaign c = campaigns.save(null, d, "demo");
        LOG.info("Demo campaign created: " + c.getName() + " " + c.getStartDay() + " to " + c.getEndDay());
    }

    private void seedMilestones() {
        if (milestones == null) {
            return;
        }
        if (milestones.milestones().stream().noneMatch(Milestone::isEnabled)) {
            for (String code : new String[] {"order-5", "order-10", "anniversary-1"}) {
                milestones.setEnabled(code, true);
            }
            LOG.info("Demo milestones switched on: 5th order, 10th order, one year");
        }
        if (milestones.challenges().isEmpty()) {
            YearMonth month = YearMonth.from(milestones.today());
            ChallengeDraft d = new ChallengeDraft();
            d.setName("Review 3 products this month");
            d.setGoal("REVIEWS");
            d.setTarget("3");
            d.setPoints("150");
            d.setStartDay(month.atDay(1).toString());
            d.setEndDay(month.atEndOfMonth().toString());
            milestones.saveChallenge(null, d, "demo");
            LOG.info("Demo challenge created for " + month);
        }
    }
}
