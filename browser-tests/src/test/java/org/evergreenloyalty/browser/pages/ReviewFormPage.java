package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page a review link of the review e-mail opens: the form (no sign-in), its thank-you or its refusal. */
public final class ReviewFormPage extends StorefrontPage {
    private ReviewFormPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("evg-review"));
    }

    /** Opens a link from the e-mail as it stands (absolute URL). */
    public static ReviewFormPage openLink(WebDriver driver, DemoStore store, String url) {
        driver.get(url);
        return new ReviewFormPage(driver, store);
    }

    public boolean showsForm() {
        return present(By.id("evg-review-form"));
    }

    public String productName() {
        return text(By.id("evg-review-product-name"));
    }

    /** The star rating selected in the form (0: none). */
    public int selectedRating() {
        for (int v = 1; v <= 5; v++) {
            if (driver.findElement(By.id("evg-review-rating-" + v)).isSelected()) {
                return v;
            }
        }
        return 0;
    }

    /** Fills in title, text and display name as typed (an empty value clears the field). */
    public ReviewFormPage fillIn(String title, String text, String displayName) {
        type(By.id("evg-review-title"), title);
        type(By.id("evg-review-text"), text);
        type(By.id("evg-review-name"), displayName);
        return this;
    }

    /** Sends the form and returns the page the store shows next. */
    public ReviewFormPage submit() {
        clickAndLeave(By.id("evg-review-submit"));
        return new ReviewFormPage(driver, store);
    }

    /** The refusal above the form; waits for it. */
    public String error() {
        return text(By.id("evg-review-error"));
    }

    /** The field the refusal is about ({@code text}, {@code rating}, ...). */
    public String errorField() {
        return visible(By.id("evg-review-error")).getAttribute("data-field");
    }

    /** What the shopper typed, as the form shows it again. */
    public String typedText() {
        return visible(By.id("evg-review-text")).getAttribute("value");
    }

    /** The thank-you after a stored review; waits for it. */
    public String thanks() {
        return text(By.id("evg-review-done"));
    }

    /** The note that this product was reviewed already; waits for it. */
    public String alreadyReviewed() {
        return text(By.id("evg-review-already"));
    }

    /** The explanation of a link that does not work; waits for it. */
    public String invalidLink() {
        return text(By.id("evg-review-invalid"));
    }
}
