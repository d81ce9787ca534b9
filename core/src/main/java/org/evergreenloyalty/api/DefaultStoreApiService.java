package org.evergreenloyalty.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.insights.InsightsException;
import org.evergreenloyalty.insights.InsightsService;
import org.evergreenloyalty.insights.PointsAccounting;
import org.evergreenloyalty.insights.ProgramHealth;
import org.evergreenloyalty.insights.Granularity;
import org.evergreenloyalty.insights.ReportPeriod;
import org.evergreenloyalty.ledger.InsufficientPointsException;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralAdminService;
import org.evergreenloyalty.referral.ReferralPage;
import org.evergreenloyalty.referral.ReferralQuery;
import org.evergreenloyalty.referral.ReferralRow;
import org.evergreenloyalty.referral.ReferralStatus;
import org.evergreenloyalty.review.ReviewAdminService;
import org.evergreenloyalty.review.ReviewPage;
import org.evergreenloyalty.review.ReviewRow;
import org.evergreenloyalty.review.ReviewStatus;
import org.evergreenloyalty.support.Clock;

/**
 * Assembles the store API's views from the services the admin pages use: the shopper API's account and history
 * views for any customer, the ledger's manual adjustment, the referral and review admin lists, the insights'
 * program health and points accounting.
 */
public class DefaultStoreApiService implements StoreApiService {

    /** Referrals and reviews per page. */
    public static final int PAGE_SIZE = 50;
    /** Largest adjustment, either way (as in the admin). */
    public static final long MAX_POINTS = 10_000_000L;
    /** Longest adjustment reason. */
    public static final int MAX_REASON = 500;
    /** Days of the dashboard when no period is given. */
    public static final int DEFAULT_DAYS = 30;
    /** Code of a customer id that names no customer (404). */
    public static final String CUSTOMER_NOT_FOUND = "evergreen.api.customerNotFound";
    /** Code of an adjustment that would take the balance below zero (422). */
    public static final String BELOW_ZERO = "evergreen.api.adjustment.belowZero";
    /** Field code: a whole number out of its range ({0} to {1}). */
    public static final String RANGE = "evergreen.api.field.range";
    /** Field code: a value that must not be 0. */
    public static final String NOT_ZERO = "evergreen.api.field.notZero";
    /** Field code: text longer than {0} characters. */
    public static final String TOO_LONG = "evergreen.api.field.tooLong";
    /** Field code: a value that is not one of {0}. */
    public static final String ONE_OF = "evergreen.api.field.oneOf";
    /** Field code: a day that is not {@code yyyy-MM-dd}. */
    public static final String DATE = "evergreen.api.field.date";

    private final ShopperApiService shopperViews;
    private final CustomerDirectory customers;
    private final PointsAccountService accounts;
    private final ReferralAdminService referrals;
    private final ReviewAdminService reviews;
    private final InsightsService insights;
    private final Clock clock;

    public DefaultStoreApiService(ShopperApiService shopperViews, CustomerDirectory customers, PointsAccountService accounts,
                                  ReferralAdminService referrals, ReviewAdminService reviews, InsightsService insights, Clock clock) {
        this.shopperViews = shopperViews;
        this.customers = customers;
        this.accounts = accounts;
        this.referrals = referrals;
        this.reviews = reviews;
        this.insights = insights;
        this.clock = clock;
    }

    @Override
    public StoreApiViews.Customer customer(String customerId) {
        CustomerContact c = contact(customerId);
        return view(c, shopperViews.me(c.getCustomerId()));
    }

    private static StoreApiViews.Customer view(CustomerContact c, MeView account) {
        return new StoreApiViews.Customer(c.getCustomerId(), c.getEmail(), c.getFirstName(), c.getLastName(), account);
    }

    @Override
    public StoreApiViews.Page<StoreApiViews.Customer> customersByEmail(String email) {
        String e = email == null ? "" : email.trim();
        if (e.isEmpty()) {
            throw ApiProblem.field("email", ApiInput.REQUIRED);
        }
        if (e.length() > 255) {
            throw ApiProblem.field("email", TOO_LONG, 255);
        }
        List<StoreApiViews.Customer> found = new ArrayList<StoreApiViews.Customer>();
        for (CustomerContact c : customers.search(e, PAGE_SIZE)) {
            if (e.equalsIgnoreCase(c.getEmail())) {
                found.add(view(c, null));
            }
        }
        return new StoreApiViews.Page<StoreApiViews.Customer>(1, PAGE_SIZE, found.size(), found);
    }

    @Override
    public HistoryView history(String customerId, String page) {
        int p = ApiInput.page("page", page);
        return shopperViews.history(contact(customerId).getCustomerId(), String.valueOf(p));
    }

