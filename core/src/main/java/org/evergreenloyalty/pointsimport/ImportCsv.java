package org.evergreenloyalty.pointsimport;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a points import file: CSV (comma or semicolon, optional quotes, UTF-8 with or without BOM) whose first line
 * names the columns {@code email} and/or {@code customer_id}, {@code points}, and optionally {@code tier} and
 * {@code expires} (an ISO date, 2027-12-31), in any order and case. A missing or unknown column refuses the whole
 * file ({@link ImportFileException}); a row with a bad value becomes a refused {@link ImportLine}.
 */
public final class ImportCsv {

    /** The columns a file may have. */
    public static final List<String> COLUMNS = Arrays.asList("email", "customer_id", "points", "tier", "expires");

    /** Largest number of points one row may name (either sign). */
    public static final long MAX_POINTS = 1_000_000_000L;

    private ImportCsv() {
    }

    /** Reads every data row of {@code in}; refuses files with more than {@code maxRows} data rows. */
    public static List<ImportLine> read(Reader in, int maxRows) {
        try (CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setDelimiter(delimiter(in)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).build())) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportFileException("import.file.empty", "The file is empty: its first line must name the columns.");
            }
            Map<String, Integer> columns = header(records.next());
            List<ImportLine> lines = new ArrayList<ImportLine>();
            while (records.hasNext()) {
                CSVRecord r = records.next();
                if (lines.size() == maxRows) {
                    throw new ImportFileException("import.file.tooManyRows", "The file has more than " + maxRows + " rows.", maxRows);
                }
                lines.add(line(lines.size() + 1, r, columns));
            }
            return lines;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ImportFileException("import.file.unreadable", "The file is not readable as CSV: " + e.getMessage(),
                    String.valueOf(e.getMessage()));
        }
    }

    /** Semicolon when the header line has one and no comma (spreadsheets in German locales write those), else comma. */
    private static char delimiter(Reader in) {
        if (!in.markSupported()) {
            return ',';
        }
        try {
            in.mark(4096);
            char[] buf = new char[4096];
            int n = in.read(buf);
            in.reset();
            if (n <= 0) {
                return ',';
            }
            String first = new String(buf, 0, n).split("\r?\n", 2)[0];
            return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        } catch (IOException e) {
            return ',';
        }
    }

    private static Map<String, Integer> header(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() && header.size() == 1) {
                throw new ImportFileException("import.file.noHeader", "The first line must name the columns (email or customer_id, points, ...).");
            }
            if (!COLUMNS.contains(name)) {
                throw new ImportFileException("import.file.unknownColumn", "Unknown column '" + name + "'; the columns are "
                        + String.join(", ", COLUMNS) + ".", name, String.join(", ", COLUMNS));
            }
            if (columns.put(name, i) != null) {
                throw new ImportFileException("import.file.repeatedColumn", "The column '" + name + "' is named twice.", name);
            }
        }
        if (!columns.containsKey("points")) {
            throw new ImportFileException("import.file.missingColumn", "The column 'points' is missing.", "points");
        }
        if (!columns.containsKey("email") && !columns.containsKey("customer_id")) {
            throw new ImportFileException("import.file.missingColumn", "The column 'email' or 'customer_id' is missing.", "email / customer_id");
        }
        return columns;
    }

    /** Parses one data row (number {@code row}). */
    static ImportLine line(int row, CSVRecord r, Map<String, Integer> columns) {
        String id = value(r, columns, "customer_id");
        String email = value(r, columns, "email");
        String points = value(r, columns, "points");
        String tier = value(r, columns, "tier");
        String expires = value(r, columns, "expires");
        String reference = id != null ? id : email;
        if (id == null && email == null && points == null && tier == null && expires == null) {
            return ImportLine.refused(row, null, Refusal.EMPTY_ROW, null);
        }
        if (r.size() != columns.size()) {
            return ImportLine.refused(row, reference, Refusal.WRONG_COLUMN_COUNT, String.valueOf(r.size()));
        }
        Long customerId = null;
        if (id != null) {
            customerId = number(id, 1, Long.MAX_VALUE);
            if (customerId == null) {
                return ImportLine.refused(row, id, Refusal.BAD_CUSTOMER_ID, id);
            }
        } else if (email == null || !email.contains("@")) {
            return ImportLine.refused(row, email, email == null ? Refusal.NO_CUSTOMER : Refusal.UNKNOWN_CUSTOMER, email);
        }
        Long p = points == null ? null : number(points, -MAX_POINTS, MAX_POINTS);
        if (p == null) {
            return ImportLine.refused(row, reference, Refusal.NOT_A_NUMBER, points == null ? "" : points);
        }
        LocalDate day = null;
        if (expires != null) {
            try {
                day = LocalDate.parse(expires);
            } catch (DateTimeParseException e) {
                return ImportLine.refused(row, reference, Refusal.BAD_DATE, expires);
            }
        }
        return new ImportLine(row, customerId, customerId == null ? email.toLowerCase(Locale.ROOT) : null, p, tier, day);
    }

    /** The trimmed value of {@code column}, or null when the file has no such column or the cell is blank. */
    private static String value(CSVRecord r, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** {@code text} as a whole number from {@code min} to {@code max} (a leading + allowed), or null. */
    static Long number(String text, long min, long max) {
        if (!text.matches("[+-]?[0-9]{1,18}")) {
            return null;
        }
        long v = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        return v < min || v > max ? null : v;
    }
}
