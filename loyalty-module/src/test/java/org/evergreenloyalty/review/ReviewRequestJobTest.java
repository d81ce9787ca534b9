package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.review.jobs.ReviewRequestJob;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;

/** The job review-requests on real checkouts: timing, one e-mail per order however often it runs. */
@BroadleafIntegrationTest
class ReviewRequestJobTest extends ReviewTestBase {

    @Resource(name = "evgJobRunner")
    JobRunner jobs;

    @Test
    void aSubmittedOrderIsRecordedAndAskedAboutOnceAfterTheDelay() throws Exception {
        Customer c = customer();
        Product tent = product("Tent");
        Product lamp = product("Lamp");
        Order order = buy(c, tent, lamp);

        ReviewRequestView waiting = requests.request(order.getId());
        assertEquals(RequestStatus.WAITING, waiting.getStatus());
        assertEquals(c.getId(), (Long) waiting.getCustomerId());

        travel(13.9);
        assertEquals(RequestOutcome.NOT_DUE, requests.sendRequestIfDue(order.getId()));
        jobs.runNow(ReviewRequestJob.NAME);
        assertEquals(0, mailsTo(c).size(), "nothing before 14 days");

        travel(0.2);
        jobs.runNow(ReviewRequestJob.NAME);
        List<MimeMessage> mails = awaitMails(c, 1);
        assertEquals(1, mails.size());
        String html = body(mails.get(0));
        assertTrue(html.contains(tent.getName()) && html.contains(lamp.getName()), "one e-mail lists both products");
        assertEquals(10, reviewLinks(mails.get(0)).size(), "five star links per product");
        assertTrue(reviewLinks(mails.get(0)).get(4).endsWith("rating=5"));
        assertEquals(11, scoreLinks(mails.get(0)).size(), "satisfaction 0-10");
        assertTrue(html.contains("/loyalty/unsubscribe?token="), "unsubscribe link");

        ReviewRequestView sent = requests.request(order.getId());
        assertEquals(RequestStatus.SENT, sent.getStatus());
        assertEquals(Arrays.asList(tent.getId(), lamp.getId()), sent.getRequestedProductIds());

        jobs.runNow(ReviewRequestJob.NAME);
        assertEquals(RequestOutcome.ALREADY_SENT, requests.sendRequestIfDue(order.getId()));
        Thread.sleep(300);
        assertEquals(1, mailsTo(c).size(), "a second run sends nothing");
    }

    @Test
    void twoRunsAtOnceSendEachRequestOnce() throws Exception {
        Customer[] customers = {customer(), customer(), customer()};
        Product p = product("Mug");
        for (Customer c : customers) {
            buy(c, p);
        }
        travel(15);
        final java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        final java.util.List<Throwable> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<Throwable>());
        Thread[] nodes = new Thread[2];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new Thread(() -> {
                try {
                    org.evergreenloyalty.test.BroadleafTestContext.bindRequest();
                    start.await();
                    requests.runDue();
                } catch (Throwable t) {
                    errors.add(t);
                }
            });
            nodes[i].start();
        }
        for (Thread t : nodes) {
            t.join(120_000);
        }
        assertTrue(errors.isEmpty(), "both runs finish: " + errors);
        for (Customer c : customers) {
            awaitMails(c, 1);
        }
        Thread.sleep(300);
        for (Customer c : customers) {
            assertEquals(1, mailsTo(c).size(), "exactly one request for " + c.getEmailAddress());
        }
    }

    @Test
    void oneReminderAfterSevenDaysWhenNothingWasReviewed() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Stove"));
        travel(15);
        assertEquals(RequestOutcome.REQUEST_SENT, requests.sendRequestIfDue(order.getId()));
        travel(6.9);
        assertEquals(RequestOutcome.NOT_DUE, requests.sendReminderIfDue(order.getId()));
        travel(0.2);
        assertEquals(RequestOutcome.REMINDER_SENT, requests.sendReminderIfDue(order.getId()));
        List<MimeMessage> mails = awaitMails(c, 2);
        assertEquals(2, mails.size());
        assertTrue(mails.get(1).getSubject().contains("reminder"), mails.get(1).getSubject());
        assertEquals(reviewLinks(mails.get(0)), reviewLinks(mails.get(1)), "the reminder carries the same links");
        String request = body(mails.get(0));
        String reminder = body(mails.get(1));
        assertTrue(request.contains("How did you like your order?") && !request.contains("A quick reminder"), request);
        assertTrue(reminder.contains("A quick reminder") && !reminder.contains("How did you like your order?"), reminder);
        assertEquals(RequestOutcome.ALREADY_SENT, requests.sendReminderIfDue(order.getId()));
        travel(10);
        requests.runDue();
        Thread.sleep(300);
        assertEquals(2, mailsTo(c).size(), "one reminder only");
    }

    @Test
    void noReminderOnceAProductWasReviewed() throws Exception {
        Customer c = customer();
        Product p = product("Pan");
        Order order = buy(c, p, product("Lid"));
        travel(15);
        requests.sendRequestIfDue(order.getId());
        String link = reviewLinks(awaitMails(c, 1).get(0)).get(3);
        reviews.submit(token(link), input(4, "Sturdy pan."));
        travel(8);
        assertEquals(RequestOutcome.SKIPPED, requests.sendReminderIfDue(order.getId()));
        assertEquals(SkipReason.ALREADY_REVIEWED, requests.request(order.getId()).getReminderSkipReason());
        Thread.sleep(300);
        assertEquals(1, mailsTo(c).size());
    }

    @Test
    void aRequestNotSentWithinTheLatePeriodIsDropped() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Rope"));
        travel(14 + 31);
        assertEquals(RequestOutcome.SKIPPED, requests.sendRequestIfDue(order.getId()));
        assertEquals(SkipReason.TOO_LATE, requests.request(order.getId()).getSkipReason());
        assertEquals(0, mailsTo(c).size());
    }

    @Test
    void switchedOffSendsNothing() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Knife"));
        settings(s -> s.setEnabled(false));
        travel(15);
        assertEquals(RequestOutcome.NOT_DUE, requests.sendRequestIfDue(order.getId()));
        assertEquals(0, requests.runDue().getOutcomes().size());
        assertEquals(RequestStatus.WAITING, requests.request(order.getId()).getStatus());
        assertNull(requests.request(order.getId()).getRequestSentAt());
    }
}
