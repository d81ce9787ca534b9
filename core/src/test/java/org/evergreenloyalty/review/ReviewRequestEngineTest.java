package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.annotation.Resource;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.RecordingMailTransport;
import org.junit.jupiter.api.Test;

/**
 * The review request engine on its own context: a processed order gets one request e-mail after the delay
 * (14 days by default, trigger SUBMITTED), naming its products from the catalog port, and later one reminder.
 */
@CoreTest
class ReviewRequestEngineTest {

    @Resource(name = "evgReviewRequestService")
    ReviewRequestService requests;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "evgMailTransport")
    RecordingMailTransport mail;

    @Test
    void oneRequestAfterTheDelayThenOneReminder() {
        long c = CoreFixtures.customer();
        CompletedOrder order = CoreFixtures.order(c, "30.00", "12.00");
        orders.process(order);
        String to = "c" + c + "@example.com";

        CoreFixtures.advanceDays(13);
        requests.runDue();
        assertTrue(mail.sentTo(to).isEmpty(), "not before the 14 days");

        CoreFixtures.advanceDays(2);
        ReviewRunReport report = requests.runDue();
        requests.runDue();
        List<RecordingMailTransport.Sent> sent = mail.sentTo(to);
        ReviewRequestView view = requests.request(order.getOrderId());
        assertEquals(1, sent.size(), report + " " + (view == null ? "no request" : view.getStatus() + " " + view.getSkipReason()));
        assertEquals(1, sent.size(), "one request, however often the job runs");
        assertEquals("evergreen/review-request", sent.get(0).template);
        assertNotNull(requests.request(order.getOrderId()).getRequestSentAt());

        CoreFixtures.advanceDays(8);
        requests.runDue();
        sent = mail.sentTo(to);
        assertEquals(2, sent.size(), "and one reminder");
        assertEquals("evergreen/review-reminder", sent.get(1).template);
    }

    @Test
    void anOrderThatIsGoneBeforeTheDelayGetsNoRequest() {
        long c = CoreFixtures.customer();
        CompletedOrder order = CoreFixtures.order(c, "30.00");
        orders.process(order);
        org.evergreenloyalty.test.CoreTestContext.get()
                .getBean("testOrders", org.evergreenloyalty.test.InMemoryOrders.class).cancel(order.getOrderId());
        CoreFixtures.advanceDays(15);
        requests.runDue();
        assertTrue(mail.sentTo("c" + c + "@example.com").isEmpty());
    }
}
