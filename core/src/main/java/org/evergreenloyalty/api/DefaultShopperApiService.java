package org.evergreenloyalty.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.points.AccountSummary;
import org.evergreenloyalty.points.OrderPointsRepository;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsReservation;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.RedemptionException;
import org.evergreenloyalty.points.RedemptionQuote;
import org.evergreenloyalty.points.TierStatus;
import org.evergreenloyalty.referral.AdvocateStats;
import org.evergreenloyalty.referral.AdvocateSummary;
import org.evergreenloyalty.referral.ReferralAccountService;
import org.evergreenloyalty.review.ReviewInput;
import org.evergreenloyalty.review.ReviewService;
import org.evergreenloyalty.review.SubmittedReview;

/**
 * Assembles the shopper API's views from the points, redemption, referral and review services (the same ones the
 * storefront pages use) and turns their refusals into {@link ApiProblem}s ({@link ApiRefusals}).
 */
public class DefaultShopperApiService implements ShopperApiService {

    /** History lines per page. */
    public static final int HISTORY_PAGE_SIZE = 20;
    private static final String ORDER_SOURCE = "order";

    private final PointsAccountService accounts;
    private final PointsRedemptionService redemption;
    private final PointsSettingsService settings;
    private final OrderPointsRepository orderPoints;
    private final ReferralAccountService referrals;
    private final ReviewService reviews;
    private org.evergreenloyalty.rewards.CustomerRewardsService rewards;
    private org.evergreenloyalty.privacy.PrivacyService privacy;

    public DefaultShopperApiService(PointsAccountService accounts, PointsRedemptionService redemption,
                                    PointsSettingsService settings, OrderPointsRepository orderPoints,
                                    ReferralAccountService referrals, ReviewService reviews) {
        this.accounts = accounts;
        this.redemption = redemption;
        this.settings = settings;
        this.orderPoints = orderPoints;
        this.referrals = referrals;
        this.reviews = reviews;
    }

    @Override
    public MeView me(long customerId) {
        AccountSummary s = accounts.summary(customerId);
        long expiring = s.getExpiring() == null ? 0 : s.getExpiring().getPoints();
        Date first = s.getExpiring() == null ? null : s.getExpiring().getFirstExpiry();
        MeView.Expiring soon = new MeView.Expiring(expiring, expiring > 0 ? ApiDates.iso(first) : null,
                settings.current().getReminderDaysBefore());
        return new MeView(customerId, s.getBalance().getAvailable(), s.getBalance().getPending(), s.getSpendable(),
                s.getHeld(), s.getBalance().getLifetimeEarned(), soon, tier(s.getTier()));
    }

    private static MeView.TierView tier(TierStatus t) {
        if (t == null || (t.getCurrent() == null && t.getNext() == null)) {
            return null;
        }
        return new MeView.TierView(t.getCurrent() == null ? null : t.getCurrent().getName(),
                t.getNext() == null ? null : t.getNext().getName(), t.getBasis() == null ? null : t.getBasis().name(),
                t.getQualifyingValue(), t.getNext() == null ? null : t.getNext().getThreshold(), t.getRemainingToNext(),
                t.getProgressPercent());
    }

    @Override
    public HistoryView history(long customerId, String pageInput) {
        int page = ApiInput.page("page", pageInput);
        long total = accounts.summary(customerId).getHistorySize();
        int pages = (int) Math.max(1, (total + HISTORY_PAGE_SIZE - 1) / HISTORY_PAGE_SIZE);
        List<LedgerEntry> entries = page > pages ? Collections.<LedgerEntry>emptyList()
                : accounts.history(customerId, page - 1, HISTORY_PAGE_SIZE);
        Map<Long, Date> maturity = maturityDates(entries);
        List<HistoryView.Item> items = new ArrayList<HistoryView.Item>();
        for (LedgerEntry e : entries) {
            boolean pendingOnly = e.getAvailableDelta() == 0 && e.getPendingDelta() != 0;
            Date from = pendingOnly ? maturity.get(orderOf(e)) : null;
            items.add(new HistoryView.Item(ApiDates.iso(e.getCreatedAt()), e.getType().name(),
                    pendingOnly ? e.getPendingDelta() : e.getAvailableDelta(), pendingOnly, e.getAvailableAfter(),
                    e.getReason(), ApiDates.iso(from)));
        }
        return new HistoryView(page, HISTORY_PAGE_SIZE, pages, total, items);
    }

