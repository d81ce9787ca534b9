package org.evergreenloyalty.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.evergreenloyalty.privacy.PersonalDataSection.anonymised;
import static org.evergreenloyalty.privacy.PersonalDataSection.deleted;
import static org.evergreenloyalty.privacy.PersonalDataSection.kept;

/**
 * Every table of the module that holds data about a customer (bean {@code evgPersonalDataCatalog}): what an export
 * contains, section by section, and what erasure changes. The points ledger (account, entries, lots, order points,
 * reservations, vouchers) is kept: it holds amounts and ids, no contact data, and its sums are what the integrity
 * check and the store's bookkeeping rely on. {@code PersonalDataCatalogTest} fails when a table with a customer
 * column is missing here.
 */
public class PersonalDataCatalog {

    private static final String LEDGER = "points ledger: amounts and ids only; balances and the integrity check rely on it";
    private static final String IDS = "ids, amounts and times only";
    private static final String ERASED = "'erased'";

    private final List<PersonalDataSection> sections;

    public PersonalDataCatalog() {
        this(standard());
    }

    public PersonalDataCatalog(List<PersonalDataSection> sections) {
        this.sections = Collections.unmodifiableList(new ArrayList<PersonalDataSection>(sections));
    }

    /** The sections, in the order of an export. */
    public List<PersonalDataSection> sections() {
        return sections;
    }

    /** The module's own sections. */
    public static List<PersonalDataSection> standard() {
        return Arrays.asList(
                kept("account", "EVG_LOYALTY_ACCOUNT", "CUSTOMER_ID", LEDGER),
                kept("ledgerEntries", "EVG_LEDGER_ENTRY", "CUSTOMER_ID", LEDGER),
                kept("pointLots", "EVG_POINT_LOT", "CUSTOMER_ID", LEDGER),
                kept("orderPoints", "EVG_ORDER_POINTS", "CUSTOMER_ID", LEDGER),
                kept("reservations", "EVG_POINTS_RESERVATION", "CUSTOMER_ID", LEDGER),
                kept("vouchers", "EVG_POINTS_VOUCHER", "CUSTOMER_ID", LEDGER),
                kept("tier", "EVG_CUSTOMER_TIER", "CUSTOMER_ID", IDS),
                kept("tierMoves", "EVG_TIER_MOVE", "CUSTOMER_ID", IDS),
                kept("campaignGrants", "EVG_CAMPAIGN_GRANT", "CUSTOMER_ID", IDS),
                kept("processedOrders", "EVG_PROCESSED_ORDER", "CUSTOMER_ID", IDS),
                anonymised("orderEvents", "EVG_ORDER_EVENT", "CUSTOMER_ID", "IP_HASH", "NULL", "USER_AGENT_HASH", "NULL"),
                kept("firstOrder", "EVG_INS_CUSTOMER", "CUSTOMER_ID", IDS),
                kept("activityDays", "EVG_INS_ACTIVITY_DAY", "CUSTOMER_ID", IDS),
                kept("orderDays", "EVG_INS_CUST_DAY", "CUSTOMER_ID", IDS),
                kept("integrityFindings", "EVG_INTEGRITY_FINDING", "CUSTOMER_ID", IDS),
                kept("referralCodes", "EVG_REFERRAL_CODE", "CUSTOMER_ID", "random codes, no contact data"),
                kept("referralsAsAdvocate", "EVG_REFERRAL", "ADVOCATE_ID", "the friend's data is erased with the friend"),
                anonymised("referralsAsFriend", "EVG_REFERRAL", "FRIEND_ID",
                        "FRIEND_EMAIL_KEY", "NULL", "SIGNUP_IP_HASH", "NULL", "SIGNUP_UA_HASH", "NULL"),
                anonymised("invitationsSent", "EVG_REFERRAL_INVITE", "ADVOCATE_ID",
                        "EMAIL", ERASED, "EMAIL_KEY", ERASED, "IP_HASH", "NULL"),
                anonymised("invitationsAccepted", "EVG_REFERRAL_INVITE", "JOINED_CUSTOMER_ID",
                        "EMAIL", ERASED, "EMAIL_KEY", ERASED, "IP_HASH", "NULL"),
                kept("referralVisits", "EVG_REFERRAL_VISIT", "ADVOCATE_ID", "a count of visits, no visitor data"),
                anonymised("deviceSightings", "EVG_REFERRAL_SIGHTING", "CUSTOMER_ID", "IP_HASH", ERASED, "UA_HASH", ERASED),
                deleted("birthday", "EVG_BIRTHDAY", "CUSTOMER_ID"),
                deleted("birthdayChanges", "EVG_BIRTHDAY_CHANGE", "CUSTOMER_ID"),
                anonymised("birthdayRewards", "EVG_BIRTHDAY_REWARD", "CUSTOMER_ID", "BIRTHDAY_ON", "ISSUED_ON", "MAIL_ERROR", "NULL"),
                anonymised("reviewRequests", "EVG_REVIEW_REQUEST", "CUSTOMER_ID", "ORDER_EMAIL", "NULL"),
                kept("reviewRequestItems", "EVG_REVIEW_REQUEST_ITEM", "CUSTOMER_ID", "products asked about"),
                anonymised("reviewMails", "EVG_REVIEW_MAIL", "CUSTOMER_ID", "ERROR", "NULL"),
                anonymised("reviews", "EVG_REVIEW", "CUSTOMER_ID", "DISPLAY_NAME", "NULL"),
                kept("satisfaction", "EVG_REVIEW_SATISFACTION", "CUSTOMER_ID", "a score per order"),
                kept("emailPreferences", "EVG_EMAIL_PREFERENCE", "CUSTOMER_ID", "an unsubscribe must keep holding"),
                kept("unsubscribeRevocations", "EVG_UNSUBSCRIBE_REVOKED", "CUSTOMER_ID", "an unsubscribe must keep holding"),
                anonymised("mailOutbox", "EVG_MAIL_OUTBOX", "CUSTOMER_ID", "TO_ADDRESS", "NULL", "SUBJECT", ERASED,
                        "VARIABLES", "NULL", "LAST_ERROR", "NULL",
                        "STATUS", "CASE WHEN STATUS = 'PENDING' THEN 'SKIPPED' ELSE STATUS END"),
                kept("lifecycleMails", "EVG_LIFECYCLE_MAIL", "CUSTOMER_ID", "which e-mail was decided when"),
                kept("milestoneGrants", "EVG_MILESTONE_GRANT", "CUSTOMER_ID", IDS),
                kept("customEvents", "EVG_CUSTOM_EVENT", "CUSTOMER_ID", "event types, the store's event ids and points"),
                kept("rewardClaims", "EVG_REWARD_CLAIM", "CUSTOMER_ID", LEDGER));
    }
}
