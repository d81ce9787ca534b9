package org.evergreenloyalty.admin.insights;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link ReportTable} as RFC 4180 CSV (commons-csv {@code CSVFormat.RFC4180}: commas, CRLF, quotes where
 * needed): a header row with the translated column names, then the rows (a labelled table's first cell translated);
 * a missing value is an empty field.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Writes {@code table} to {@code out}, headers translated by {@code text}. */
    public static void write(ReportTable table, Function<String, String> text, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> headers = new ArrayList<String>();
        for (String key : table.getHeaderKeys()) {
            headers.add(text.apply(key));
        }
        csv.printRecord(headers);
        for (List<String> row : table.getRows()) {
            List<String> cells = new ArrayList<String>();
            for (String cell : row) {
                cells.add(cell == null ? "" : cell);
            }
            if (table.getLabelPrefix() != null) {
                cells.set(0, text.apply(table.getLabelPrefix() + row.get(0)));
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }
}
