package org.evergreenloyalty.lifecycle;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyset paging over customers, as every lifecycle job does it: a page of rows after the last customer id, each page
 * read and then handled in a transaction of its own, stopping between pages when the thread is interrupted.
 */
final class CustomerPages {

    private CustomerPages() {
    }

    /**
     * Fetches pages of at most {@code pageSize} rows with {@code fetch} (given the last customer id of the previous page,
     * 0 at first), hands each to {@code handle} and returns the sum of what {@code handle} answered.
     */
    static <R> int each(TransactionTemplate tx, int pageSize, LongFunction<List<R>> fetch, ToLongFunction<R> customerIdOf,
                        Function<List<R>, Integer> handle) {
        long after = 0;
        int total = 0;
        while (!Thread.currentThread().isInterrupted()) {
            long from = after;
            List<R> page = tx.execute(s -> fetch.apply(from));
            if (page.isEmpty()) {
                break;
            }
            after = customerIdOf.applyAsLong(page.get(page.size() - 1));
            total += tx.execute(s -> handle.apply(page));
            if (page.size() < pageSize) {
                break;
            }
        }
        return total;
    }
}
