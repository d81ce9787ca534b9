package org.evergreenloyalty.order;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recovery sweep: pages through the orders submitted since the last sweep (less an overlap, never before
 * the installation) that have no processed record and are older than a grace period (a checkout may still be
 * finishing), and hands each to {@link OrderCompletionService#process} marked as recovered. The processed
 * record's key keeps every order booked once, however often sweeps run or race.
 */
public class DefaultOrderRecoveryService implements OrderRecoveryService {

    private static final Log LOG = LogFactory.getLog(DefaultOrderRecoveryService.class);
    private static final long MINUTE = 60L * 1000;
    private static final int PAGE = 200;

    private final TransactionTemplate tx;
    private final OrderRecoveryRepository repository;
    private final SubmittedOrderSource orders;
    private final OrderCompletionService completion;
    private final Clock clock;
    private final long graceMillis;
    private final long overlapMillis;

    /**
     * @param graceMinutes   orders submitted less than this long ago are left to their checkout
     * @param overlapMinutes how far before the end of the last sweep the next one looks again
     */
    public DefaultOrderRecoveryService(PlatformTransactionManager txm, OrderRecoveryRepository repository,
                                       SubmittedOrderSource orders, OrderCompletionService completion, Clock clock,
                                       int graceMinutes, int overlapMinutes) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.orders = orders;
        this.completion = completion;
        this.clock = clock;
        this.graceMillis = graceMinutes * MINUTE;
        this.overlapMillis = overlapMinutes * MINUTE;
    }

    @Override
    public int sweep() {
        Date now = clock.now();
        Date to = new Date(now.getTime() - graceMillis);
        Date from = start();
        int booked = 0;
        long afterId = -1;
        List<Long> page;
        do {
            page = orders.unprocessed(from, to, afterId, PAGE);
            for (Long id : page) {
                afterId = id;
                booked += recover(id) ? 1 : 0;
            }
        } while (page.size() == PAGE);
        tx.execute(status -> {
            repository.sweptUntil(to);
            return null;
        });
        if (booked > 0) {
            LOG.warn("Order recovery booked " + booked + " placed order(s) whose loyalty processing had been interrupted");
        }
        return booked;
    }

    private boolean recover(long orderId) {
        CompletedOrder order = orders.load(orderId);
        if (order == null) {
            return false;
        }
        try {
            return completion.process(order.asRecovered());
        } catch (RuntimeException e) {
            LOG.error("Order recovery could not book order " + orderId + "; the next sweep tries again", e);
            return false;
        }
    }

    /** Where this sweep starts: the last sweep's end less the overlap, never before the installation. */
    private Date start() {
        ModuleInstallation row = installation();
        Date swept = row.getSweptUntil();
        Date installed = row.getInstalledAt();
        if (swept == null) {
            return installed;
        }
        Date overlap = new Date(swept.getTime() - overlapMillis);
        return overlap.before(installed) ? installed : overlap;
    }

    private ModuleInstallation installation() {
        try {
            return tx.execute(status -> {
                ModuleInstallation row = repository.lockInstallation();
                return row != null ? row : repository.createInstallation(clock.now());
            });
        } catch (RuntimeException e) {
            // another node created it at the same moment (the insert failed on the key)
            return tx.execute(status -> repository.lockInstallation());
        }
    }

    @Override
    public Date installedAt() {
        return installation().getInstalledAt();
    }

    @Override
    public List<RecoveredOrder> recoveredOrders(int max) {
        return tx.execute(status -> repository.recovered(max).stream()
                .map(p -> new RecoveredOrder(p.getOrderId(), p.getOrderNumber(), p.getCustomerId(), p.getProcessedAt(),
                        repository.orderPoints(p.getOrderId(), EntryType.EARN), repository.orderPoints(p.getOrderId(), EntryType.REDEEM)))
                .collect(Collectors.toList()));
    }
}
