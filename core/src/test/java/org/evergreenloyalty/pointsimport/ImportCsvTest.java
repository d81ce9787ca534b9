package org.evergreenloyalty.pointsimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading import files: the header rules (whole file refused, with the column named) and each row's own refusals. */
class ImportCsvTest {

    private static List<ImportLine> read(String csv) {
        return ImportCsv.read(new BufferedReader(new StringReader(csv)), 100);
    }

    private static String refusedKey(String csv) {
        return assertThrows(ImportFileException.class, () -> read(csv)).getMessageKey();
    }

    @Test
    void readsEveryColumnInAnyOrderAndCase() {
        List<ImportLine> lines = read("\uFEFFPoints,EMAIL,Tier,expires\n150,Kim@Example.com,Gold,2027-12-31\n-20,a@b.de,,\n");
        assertEquals(2, lines.size());
        ImportLine first = lines.get(0);
        assertEquals(1, first.getRow());
        assertEquals("kim@example.com", first.getEmail());
        assertEquals(150, first.getPoints());
        assertEquals("Gold", first.getTier());
        assertEquals(LocalDate.of(2027, 12, 31), first.getExpires());
        assertNull(first.getRefusal());
        assertEquals(-20, lines.get(1).getPoints());
        assertNull(lines.get(1).getTier());
        assertNull(lines.get(1).getExpires());
    }

    @Test
    void semicolonsAndQuotesAsSpreadsheetsWriteThem() {
        List<ImportLine> lines = read("customer_id;points\n\"17\";\"+5\"\n");
        assertEquals(Long.valueOf(17), lines.get(0).getCustomerId());
        assertEquals(5, lines.get(0).getPoints());
    }

    @Test
    void aBadHeaderRefusesTheWholeFileNamingTheColumn() {
        assertEquals("import.file.empty", refusedKey(""));
        assertEquals("import.file.missingColumn", refusedKey("email,tier\na@b.de,Gold\n"));
        assertEquals("import.file.missingColumn", refusedKey("points,tier\n5,Gold\n"));
        ImportFileException unknown = assertThrows(ImportFileException.class, () -> read("email,points,bonus\na@b.de,1,2\n"));
        assertEquals("import.file.unknownColumn", unknown.getMessageKey());
        assertEquals("bonus", unknown.getArguments()[0]);
        assertEquals("import.file.repeatedColumn", refusedKey("email,points,points\n"));
        assertEquals("import.file.noHeader", refusedKey("\n5,a@b.de\n"));
        assertEquals("import.file.tooManyRows", assertThrows(ImportFileException.class,
                () -> ImportCsv.read(new BufferedReader(new StringReader("email,points\na@b.de,1\nc@d.de,2\n")), 1)).getMessageKey());
    }

    @Test
    void badValuesRefuseOnlyTheirRow() {
        List<ImportLine> lines = read("customer_id,email,points,expires\n"
                + "x1,,5,\n"          // 1 not an id
                + ",,5,\n"            // 2 nobody
                + "3,,five,\n"        // 3 not a number
                + "4,,1.5,\n"         // 4 not whole
                + "5,,5,31.12.2027\n" // 5 bad date
                + ",,,\n"             // 6 empty
                + "7,,5\n"            // 7 a value short
                + ",nomail,5,\n"      // 8 not an address
                + "9,,99999999999,\n" // 9 too large
                + "10,,7,2027-01-02\n");
        assertEquals(Refusal.BAD_CUSTOMER_ID, lines.get(0).getRefusal());
        assertEquals(Refusal.NO_CUSTOMER, lines.get(1).getRefusal());
        assertEquals(Refusal.NOT_A_NUMBER, lines.get(2).getRefusal());
        assertEquals("five", lines.get(2).getDetail());
        assertEquals(Refusal.NOT_A_NUMBER, lines.get(3).getRefusal());
        assertEquals(Refusal.BAD_DATE, lines.get(4).getRefusal());
        assertEquals(Refusal.EMPTY_ROW, lines.get(5).getRefusal());
        assertEquals(Refusal.WRONG_COLUMN_COUNT, lines.get(6).getRefusal());
        assertEquals(Refusal.UNKNOWN_CUSTOMER, lines.get(7).getRefusal());
        assertEquals(Refusal.NOT_A_NUMBER, lines.get(8).getRefusal());
        assertNull(lines.get(9).getRefusal());
        assertEquals(10, lines.get(9).getRow());
    }
}
