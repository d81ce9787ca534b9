package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.points.ExtraEarn;

/**
 * Bonus-points campaigns and standing earn rates (bean {@code evgCampaignService}): what the admin manages and
 * the storefront shows. How campaigns combine is {@link CampaignRules}; booking them is {@link CampaignEarnRules}.
 */
public interface CampaignService {

    /** Every campaign, latest first day first. */
    List<Campaign> campaigns();

    /** The campaign, or null. */
    Campaign campaign(long id);

    /**
     * Creates ({@code id} null) or changes a campaign.
     *
     * @throws CampaignValidationException naming every problem; nothing is saved then
     * @throws IllegalArgumentException when {@code id} names no campaign
     */
    Campaign save(Long id, CampaignDraft draft, String actor);

    /** The problems of {@code draft} (empty when it could be saved), without saving anything. */
    List<CampaignProblem> check(Long id, CampaignDraft draft);

    /** Ends a campaign now (orders placed from now on get nothing from it); false when unknown or already over. */
    boolean end(long id, String actor);

    /** Where the campaign stands now. */
    CampaignStatus status(Campaign c);

    /** The other campaigns that share a day with {@code c} (not ended early before it starts). */
    List<Campaign> overlapping(Campaign c);

    /** The campaigns running now, by id. */
    List<Campaign> running();

    /** The campaigns running at {@code at} (null: now) that customer {@code customerId} (null: anonymous) can earn from. */
    List<Campaign> runningFor(Long customerId, Date at);

    /** The campaigns sharing a day with {@code from}..{@code to} (inclusive). */
    List<Campaign> between(LocalDate from, LocalDate to);

    /** Points granted per campaign id (campaigns without grants are absent). */
    Map<Long, CampaignTotals> totals();

    /** What one unit of a product at {@code price} earns now for {@code customerId} (null: anonymous). */
    EarnPreview preview(Long productId, Long categoryId, BigDecimal price, Long customerId);

    /** The extra points each running campaign would grant on {@code cart} if it were placed now (the cart page). */
    List<ExtraEarn> cartExtras(CompletedOrder cart);

    /** The store's day now. */
    LocalDate today();

    /** The store's time zone. */
    ZoneId zone();

    /** Every standing earn rate. */
    List<EarnRate> rates();

    /**
     * Sets the standing rate of a product or category (replacing its earlier one).
     *
     * @throws CampaignValidationException for a bad target, unknown id or rate outside 0 to 1000
     */
    EarnRate saveRate(String target, String targetId, String rate);

    /** Removes a standing rate; false when there was none. */
    boolean removeRate(long rateId);
}
