package org.evergreenloyalty.browser.pages;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin's Loyalty &gt; Dashboard: period picker, SVG charts, report tables with a CSV link each. */
public final class LoyaltyDashboardPage extends Page {

    LoyaltyDashboardPage(WebDriver driver) {
        super(driver);
        visible(By.id("evergreen-loyalty-dashboard"));
    }

    /** The dashboard the browser shows now (after a reload); waits for it. */
    public static LoyaltyDashboardPage current(WebDriver driver) {
        return new LoyaltyDashboardPage(driver);
    }

    /** Picks a preset period (value of the picker, e.g. {@code last365}) and shows it. */
    public LoyaltyDashboardPage showPeriod(String preset) {
        new Select(visible(By.id("evg-dash-period"))).selectByValue(preset);
        clickAndLeave(By.id("evg-dash-show"));
        return new LoyaltyDashboardPage(driver);
    }

    /** The sentence naming the period shown and the one compared with. */
    public String periodShown() {
        return text(By.id("evg-dash-period-shown"));
    }

    /** How many SVG charts the page holds. */
    public int charts() {
        return driver.findElements(By.cssSelector(".evg-dash-chart svg")).size();
    }

    /** The ids of the report tables, in page order (without the {@code evg-dash-} prefix). */
    public List<String> tableIds() {
        return driver.findElements(By.cssSelector("table.evg-dash-table")).stream()
                .map(t -> t.getAttribute("id").substring("evg-dash-".length())).collect(java.util.stream.Collectors.toList());
    }

    /** The cell text of {@code table}'s row whose first cell is {@code label}, column {@code column} (0-based). */
    public String cell(String table, String label, int column) {
        for (WebElement row : driver.findElements(By.cssSelector("#evg-dash-" + table + " tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(0).getText().trim().equals(label)) {
                return cells.get(column).getText().trim();
            }
        }
        throw new AssertionError("no row '" + label + "' in table " + table);
    }

    /** Number of body rows of {@code table}. */
    public int rows(String table) {
        return driver.findElements(By.cssSelector("#evg-dash-" + table + " tbody tr")).size();
    }

    /**
     * Downloads {@code table}'s CSV through its link in the signed-in browser (fetch, same session) and returns
     * status, content type, content disposition and body.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> downloadCsv(String table) {
        String href = visible(By.id("evg-dash-csv-" + table)).getAttribute("href");
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text().then(function (t) {"
                + " done({status: r.status, type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'), body: t});"
                + "}); }).catch(function (e) { done({status: -1, body: String(e)}); });", href);
    }
}
