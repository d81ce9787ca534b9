package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Discount and date texts, and the used share. */
class RewardTextsTest {

    @Test
    void formatsDiscountsAndDates() {
        assertEquals("10%", RewardTexts.discount(DiscountKind.PERCENT, new BigDecimal("10.00"), "USD", Locale.US));
        assertEquals("12.5%", RewardTexts.discount(DiscountKind.PERCENT, new BigDecimal("12.50"), "USD", Locale.US));
        assertEquals("12,5%", RewardTexts.discount(DiscountKind.PERCENT, new BigDecimal("12.50"), "USD", Locale.GERMANY));
        assertEquals("$5.00", RewardTexts.discount(DiscountKind.AMOUNT, new BigDecimal("5"), "USD", Locale.US));
        assertNull(RewardTexts.discount(null, null, "USD", Locale.US));
        assertNull(RewardTexts.money(BigDecimal.ZERO, "USD", Locale.US), "no minimum");
        assertEquals("Friday, March 14, 2025", RewardTexts.longDate(LocalDate.of(2025, 3, 14), Locale.US));
        assertEquals("Freitag, 14. M\u00e4rz 2025", RewardTexts.longDate(LocalDate.of(2025, 3, 14), Locale.GERMANY));
    }

    @Test
    void usedShareIsAPercentOfIssuedCodes() {
        assertEquals(new BigDecimal("33.3"), new RewardStats(2025, 4, 3, 1, 1, 1, 0).getUsedSharePercent());
        assertEquals(new BigDecimal("0.0"), new RewardStats(2025, 2, 0, 0, 0, 0, 200).getUsedSharePercent(), "points only");
        assertEquals(new BigDecimal("100.0"), new RewardStats(2025, 2, 2, 2, 0, 0, 0).getUsedSharePercent());
    }
}
