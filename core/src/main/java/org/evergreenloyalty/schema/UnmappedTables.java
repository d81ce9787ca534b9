package org.evergreenloyalty.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.evergreenloyalty.apikey.ApiKeyRepository;
import org.evergreenloyalty.birthday.BirthdayRepository;
import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.campaign.CampaignRepository;
import org.evergreenloyalty.customevent.CustomEventRepository;
import org.evergreenloyalty.insights.InsightsSettings;
import org.evergreenloyalty.insights.SummaryTable;
import org.evergreenloyalty.lifecycle.LifecycleRepository;
import org.evergreenloyalty.lifecycle.LifecycleSwitches;
import org.evergreenloyalty.milestone.MilestoneRepository;
import org.evergreenloyalty.notification.DefaultSigningSecret;
import org.evergreenloyalty.notification.EmailPreferenceRepository;
import org.evergreenloyalty.notification.JdbcUnsubscribeRevocations;
import org.evergreenloyalty.order.OrderRecoveryRepository;
import org.evergreenloyalty.points.OrderPointsRepository;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.TierRepository;
import org.evergreenloyalty.pointsimport.PointsImportRepository;
import org.evergreenloyalty.privacy.PersonalDataRepository;
import org.evergreenloyalty.referral.ReferralRepository;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.review.ReviewRequestRepository;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.reward.RewardSettings;
import org.evergreenloyalty.webhook.WebhookRepository;

/**
 * The module's tables that no entity maps: read and written by plain SQL only, so the changelog alone defines them
 * (each is described where its statements are). They stay out of the store's persistence unit because Hibernate 4.1
 * walks every mapped entity before each criteria query, and Broadleaf prices every cart with one.
 */
public final class UnmappedTables {

    /** Their names. */
    public static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<String>();
        for (SummaryTable t : SummaryTable.values()) {
            names.add(t.name());
        }
        names.add(OrderRecoveryRepository.INSTALLATION_TABLE);
        names.add(DefaultSigningSecret.TABLE);
        names.add(ApiKeyRepository.KEY_TABLE);
        names.add(ApiKeyRepository.IDEMPOTENCY_TABLE);
        names.add(JdbcUnsubscribeRevocations.TABLE);
        names.add(EmailPreferenceRepository.TABLE);
        names.add(CustomEventRepository.EVENT_TABLE);
        names.add(CustomEventRepository.RULE_TABLE);
        names.add(MilestoneRepository.TABLE);
        names.add(MilestoneRepository.GRANT_TABLE);
        names.add(MilestoneRepository.CHALLENGE_TABLE);
        names.add(CampaignRepository.GRANT_TABLE);
        names.add(CampaignRepository.RATE_TABLE);
        names.add(PointsImportRepository.HISTORY_TABLE);
        names.add(PersonalDataRepository.ERASURE_TABLE);
        names.add(ReviewRequestRepository.SATISFACTION_TABLE);
        names.add(OrderPointsRepository.LINE_TABLE);
        names.add(TierRepository.MOVE_TABLE);
        names.add(ReferralRepository.OPT_OUT_TABLE);
        names.add(ReferralRepository.THROTTLE_TABLE);
        names.add(ReferralRepository.SIGHTING_TABLE);
        names.add(ReferralRepository.VISIT_TABLE);
        names.add(ReferralRepository.CODE_TABLE);
        // the features' settings rows (config.SingleRowSettingsService)
        names.add(PointsSettings.TABLE);
        names.add(BirthdaySettings.TABLE);
        names.add(BirthdayRepository.CHANGE_TABLE);
        names.add(ReferralSettings.TABLE);
        names.add(ReviewSettings.TABLE);
        names.add(InsightsSettings.TABLE);
        names.add(RewardSettings.TABLE);
        names.add(LifecycleSwitches.TABLE);
        names.add(LifecycleRepository.MAIL_TABLE);
        names.add(WebhookRepository.ATTEMPT_TABLE);
        NAMES = Collections.unmodifiableList(names);
    }

    private UnmappedTables() {
    }
}
