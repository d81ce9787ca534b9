package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One referral under the admin's Loyalty &gt; Referrals: its status with the reason, advocate, friend, first
 * order, the decisions so far, and the approve form (a reason is required).
 */
public final class LoyaltyReferralPage extends Page {
    LoyaltyReferralPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-referral"));
    }

    /** Opens a referral's page by its address (as a reload or bookmark does). */
    public static LoyaltyReferralPage open(WebDriver driver, DemoStore store, String referralId) {
        driver.get(store.adminUrl("/loyalty/referrals/" + referralId));
        return new LoyaltyReferralPage(driver);
    }

    public String referralId() {
        return visible(By.id("evergreen-loyalty-referral")).getAttribute("data-referral-id");
    }

    /** The status as the engine names it ({@code PENDING}, {@code FLAGGED}, {@code QUALIFIED}, {@code REWARDED}, ...). */
    public String status() {
        return visible(By.id("evg-referral-status")).getAttribute("data-status");
    }

    /** Why the referral has its status. */
    public String statusReason() {
        return text(By.id("evg-referral-reason"));
    }

    public String friendEmail() {
        return text(By.cssSelector("#evg-referral-friend .evg-contact-email"));
    }

    public String advocateEmail() {
        return text(By.cssSelector("#evg-referral-advocate .evg-contact-email"));
    }

    /** The first order's number, or "none yet". */
    public String firstOrder() {
        return present(By.id("evg-referral-order")) ? text(By.id("evg-referral-order")) : text(By.id("evg-referral-no-order"));
    }

    /** The advocate's reward as the page describes it. */
    public String reward() {
        return text(By.id("evg-referral-reward"));
    }

    /** The actors of the decisions, oldest first. */
    public List<String> decisionActors() {
        return driver.findElements(By.cssSelector("#evg-decisions tr.evg-decision .evg-decision-actor")).stream()
                .map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    /** Whether the page offers to approve the referral (only flagged ones). */
    public boolean canApprove() {
        return present(By.id("evg-approve-form"));
    }

    /** Submits the approve form with {@code reason}; returns the page shown after it. */
    public LoyaltyReferralPage approve(String reason) {
        type(By.id("evg-approve-reason"), reason);
        clickAndLeave(By.id("evg-approve-submit"));
        return new LoyaltyReferralPage(driver);
    }

    /** The problem shown under the approve form's reason; waits for it. */
    public String approveReasonError() {
        return text(By.id("evg-error-approve-reason"));
    }

    /** The green notice after an action; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }
}