    @Override
    public StoreApiViews.Adjustment adjust(String customerId, Map<String, Object> body, String actor, String requestKey) {
        ApiInput in = new ApiInput(body);
        Long points = in.requiredLong("points");
        String reason = in.requiredString("reason");
        in.check();
        if (points == 0) {
            throw ApiProblem.field("points", NOT_ZERO);
        }
        if (Math.abs(points) > MAX_POINTS) {
            throw ApiProblem.field("points", RANGE, -MAX_POINTS, MAX_POINTS);
        }
        if (reason.trim().length() > MAX_REASON) {
            throw ApiProblem.field("reason", TOO_LONG, MAX_REASON);
        }
        long id = contact(customerId).getCustomerId();
        LedgerEntry entry;
        try {
            entry = accounts.adjustOnce(id, points, reason.trim(), actor, requestKey).getEntry();
        } catch (InsufficientPointsException e) {
            throw new ApiProblem(422, BELOW_ZERO, e.getAvailable());
        }
        return new StoreApiViews.Adjustment(entry.getId(), id, entry.getAvailableDelta(), entry.getReason(),
                ApiDates.iso(entry.getCreatedAt()), entry.getAvailableAfter(), shopperViews.me(id));
    }

    @Override
    public StoreApiViews.Page<StoreApiViews.Referral> referrals(String page, String status) {
        int p = ApiInput.page("page", page);
        ReferralStatus s = status(status, ReferralStatus.class, ReferralStatus.values());
        ReferralPage found = referrals.search(new ReferralQuery().status(s).page(index(p), PAGE_SIZE));
        return page(p, found.getTotal(), found.getRows(), DefaultStoreApiService::referral);
    }

    private static StoreApiViews.Referral referral(ReferralRow row) {
        Referral r = row.getReferral();
        return new StoreApiViews.Referral(r.getId(), r.getStatus().name(), r.getAdvocateId(), r.getFriendId(), r.getCode(),
                ApiDates.iso(r.getCreatedAt()), r.getOrderNumber(), r.getRewardPoints(), ApiDates.iso(r.getRewardedAt()));
    }

    @Override
    public StoreApiViews.Page<StoreApiViews.Review> reviews(String page, String status) {
        int p = ApiInput.page("page", page);
        ReviewStatus s = status(status, ReviewStatus.class, ReviewStatus.values());
        ReviewPage found = reviews.list(s, index(p), PAGE_SIZE);
        return page(p, found.getTotal(), found.getRows(), r -> new StoreApiViews.Review(r.getId(), r.getStatus().name(),
                r.getProductId(), r.getProductName(), r.getCustomerId(), r.getRating(), r.getTitle(), r.getText(),
                r.getDisplayName(), r.isVerifiedBuyer(), ApiDates.iso(r.getSubmittedAt()), r.getRewardPoints()));
    }

    /** The 0-based page to ask for; a page so far past the end that its offset would overflow asks for the first. */
    private static int index(int page) {
        return (long) (page - 1) * PAGE_SIZE > Integer.MAX_VALUE / 2 ? 0 : page - 1;
    }

    private static <R, V> StoreApiViews.Page<V> page(int page, long total, List<R> rows, Function<R, V> view) {
        List<V> items = new ArrayList<V>();
        if ((long) (page - 1) * PAGE_SIZE < total) {
            for (R r : rows) {
                items.add(view.apply(r));
            }
        }
        return new StoreApiViews.Page<V>(page, PAGE_SIZE, total, items);
    }

    private static <E extends Enum<E>> E status(String raw, Class<E> type, E[] values) {
        if (raw == null || raw.trim().isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.field("status", ONE_OF, Arrays.toString(values));
        }
    }

    @Override
    public StoreApiViews.Dashboard dashboard(String from, String to) {
        ReportPeriod period = period(from, to);
        ProgramHealth h = insights.health(period);
        PointsAccounting a = insights.accounting(period, Granularity.MONTH);
        return new StoreApiViews.Dashboard(period.getFirst().toString(), period.getLast().toString(), h.getPointsIssued(),
                h.getPointsRedeemed(), h.getRedemptionRate(), h.getOrdersPlaced(), h.getEarningShare(), h.getRedeemingShare(),
                h.getMembers(), h.getActiveMembers(), a.getTotal().getClosing(), a.getLiability());
    }

    private ReportPeriod period(String from, String to) {
        boolean noFrom = from == null || from.trim().isEmpty();
        boolean noTo = to == null || to.trim().isEmpty();
        if (noFrom && noTo) {
            return ReportPeriod.lastDays(DEFAULT_DAYS, clock.now(), insights.zone());
        }
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        try {
            return ReportPeriod.of(first, last, insights.zone());
        } catch (InsightsException e) {
            throw ApiProblem.field("to", e.getMessageKey(), e.getArgs());
        }
    }

    private static LocalDate day(String field, String raw) {
        if (raw == null || raw.trim().isEmpty()) {
            throw ApiProblem.field(field, ApiInput.REQUIRED);
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.field(field, DATE);
        }
    }

    /** The customer of a path's id: 400 when it is not a whole number, 404 when there is no such customer. */
    private CustomerContact contact(String customerId) {
        String t = customerId == null ? "" : customerId.trim();
        if (!t.matches("\\d{1,18}")) {
            throw ApiProblem.field("customerId", ApiInput.INTEGER);
        }
        CustomerContact c = customers.contact(Long.parseLong(t));
        if (c == null) {
            throw new ApiProblem(404, CUSTOMER_NOT_FOUND, t);
        }
        return c;
    }
}
