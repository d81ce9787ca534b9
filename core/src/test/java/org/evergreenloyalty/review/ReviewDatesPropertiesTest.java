package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the review request timing over random instants (year ends, leap days and daylight-saving changes
 * drawn often): a request is due the delay after the order was submitted or first seen fulfilled, never before,
 * and not at all while an order awaited by its fulfilment has none.
 */
class ReviewDatesPropertiesTest {

    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Provide
    Arbitrary<Date> instants() {
        Arbitrary<Date> any = Arbitraries.longs().between(946684800000L, 4102444800000L).map(Date::new); // 2000..2100
        Arbitrary<Date> edges = Arbitraries.integers().between(2000, 2099)
                .flatMap(y -> Arbitraries.of(LocalDate.of(y, 12, 31), LocalDate.of(y - y % 4, 2, 29), LocalDate.of(y, 3, 27),
                        LocalDate.of(y, 10, 30))
                        .flatMap(d -> Arbitraries.longs().between(-3 * DAY, 3 * DAY)
                                .map(ms -> new Date(d.atStartOfDay(BERLIN).toInstant().toEpochMilli() + ms))));
        return Arbitraries.oneOf(any, edges);
    }

    @Property(tries = 1000)
    void aRequestIsDueTheDelayAfterItsStartAndNeverBefore(@ForAll("instants") Date submitted, @ForAll("instants") Date fulfilled,
            @ForAll boolean awaitFulfilment, @ForAll boolean wasFulfilled, @ForAll @IntRange(min = 0, max = 365) int delayDays) {
        ReviewRequest r = new ReviewRequest(1L, 2L, "O-1", "a@example.com", submitted);
        if (wasFulfilled) {
            r.fulfilled(fulfilled);
        }
        ReviewSettings s = new ReviewSettings();
        s.setTrigger(awaitFulfilment ? ReviewTrigger.FULFILLMENT_STATUS : ReviewTrigger.SUBMITTED);
        s.setDelayDays(delayDays);
        Date due = DefaultReviewRequestService.dueAt(r, s);
        if (awaitFulfilment && !wasFulfilled) {
            assertNull(due, "no fulfilment, no request");
            return;
        }
        Date start = awaitFulfilment ? fulfilled : submitted;
        assertTrue(!due.before(start), "due " + due + " before " + start);
        assertEquals(delayDays * DAY, due.getTime() - start.getTime());
    }
}
