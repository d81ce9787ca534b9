package org.evergreenloyalty.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the fixed voucher steps ({@code voucherSteps} of the points settings, e.g. 500 points = 5.00 off) AMOUNT_OFF
 * entries of the catalogue, once, on the catalogue's first use: so the shopper sees one list of what points buy. Each
 * entry carries its step as a unique seed key, so two nodes seeding at once store each step once (the loser's
 * transaction fails on the key and is ignored). Seeded entries are ordinary entries afterwards: the admin renames,
 * edits or deactivates them, and they are never seeded again.
 */
public class VoucherStepEntries {

    private static final Log LOG = LogFactory.getLog(VoucherStepEntries.class);
    static final int VALID_DAYS = 365;

    private final TransactionTemplate tx;
    private final RewardRepository repository;
    private final PointsSettingsService settings;
    private volatile boolean seeded;

    public VoucherStepEntries(PlatformTransactionManager txm, RewardRepository repository, PointsSettingsService settings) {
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.repository = repository;
        this.settings = settings;
    }

    /** Seeds the steps unless any entry was ever seeded; cheap after the first call. */
    public void seedOnce() {
        if (seeded) {
            return;
        }
        try {
            tx.execute(status -> {
                if (repository.seededCount() == 0) {
                    seed(settings.current());
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.info("Voucher steps were seeded by another node meanwhile: " + e.getMessage());
        }
        seeded = true;
    }

    private void seed(PointsSettings s) {
        int order = 0;
        for (Long points : s.voucherStepList()) {
            BigDecimal amount = BigDecimal.valueOf(points)
                    .divide(BigDecimal.valueOf(s.getRedeemPointsPerCurrencyUnit()), 2, RoundingMode.DOWN);
            RewardInput in = RewardInput.of("Voucher " + amount.toPlainString(), RewardKind.AMOUNT_OFF, amount, points)
                    .validDays(VALID_DAYS).displayOrder(order += 10);
            repository.insert(new Reward(in).seededFrom("voucher-step:" + points));
        }
    }
}
