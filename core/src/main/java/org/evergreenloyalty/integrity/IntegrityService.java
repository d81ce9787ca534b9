package org.evergreenloyalty.integrity;

import java.util.List;

/**
 * The production integrity check (bean {@code evgIntegrityService}): runs the {@link IntegrityCheck}, stores each
 * run with its findings in the module's tables and e-mails the store's loyalty contact when anything was found;
 * and reads stored runs for Loyalty &gt; Integrity without checking again.
 */
public interface IntegrityService {

    /** Who is recorded as having started the nightly run. */
    String SCHEDULER = "scheduler";

    /**
     * Checks now, stores the run and its findings, e-mails the contact if anything was found.
     *
     * @param triggeredBy {@link #SCHEDULER} or the admin user's login
     * @return the stored run
     */
    IntegrityRun run(String triggeredBy);

    /** The newest run, or null when the check never ran. */
    IntegrityRun latestRun();

    /** The run of {@code runId}, or null. */
    IntegrityRun run(long runId);

    /** The newest {@code max} runs, newest first. */
    List<IntegrityRun> recentRuns(int max);

    /** Page {@code page} (from 0) of {@code size} stored findings of run {@code runId}, in the order found. */
    List<IntegrityFinding> findings(long runId, int page, int size);
}
