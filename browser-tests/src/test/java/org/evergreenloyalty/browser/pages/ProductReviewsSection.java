package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The customer reviews on a product page (the module's product fragment): summary and approved reviews. */
public final class ProductReviewsSection extends StorefrontPage {
    private ProductReviewsSection(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("evg-product-reviews"));
    }

    /** Opens a product by its URL path and reads its reviews section. */
    public static ProductReviewsSection open(WebDriver driver, DemoStore store, String productPath) {
        driver.get(store.siteUrl(productPath));
        return new ProductReviewsSection(driver, store);
    }

    /** One published review as the shopper sees it. */
    public record PublishedReview(int rating, String title, String text, String author, boolean verified, boolean incentivised) {
    }

    /** Whether the section says there are no reviews yet. */
    public boolean saysNoReviews() {
        return present(By.id("evg-product-reviews-none"));
    }

    /** The number of reviews the summary counts. */
    public int count() {
        return Integer.parseInt(visible(By.id("evg-review-summary")).getAttribute("data-count"));
    }

    /** The average rating the summary states (as the page writes it, e.g. "4" or "4.5"). */
    public String average() {
        return visible(By.id("evg-review-summary")).getAttribute("data-average");
    }

    public boolean showsVerifiedBadge() {
        return present(By.id("evg-review-verified-badge"));
    }

    public List<PublishedReview> reviews() {
        return driver.findElements(By.cssSelector("#evg-review-list li.evg-review-item")).stream()
                .map(li -> new PublishedReview(Integer.parseInt(li.getAttribute("data-rating")), cell(li, ".evg-review-title"),
                        cell(li, ".evg-review-text"), cell(li, ".evg-review-author"),
                        !li.findElements(By.cssSelector(".evg-review-verified")).isEmpty(),
                        !li.findElements(By.cssSelector(".evg-review-incentivised")).isEmpty()))
                .collect(Collectors.toList());
    }

    private static String cell(WebElement e, String css) {
        List<WebElement> found = e.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getText().trim();
    }
}
