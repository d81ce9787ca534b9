package org.evergreenloyalty.browser.pages;

import java.util.List;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The demo store's mailbox, {@code /demo/mailbox}: every e-mail the store sent, newest first, and one message. */
public final class DemoMailboxPage extends StorefrontPage {
    private DemoMailboxPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("mailbox"));
    }

    /** Opens the mailbox. */
    public static DemoMailboxPage open(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/demo/mailbox"));
        return new DemoMailboxPage(driver, store);
    }

    /** How many e-mails to {@code to} with a subject starting with {@code subjectStart} the mailbox lists. */
    public long count(String to, String subjectStart) {
        return driver.findElements(By.cssSelector("#mailbox-table tr.mail-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".mail-to")).getText().trim().contains(to)
                        && row.findElement(By.cssSelector(".mail-subject")).getText().trim().startsWith(subjectStart))
                .count();
    }

    /**
     * Opens the newest e-mail to {@code to} whose subject starts with {@code subjectStart} and returns its HTML
     * body (the store shows it in a sandboxed frame); fails when there is none.
     */
    public String openNewest(String to, String subjectStart) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#mailbox-table tr.mail-row"));
        for (WebElement row : rows) {
            String recipient = row.findElement(By.cssSelector(".mail-to")).getText().trim();
            WebElement subject = row.findElement(By.cssSelector(".mail-subject"));
            if (recipient.contains(to) && subject.getText().trim().startsWith(subjectStart)) {
                By link = By.cssSelector("tr.mail-row[data-mail-number='" + row.getAttribute("data-mail-number") + "'] .mail-subject");
                clickAndLeave(link);
                visible(By.id("mail-subject"));
                return visible(By.id("mail-body")).getAttribute("srcdoc");
            }
        }
        throw new AssertionError("no e-mail to " + to + " with a subject starting '" + subjectStart + "' in the demo mailbox");
    }
}
