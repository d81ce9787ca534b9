package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.LoyaltyDashboardPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Loyalty &gt; Dashboard on the demo store's seeded year of history: the admin opens it from the menu, shows the last
 * 365 days, and finds the charts, the finance, health, retention and funnel tables filled, a CSV that downloads with
 * the page's header, on a desktop window and on a 360 px phone (screenshots of both under
 * {@code target/screenshots/dashboard-*.png}).
 */
@BrowserTest
class DashboardJourneyTest {

    @Test
    void theDashboardShowsTheSeededYearWithChartsTablesAndCsv(DemoStore store, WebDriver driver) throws Exception {
        LoyaltyDashboardPage page = AdminLoginPage.open(driver, store)
                .signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD)
                .loyaltyDashboard()
                .showPeriod("last365");
        assertTrue(page.periodShown().contains("compared with"), page.periodShown());
        assertTrue(page.charts() >= 5, "balance, flow and three funnel charts: " + page.charts());
        List<String> tables = page.tableIds();
        for (String id : List.of("finance", "health", "rollforward", "members", "retentionMonths", "cohorts", "referrals",
                "advocates", "reviews", "nps", "birthdays", "tiers", "tierMoves")) {
            assertTrue(tables.contains(id), id + " in " + tables);
        }
        assertTrue(count(page.cell("health", "Placed orders", 1)) > 300, "the seeded orders are counted");
        assertTrue(count(page.cell("referrals", "Friends signed up", 1)) > 10, "seeded referrals");
        assertTrue(count(page.cell("reviews", "Review requests sent", 1)) > 50, "seeded review requests");
        assertTrue(count(page.cell("birthdays", "Birthday rewards issued", 1)) > 10, "seeded birthday rewards");
        assertTrue(page.rows("cohorts") >= 12, "a cohort per month");
        assertTrue(page.rows("advocates") > 0, "top advocates listed");

        Map<String, Object> csv = page.downloadCsv("referrals");
        assertEquals(200L, ((Number) csv.get("status")).longValue(), String.valueOf(csv.get("body")));
        assertTrue(String.valueOf(csv.get("type")).startsWith("text/csv"), String.valueOf(csv.get("type")));
        assertTrue(String.valueOf(csv.get("disposition")).contains("attachment; filename=\"loyalty-referrals-"));
        assertTrue(String.valueOf(csv.get("body")).startsWith("Figure,This period,Previous period\r\n"), String.valueOf(csv.get("body")));

        for (Dimension size : List.of(new Dimension(1366, 1000), new Dimension(360, 740))) {
            driver.manage().window().setSize(size);
            driver.navigate().refresh();
            page = LoyaltyDashboardPage.current(driver);
            assertTrue(page.charts() >= 5);
            if (size.getWidth() == 360) {
                long pageWidth = ((Number) ((JavascriptExecutor) driver).executeScript(
                        "return document.getElementById('evergreen-loyalty-dashboard').getBoundingClientRect().right;")).longValue();
                assertTrue(pageWidth <= 360 + 1, "the dashboard itself fits the phone (wide tables scroll in their box): " + pageWidth);
            }
            screenshot(driver, "dashboard-" + size.getWidth());
        }
    }

    private static long count(String cell) {
        return Long.parseLong(cell.replace(",", "").trim());
    }

    private static void screenshot(WebDriver driver, String name) throws Exception {
        Path dir = BrowserTestSettings.outputDir().resolve("screenshots");
        Files.createDirectories(dir);
        Long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight;");
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(12000, Math.max(size.getHeight(), height))));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(size);
    }
}