    private Map<Long, Date> maturityDates(List<LedgerEntry> entries) {
        Set<Long> orders = new HashSet<Long>();
        for (LedgerEntry e : entries) {
            Long order = orderOf(e);
            if (order != null && e.getType() == EntryType.EARN) {
                orders.add(order);
            }
        }
        return orders.isEmpty() ? Collections.<Long, Date>emptyMap() : orderPoints.maturityDates(orders);
    }

    private static Long orderOf(LedgerEntry e) {
        String id = e.getSourceId();
        return ORDER_SOURCE.equals(e.getSourceType()) && id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    @Override
    public RedemptionView quote(long customerId, Long cartId) {
        long cart = requireCart(cartId);
        try {
            return view(cart, redemption.quote(customerId, cart));
        } catch (RedemptionException e) {
            throw ApiRefusals.of(e);
        }
    }

    @Override
    public RedemptionView apply(long customerId, Long cartId, Map<String, Object> body) {
        ApiInput in = new ApiInput(body);
        Long points = in.requiredLong("points");
        in.check();
        long cart = requireCart(cartId);
        try {
            redemption.apply(customerId, cart, String.valueOf(points));
        } catch (RedemptionException e) {
            throw ApiRefusals.of(e);
        }
        return quote(customerId, cart);
    }

    @Override
    public RedemptionView release(long customerId, Long cartId) {
        long cart = requireCart(cartId);
        boolean removed;
        try {
            removed = redemption.remove(customerId, cart);
        } catch (RedemptionException e) {
            throw ApiRefusals.of(e);
        }
        if (!removed) {
            throw new ApiProblem(404, "evergreen.redeem.error.nothingToRemove");
        }
        return quote(customerId, cart);
    }

    private static long requireCart(Long cartId) {
        if (cartId == null) {
            throw new ApiProblem(409, ApiProblem.NO_CART);
        }
        return cartId;
    }

    private static RedemptionView view(long cartId, RedemptionQuote q) {
        PointsReservation r = q.getApplied();
        RedemptionView.Applied applied = r == null ? null
                : new RedemptionView.Applied(r.getPoints(), r.getAmount(), r.getOfferCode(), ApiDates.iso(r.getExpiresAt()));
        return new RedemptionView(cartId, q.getAvailable(), q.getSpendable(), q.getMinimumBalance(), q.getStep(),
                q.getMaximum(), q.getPointsPerCurrencyUnit(), q.isRedeemable(), applied);
    }

    @Override
    public ReferralView referral(long customerId) {
        AdvocateSummary s = referrals.summary(customerId);
        AdvocateStats n = s.getStats();
        return new ReferralView(s.getCode(), s.getDisplayCode(), s.getLink(), s.isEnabled(), new ReferralView.Stats(
                n.getInvited(), n.getSignedUp(), n.getOrdered(), n.getRewarded(), n.getPending(), n.getPointsEarned()));
    }

    @Override
    public RewardsView rewards(long customerId) {
        return new RewardsView(rewards.rewardsOf(customerId));
    }

    @Override
    public Map<String, Object> export(long customerId) {
        return privacy.export(customerId).getDocument();
    }

    /** The rewards of every feature ({@code GET me/rewards}). */
    public void setRewards(org.evergreenloyalty.rewards.CustomerRewardsService rewards) {
        this.rewards = rewards;
    }

    /** The personal-data export ({@code GET me/export}). */
    public void setPrivacy(org.evergreenloyalty.privacy.PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Override
    public ReviewResultView submitReview(Map<String, Object> body) {
        ApiInput in = new ApiInput(body);
        String token = in.requiredString("token");
        Long rating = in.optionalLong("rating");
        String title = in.optionalString("title");
        String text = in.optionalString("text");
        String displayName = in.optionalString("displayName");
        in.check();
        Integer stars = rating == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, rating));
        try {
            SubmittedReview done = reviews.submit(token, new ReviewInput(stars, title, text, displayName));
            return new ReviewResultView(done.getReviewId(), done.getStatus().name(), done.getRewardPoints());
        } catch (org.evergreenloyalty.review.ReviewException e) {
            throw ApiRefusals.of(e);
        }
    }
}
