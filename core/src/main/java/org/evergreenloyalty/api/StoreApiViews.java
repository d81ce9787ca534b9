package org.evergreenloyalty.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The store API's JSON views (besides {@link MeView} and {@link HistoryView}, which it shares with the shopper API). */
public final class StoreApiViews {

    private StoreApiViews() {
    }

    /** {@code GET admin/customers/{customerId}}: who the customer is and their account. */
    public static final class Customer {
        private final long customerId;
        private final String email;
        private final String firstName;
        private final String lastName;
        private final MeView account;

        public Customer(long customerId, String email, String firstName, String lastName, MeView account) {
            this.customerId = customerId;
            this.email = email;
            this.firstName = firstName;
            this.lastName = lastName;
            this.account = account;
        }

        public long getCustomerId() { return customerId; }
        public String getEmail() { return email; }
        public String getFirstName() { return firstName; }
        public String getLastName() { return lastName; }
        /** Balances, pending points, tier and points expiring soon (absent in a lookup list). */
        public MeView getAccount() { return account; }
    }

    /** One page of a list, 1-based; a page past the end has no items. */
    public static final class Page<T> {
        private final int page;
        private final int pageSize;
        private final int pages;
        private final long total;
        private final List<T> items;

        public Page(int page, int pageSize, long total, List<T> items) {
            this.page = page;
            this.pageSize = pageSize;
            this.pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
            this.total = total;
            this.items = Collections.unmodifiableList(new ArrayList<T>(items));
        }

        public int getPage() { return page; }
        public int getPageSize() { return pageSize; }
        public int getPages() { return pages; }
        public long getTotal() { return total; }
        public List<T> getItems() { return items; }
    }

    /** {@code POST admin/customers/{customerId}/adjustments}: the ledger entry and the account after it. */
    public static final class Adjustment {
        private final long entryId;
        private final long customerId;
        private final long points;
        private final String reason;
        private final String date;
        private final long availableAfter;
        private final MeView account;

        public Adjustment(long entryId, long customerId, long points, String reason, String date, long availableAfter, MeView account) {
            this.entryId = entryId;
            this.customerId = customerId;
            this.points = points;
            this.reason = reason;
            this.date = date;
            this.availableAfter = availableAfter;
            this.account = account;
        }

        public long getEntryId() { return entryId; }
        public long getCustomerId() { return customerId; }
        public long getPoints() { return points; }
        public String getReason() { return reason; }
        /** ISO 8601 instant of the entry. */
        public String getDate() { return date; }
        public long getAvailableAfter() { return availableAfter; }
        public MeView getAccount() { return account; }
    }

    /** One referral of {@code GET admin/referrals}. */
    public static final class Referral {
        private final long id;
        private final String status;
        private final Long advocateId;
        private final Long friendId;
        private final String code;
        private final String createdAt;
        private final String orderNumber;
        private final Long rewardPoints;
        private final String rewardedAt;

        public Referral(long id, String status, Long advocateId, Long friendId, String code, String createdAt, String orderNumber,
                        Long rewardPoints, String rewardedAt) {
            this.id = id;
            this.status = status;
            this.advocateId = advocateId;
            this.friendId = friendId;
            this.code = code;
            this.createdAt = createdAt;
            this.orderNumber = orderNumber;
            this.rewardPoints = rewardPoints;
            this.rewardedAt = rewardedAt;
        }

        public long getId() { return id; }
        /** PENDING, QUALIFIED, REWARDED, REJECTED or FLAGGED. */
        public String getStatus() { return status; }
        public Long getAdvocateId() { return advocateId; }
        public Long getFriendId() { return friendId; }
        public String getCode() { return code; }
        public String getCreatedAt() { return createdAt; }
        /** The friend's first order, or null before it. */
        public String getOrderNumber() { return orderNumber; }
        public Long getRewardPoints() { return rewardPoints; }
        public String getRewardedAt() { return rewardedAt; }
    }

    /** One review of {@code GET admin/reviews}. */
    public static final class Review {
        private final long id;
        private final String status;
        private final long productId;
        private final String productName;
        private final long customerId;
        private final int rating;
        private final String title;
        private final String text;
        private final String displayName;
        private final boolean verifiedBuyer;
        private final String submittedAt;
        private final long rewardPoints;

        public Review(long id, String status, long productId, String productName, long customerId, int rating, String title,
                      String text, String displayName, boolean verifiedBuyer, String submittedAt, long rewardPoints) {
            this.id = id;
            this.status = status;
            this.productId = productId;
            this.productName = productName;
            this.customerId = customerId;
            this.rating = rating;
            this.title = title;
            this.text = text;
            this.displayName = displayName;
            this.verifiedBuyer = verifiedBuyer;
            this.submittedAt = submittedAt;
            this.rewardPoints = rewardPoints;
        }

        public long getId() { return id; }
        /** PENDING, APPROVED or REJECTED. */
        public String getStatus() { return status; }
        public long getProductId() { return productId; }
        public String getProductName() { return productName; }
        public long getCustomerId() { return customerId; }
        public int getRating() { return rating; }
        public String getTitle() { return title; }
        public String getText() { return text; }
        public String getDisplayName() { return displayName; }
        public boolean isVerifiedBuyer() { return verifiedBuyer; }
        public String getSubmittedAt() { return submittedAt; }
        public long getRewardPoints() { return rewardPoints; }
    }

    /** {@code GET admin/dashboard}: the headline figures of the admin's dashboard for a period. */
    public static final class Dashboard {
        private final String from;
        private final String to;
        private final long pointsIssued;
        private final long pointsRedeemed;
        private final Double redemptionRate;
        private final long ordersPlaced;
        private final Double earningShare;
        private final Double redeemingShare;
        private final long members;
        private final long activeMembers;
        private final long pointsOutstanding;
        private final BigDecimal liability;

        public Dashboard(String from, String to, long pointsIssued, long pointsRedeemed, Double redemptionRate, long ordersPlaced,
                         Double earningShare, Double redeemingShare, long members, long activeMembers, long pointsOutstanding,
                         BigDecimal liability) {
            this.from = from;
            this.to = to;
            this.pointsIssued = pointsIssued;
            this.pointsRedeemed = pointsRedeemed;
            this.redemptionRate = redemptionRate;
            this.ordersPlaced = ordersPlaced;
            this.earningShare = earningShare;
            this.redeemingShare = redeemingShare;
            this.members = members;
            this.activeMembers = activeMembers;
            this.pointsOutstanding = pointsOutstanding;
            this.liability = liability;
        }

        /** First day of the period ({@code yyyy-MM-dd}, in the reports' time zone). */
        public String getFrom() { return from; }
        /** Last day of the period, included. */
        public String getTo() { return to; }
        public long getPointsIssued() { return pointsIssued; }
        public long getPointsRedeemed() { return pointsRedeemed; }
        public Double getRedemptionRate() { return redemptionRate; }
        public long getOrdersPlaced() { return ordersPlaced; }
        public Double getEarningShare() { return earningShare; }
        public Double getRedeemingShare() { return redeemingShare; }
        public long getMembers() { return members; }
        public long getActiveMembers() { return activeMembers; }
        /** Available points of all customers at the end of the period. */
        public long getPointsOutstanding() { return pointsOutstanding; }
        /** Their value in the store's currency. */
        public BigDecimal getLiability() { return liability; }
    }
}
