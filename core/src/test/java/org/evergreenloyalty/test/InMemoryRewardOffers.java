package org.evergreenloyalty.test;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardOfferGateway;

/** The core suite's {@link RewardOfferGateway}: codes in memory, products 1-999 exist. */
public class InMemoryRewardOffers implements RewardOfferGateway {

    private final AtomicLong next = new AtomicLong(1);
    /** Code to retirement time (null while live). */
    public final Map<String, Date> codes = new ConcurrentHashMap<String, Date>();

    @Override
    public String createCode(long customerId, Reward reward, Date validFrom, Date validUntil) {
        String code = "RWD-" + customerId + "-" + next.getAndIncrement();
        codes.put(code, new Date(0));
        return code;
    }

    @Override
    public void retire(String code, Date now) {
        codes.put(code, now);
    }

    @Override
    public boolean productExists(long productId) {
        return productId > 0 && productId < 1000;
    }
}
