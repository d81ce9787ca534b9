package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's Loyalty &gt; Birthdays page: upcoming birthdays (for a number of days ahead), the issued rewards
 * filtered by year and status, and the way to the birthday settings.
 */
public final class LoyaltyBirthdaysPage extends Page {
    LoyaltyBirthdaysPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-birthdays"));
    }

    /** One upcoming birthday as listed: the customer's e-mail, the day, whether it earns, the reward's state. */
    public record Upcoming(String email, String on, String earns, String reward) {
    }

    /** One issued reward as listed. */
    public record Reward(String email, String birthdayOn, String code, String discount, String status, String mail) {
    }

    /** Shows the birthdays of the next {@code days} days. */
    public LoyaltyBirthdaysPage showUpcoming(int days) {
        type(By.id("evg-upcoming-days"), String.valueOf(days));
        clickAndLeave(By.id("evg-upcoming-submit"));
        return new LoyaltyBirthdaysPage(driver);
    }

    /** The upcoming birthdays listed (none when the page says so). */
    public List<Upcoming> upcoming() {
        return driver.findElements(By.cssSelector("#evg-upcoming tr.evg-upcoming-row")).stream()
                .map(r -> new Upcoming(cell(r, ".evg-upcoming-customer a"), cell(r, ".evg-upcoming-on"),
                        cell(r, ".evg-upcoming-earns"), cell(r, ".evg-upcoming-reward")))
                .collect(Collectors.toList());
    }

    /** Lists the rewards for birthdays in {@code year} (any status). */
    public LoyaltyBirthdaysPage showRewardsOf(int year) {
        new Select(visible(By.id("evg-rewards-year"))).selectByValue(String.valueOf(year));
        new Select(visible(By.id("evg-rewards-status"))).selectByValue("");
        clickAndLeave(By.id("evg-rewards-submit"));
        return new LoyaltyBirthdaysPage(driver);
    }

    /** The rewards listed on this page. */
    public List<Reward> rewards() {
        return driver.findElements(By.cssSelector("#evg-rewards tr.evg-reward")).stream()
                .map(r -> new Reward(cell(r, ".evg-reward-customer a"), cell(r, ".evg-reward-birthday"), cell(r, ".evg-reward-code"),
                        cell(r, ".evg-reward-discount span"), r.getAttribute("data-status"), cell(r, ".evg-reward-mail")))
                .collect(Collectors.toList());
    }

    /** Opens the birthday settings. */
    public BirthdaySettingsPage settings() {
        clickAndLeave(By.id("evg-birthday-settings-link"));
        return new BirthdaySettingsPage(driver);
    }

    private static String cell(WebElement row, String css) {
        return row.findElement(By.cssSelector(css)).getText().trim();
    }
}
