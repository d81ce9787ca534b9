package org.evergreenloyalty.pointsimport;

import java.io.Reader;
import java.util.List;

/**
 * Imports points balances from a CSV file (stores moving from another program): a dry run reports what each row
 * would do; applying posts each row once through the ledger with the event key {@code import:<importId>:<row>}, in
 * pages, so an import id is applied at most once however often it is sent.
 */
public interface PointsImportService {

    /**
     * What applying would do, row by row; changes nothing.
     *
     * @throws ImportFileException when the file as a whole is refused (no header, unknown or missing column, too many rows)
     */
    ImportReport dryRun(ImportRequest request, Reader csv);

    /**
     * Applies the file: every row not refused posts its difference (and sets its tier); an import id already in the
     * history changes nothing (its rows are reported as already applied). Writes the history entry.
     *
     * @throws ImportFileException when the file as a whole is refused; nothing changed then
     */
    ImportReport apply(ImportRequest request, Reader csv);

    /** The latest {@code max} applied imports, newest first. */
    List<ImportRecord> history(int max);
}
