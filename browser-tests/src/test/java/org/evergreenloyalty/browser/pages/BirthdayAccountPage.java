package org.evergreenloyalty.browser.pages;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shopper's birthday page, {@code /account/birthday}: the birthday form (month, day, optional year), its
 * notice or error after a save, and this year's reward with its code and status.
 */
public final class BirthdayAccountPage extends StorefrontPage {
    private BirthdayAccountPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("evg-birthday"));
    }

    /** Opens the page through the account menu's "Birthday" link. */
    public static BirthdayAccountPage openFromAccount(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/account"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("account-nav-birthday"))).click();
        return new BirthdayAccountPage(driver, store);
    }

    /** Opens the page by its address. */
    public static BirthdayAccountPage open(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/account/birthday"));
        return new BirthdayAccountPage(driver, store);
    }

    /**
     * Chooses month and day (their option values, e.g. "2" and "31"), types the year ("" for none), saves,
     * and returns the page the store shows next.
     */
    public BirthdayAccountPage save(int month, int day, String year) {
        new Select(visible(By.id("evg-birthday-month"))).selectByValue(String.valueOf(month));
        new Select(visible(By.id("evg-birthday-day"))).selectByValue(String.valueOf(day));
        type(By.id("evg-birthday-year"), year);
        clickAndLeave(By.id("evg-birthday-save"));
        return new BirthdayAccountPage(driver, store);
    }

    /** The error after a refused save; waits for it. */
    public String error() {
        return text(By.id("evg-birthday-error"));
    }

    /** The notice after a save; waits for it. */
    public String notice() {
        return text(By.id("evg-birthday-notice"));
    }

    /** Whether the page says no birthday is kept. */
    public boolean noBirthdayKept() {
        return present(By.id("evg-birthday-none"));
    }

    /** "Your next birthday: ..."; waits for it. */
    public String nextBirthday() {
        return text(By.id("evg-birthday-next"));
    }

    /** The note under the next birthday (whether it earns a gift); waits for it. */
    public String nextBirthdayNote() {
        return text(By.id("evg-birthday-next-note"));
    }

    /** Whether the page shows a reward. */
    public boolean hasReward() {
        return present(By.id("evg-birthday-reward"));
    }

    /** The reward's code; waits for it. */
    public String rewardCode() {
        return text(By.id("evg-birthday-code"));
    }

    /** The reward's status: ISSUED, USED or EXPIRED. */
    public String rewardStatus() {
        return visible(By.cssSelector("#evg-birthday-reward .evg-birthday-reward")).getAttribute("data-status");
    }

    /** The reward's status as the shopper reads it, e.g. "Ready to use". */
    public String rewardStatusLabel() {
        return text(By.id("evg-birthday-status"));
    }

    /** "10% off your next order"; waits for it. */
    public String rewardDiscount() {
        return text(By.id("evg-birthday-discount"));
    }
}
