package org.evergreenloyalty.browser.pages;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's Loyalty &gt; Import page: upload a CSV, read the dry run's rows, apply, see the history. */
public final class LoyaltyImportPage extends Page {
    LoyaltyImportPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-import"));
    }

    /** Uploads {@code csv} in {@code mode} (ADD or SET) under {@code importId} for a dry run; returns the report page. */
    public LoyaltyImportPage check(Path csv, String mode, String importId) {
        driver.findElement(By.id("evg-import-file")).sendKeys(csv.toAbsolutePath().toString());
        click(By.id("evg-import-mode-" + mode));
        type(By.id("evg-import-id"), importId);
        clickAndLeave(By.id("evg-import-check"));
        return new LoyaltyImportPage(driver);
    }

    /** The report's count line ("2 rows: 1 change, ..."). */
    public String counts() {
        return text(By.id("evg-import-counts"));
    }

    /** The status of each reported row, in row order (CHANGE, REFUSED, ...). */
    public List<String> rowStatuses() {
        return driver.findElements(By.cssSelector("#evg-import-rows tr.evg-import-row")).stream()
                .map(r -> r.getAttribute("data-status")).collect(Collectors.toList());
    }

    /** The text of a reported row (customer, result, balance). */
    public String row(int row) {
        return text(By.cssSelector("#evg-import-rows tr.evg-import-row[data-row='" + row + "']"));
    }

    /** Whether the dry run offers "Apply". */
    public boolean canApply() {
        return present(By.id("evg-import-apply"));
    }

    /** Applies the checked file; returns the page with the applied report and the history. */
    public LoyaltyImportPage apply() {
        clickAndLeave(By.id("evg-import-apply"));
        return new LoyaltyImportPage(driver);
    }

    /** The history table's text (empty when there is none). */
    public String history() {
        return present(By.id("evg-import-history")) ? text(By.id("evg-import-history")) : "";
    }

    /** The form's error message, or empty. */
    public String error() {
        return present(By.id("evg-import-error")) ? text(By.id("evg-import-error")) : "";
    }
}
