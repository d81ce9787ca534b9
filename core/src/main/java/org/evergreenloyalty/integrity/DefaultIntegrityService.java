package org.evergreenloyalty.integrity;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the check, stores the run (with at most {@code maxStoredFindings} findings) and hands it to the
 * {@link IntegrityReportMailer}; the e-mail's fate is recorded on the run. A failing e-mail never loses the run.
 */
public class DefaultIntegrityService implements IntegrityService {

    private static final Log LOG = LogFactory.getLog(DefaultIntegrityService.class);

    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final IntegrityCheck check;
    private final IntegrityRepository repository;
    private final IntegrityReportMailer mailer;
    private final int maxStoredFindings;

    public DefaultIntegrityService(PlatformTransactionManager txm, IntegrityCheck check, IntegrityRepository repository,
                                   IntegrityReportMailer mailer, int maxStoredFindings) {
        this.tx = new TransactionTemplate(txm);
        this.readTx = new TransactionTemplate(txm);
        this.readTx.setReadOnly(true);
        this.check = check;
        this.repository = repository;
        this.mailer = mailer;
        this.maxStoredFindings = maxStoredFindings;
    }

    @Override
    public IntegrityRun run(String triggeredBy) {
        String who = triggeredBy == null || triggeredBy.trim().isEmpty() ? SCHEDULER : triggeredBy.trim();
        IntegrityReport report = check.check();
        IntegrityRun stored = tx.execute(status -> repository.saveRun(report, who, maxStoredFindings));
        if (report.total() > 0) {
            LOG.warn("Loyalty integrity check found " + report.total() + " mismatch(es): " + report.count(FindingGroup.ORDER_DISCOUNT)
                    + " order(s), " + report.count(FindingGroup.ORPHAN_REDEEM) + " REDEEM entr(ies), "
                    + report.count(FindingGroup.ACCOUNT_BALANCE) + " balance(s); run " + stored.getId());
        }
        IntegrityRun.MailStatus mail = mailer.send(report, stored.getId());
        return tx.execute(status -> {
            IntegrityRun run = repository.run(stored.getId());
            run.mailed(mail);
            return run;
        });
    }

    @Override
    public IntegrityRun latestRun() {
        List<IntegrityRun> runs = recentRuns(1);
        return runs.isEmpty() ? null : runs.get(0);
    }

    @Override
    public IntegrityRun run(long runId) {
        return readTx.execute(status -> repository.run(runId));
    }

    @Override
    public List<IntegrityRun> recentRuns(int max) {
        return readTx.execute(status -> repository.recentRuns(Math.max(1, Math.min(max, 100))));
    }

    @Override
    public List<IntegrityFinding> findings(long runId, int page, int size) {
        int s = Math.max(1, Math.min(size, 500));
        long first = Math.max(0L, (long) page) * s;
        return readTx.execute(status -> repository.findings(runId, (int) Math.min(first, Integer.MAX_VALUE), s));
    }
}
