package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An admin section's list (Broadleaf's main list grid) with the search box above it, which filters on
 * the list's first column.
 */
public final class AdminListPage extends Page {
    private final String searchedField;

    AdminListPage(WebDriver driver, String searchedField) {
        super(driver);
        this.searchedField = searchedField;
        visible(By.cssSelector("form.custom-entity-search input[type='search']"));
    }

    /**
     * Types a search term, submits it and waits until the list shows only matching rows (or none).
     *
     * @return the searched column's values of the rows now listed
     */
    public List<String> search(String term) {
        type(By.cssSelector("form.custom-entity-search input[type='search']"), term);
        driver.findElement(By.cssSelector("form.custom-entity-search input[type='search']")).sendKeys(Keys.ENTER);
        String needle = term.toLowerCase();
        wait.ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the list did not narrow down to rows matching '" + term + "'; it shows " + values())
                .until(d -> {
                    if (!d.getCurrentUrl().contains(searchedField + "=")) {
                        return false; // the search has not been applied yet
                    }
                    List<String> shown = values();
                    boolean onlyMatches = shown.stream().allMatch(v -> v.toLowerCase().contains(needle));
                    return onlyMatches && (!shown.isEmpty() || present(By.cssSelector(".list-grid-no-results")));
                });
        return values();
    }

    /**
     * The stored value of another column in the row whose searched column equals {@code rowValue}
     * (for example the {@code status} of an order), as the grid's {@code data-fieldvalue} has it.
     */
    public String cell(String rowValue, String fieldName) {
        By row = By.xpath("//tr[td[@data-fieldname='" + searchedField + "' and @data-fieldvalue='" + rowValue + "']]");
        return visible(row).findElement(By.cssSelector("td[data-fieldname='" + fieldName + "']")).getAttribute("data-fieldvalue");
    }

    private List<String> values() {
        List<WebElement> cells = driver.findElements(By.cssSelector("td[data-fieldname='" + searchedField + "']"));
        return cells.stream().map(c -> String.valueOf(c.getAttribute("data-fieldvalue"))).collect(Collectors.toList());
    }
}
