package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The admin's Loyalty &gt; Reviews pending queue: reviews waiting for a decision, with approve and reject. */
public final class LoyaltyReviewsPage extends Page {
    LoyaltyReviewsPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-reviews"));
    }

    /** One row of the queue as the admin reads it. */
    public record QueuedReview(String id, String product, String customer, String rating, String title, String text) {
    }

    /** The reviews in the queue, oldest first. */
    public List<QueuedReview> queue() {
        return driver.findElements(By.cssSelector("#evg-queue tr.evg-review")).stream()
                .map(r -> new QueuedReview(r.getAttribute("data-review-id"), cell(r, ".evg-review-product"),
                        cell(r, ".evg-review-customer"), cell(r, ".evg-review-rating"), cell(r, ".evg-review-title"),
                        cell(r, ".evg-review-text")))
                .collect(Collectors.toList());
    }

    /** Rejects a review with {@code reason} (empty: the refusal the store shows) and returns the queue shown next. */
    public LoyaltyReviewsPage reject(String reviewId, String reason) {
        type(By.id("evg-reason-" + reviewId), reason);
        clickAndLeave(By.id("evg-reject-" + reviewId));
        return new LoyaltyReviewsPage(driver);
    }

    /** Approves a review and returns the queue shown next. */
    public LoyaltyReviewsPage approve(String reviewId) {
        clickAndLeave(By.id("evg-approve-" + reviewId));
        return new LoyaltyReviewsPage(driver);
    }

    /** The problem shown next to a review's reject reason; waits for it. */
    public String reasonError(String reviewId) {
        return text(By.id("evg-error-reason-" + reviewId));
    }

    /** The green notice after a decision; waits for it. */
    public String notice() {
        return text(By.id("evg-notice"));
    }

    /** Opens the review settings tab. */
    public ReviewSettingsPage settings() {
        clickAndLeave(By.id("evg-tab-settings"));
        return new ReviewSettingsPage(driver);
    }

    private static String cell(WebElement row, String css) {
        List<WebElement> found = row.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getText().trim();
    }
}
