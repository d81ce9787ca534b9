package org.evergreenloyalty.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The combination rule ({@link CampaignRules}): per line the highest multiplier applies, fixed additions add up,
 * tier and minimum-amount limits; and, over random orders and campaigns, that campaigns never lower the points,
 * never count a line twice, and do not depend on the order in which they are listed.
 */
class CampaignRulesTest {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final java.time.LocalDate Y0 = java.time.LocalDate.of(2026, 1, 1);
    private static final java.time.LocalDate Y1 = java.time.LocalDate.of(2026, 12, 31);

    private static CampaignRules.Line line(long product, long category, String amount) {
        return new CampaignRules.Line(product, category, new BigDecimal(amount), ONE);
    }

    @Test
    void perLineTheHighestMultiplierAppliesAndEarnsForThatCampaignOnly() {
        Campaign doubleAll = Campaigns.multiply(1, "2", "", "");
        Campaign tripleShoes = Campaigns.multiply(2, "3", "", "20");
        List<CampaignRules.Line> lines = Arrays.asList(line(100, 20, "10.00"), line(101, 30, "50.00"));

        Map<Long, Long> extras = CampaignRules.extras(lines, ONE, null, Arrays.asList(doubleAll, tripleShoes));

        assertEquals(Long.valueOf(20), extras.get(2L), "the shoe line earns 3x: 20 extra, for the triple campaign");
        assertEquals(Long.valueOf(50), extras.get(1L), "the other line earns 2x: 50 extra, for the double campaign");
        assertEquals(2, extras.size());
    }

    @Test
    void fixedAdditionsAddUpOncePerOrderAndOnlyWithACoveredLine() {
        Campaign plus100 = Campaigns.add(1, 100, "", "");
        Campaign plus50Shoes = Campaigns.add(2, 50, "", "20");
        Campaign plus70Hats = Campaigns.add(3, 70, "", "99");
        List<CampaignRules.Line> lines = Arrays.asList(line(100, 20, "10.00"), line(101, 20, "5.00"));

        Map<Long, Long> extras = CampaignRules.extras(lines, ONE, null, Arrays.asList(plus100, plus50Shoes, plus70Hats));

        assertEquals(Long.valueOf(100), extras.get(1L));
        assertEquals(Long.valueOf(50), extras.get(2L), "once per order, although two lines are shoes");
        assertEquals(null, extras.get(3L), "no hat in the order");
    }

    @Test
    void theTierMultiplierIsMultipliedTooAndEachCampaignIsRoundedDownOnce() {
        Campaign doubleAll = Campaigns.multiply(1, "2", "", "");
        List<CampaignRules.Line> lines = Arrays.asList(line(1, 1, "10.50"), line(2, 1, "10.50"));
        Map<Long, Long> extras = CampaignRules.extras(lines, new BigDecimal("1.5"), null, Collections.singletonList(doubleAll));
        assertEquals(Long.valueOf(31), extras.get(1L), "21.00 x 1.5 = 31.5 extra, rounded down once (not 15 + 15)");
    }

    @Test
    void tierAndMinimumLimitsDecideWhetherACampaignCounts() {
        Campaign goldOnly = Campaigns.built(1, Campaigns.draft("gold", "MULTIPLY", "2", Y0, Y1), "", "", "7", "");
        Campaign over50 = Campaigns.built(2, Campaigns.draft("big", "ADD", "100", Y0, Y1), "", "", "", "50");
        List<CampaignRules.Line> small = Collections.singletonList(line(1, 1, "49.99"));
        List<CampaignRules.Line> big = Collections.singletonList(line(1, 1, "50.00"));

        assertTrue(CampaignRules.extras(small, ONE, null, Arrays.asList(goldOnly, over50)).isEmpty(),
                "no tier, under the minimum: nothing");
        Map<Long, Long> gold = CampaignRules.extras(big, ONE, 7L, Arrays.asList(goldOnly, over50));
        assertEquals(Long.valueOf(50), gold.get(1L));
        assertEquals(Long.valueOf(100), gold.get(2L));
        assertEquals(null, CampaignRules.extras(big, ONE, 8L, Arrays.asList(goldOnly)).get(1L), "another tier");
    }

    @Test
    void onATieTheCampaignWithTheLowestIdWinsTheLine() {
        Campaign a = Campaigns.multiply(5, "2", "", "");
        Campaign b = Campaigns.multiply(4, "2.000", "", "");
        Map<Long, Long> extras = CampaignRules.extras(Collections.singletonList(line(1, 1, "10")), ONE, null, Arrays.asList(a, b));
        assertEquals(Collections.singletonMap(4L, 10L), extras);
    }

    // ---------------------------------------------------------------- properties

    @Provide
    Arbitrary<List<CampaignRules.Line>> orders() {
        Arbitrary<CampaignRules.Line> l = Combinators.combine(Arbitraries.longs().between(1, 4), Arbitraries.longs().between(1, 3),
                Arbitraries.integers().between(0, 50_000), Arbitraries.of("0.5", "1", "2", "3.25"))
                .as((p, c, cents, rate) -> new CampaignRules.Line(p, c, BigDecimal.valueOf(cents, 2), new BigDecimal(rate)));
        return l.list().ofMinSize(0).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Campaign>> campaigns() {
        Arbitrary<String> ids = Arbitraries.of("", "", "1", "2", "1,3");
        Arbitrary<Campaign> multiply = Combinators.combine(Arbitraries.longs().between(1, 1000),
                Arbitraries.of("1.5", "2", "3", "10", "1.01"), ids, ids)
                .as((id, m, p, c) -> Campaigns.multiply(id, m, p, c));
        Arbitrary<Campaign> add = Combinators.combine(Arbitraries.longs().between(1001, 2000), Arbitraries.longs().between(1, 500), ids, ids)
                .as((id, pts, p, c) -> Campaigns.add(id, pts, p, c));
        return Arbitraries.oneOf(multiply, add).list().ofMaxSize(5).uniqueElements(Campaign::getId);
    }

    @Property(tries = 500)
    void campaignsNeverLowerThePointsAndNoLineIsCountedTwice(@ForAll("orders") List<CampaignRules.Line> lines,
            @ForAll("campaigns") List<Campaign> running, @ForAll("tierMultipliers") BigDecimal tm) {
        Map<Long, Long> extras = CampaignRules.extras(lines, tm, null, running);
        BigDecimal upperBound = BigDecimal.ZERO;
        for (CampaignRules.Line l : lines) {
            Campaign best = CampaignRules.bestMultiplier(l.productId, l.categoryId, running);
            BigDecimal m = best == null ? ONE : best.getMultiplier();
            upperBound = upperBound.add(l.amount.multiply(l.rate).multiply(tm).multiply(m.subtract(ONE)));
        }
        long multiplied = 0;
        long added = 0;
        for (Campaign c : running) {
            Long e = extras.get(c.getId());
            assertTrue(e == null || e > 0, "only positive extras are listed");
            if (e != null && c.getKind() == CampaignKind.MULTIPLY) {
                multiplied += e;
            } else if (e != null) {
                assertEquals(c.getBonusPoints(), e.longValue(), "a fixed addition counts once");
                added += e;
            }
        }
        assertTrue(multiplied <= upperBound.setScale(0, RoundingMode.DOWN).longValue(),
                "multiplied extras never exceed one (the highest) multiplier per line: " + multiplied + " > " + upperBound);
        assertTrue(multiplied >= upperBound.setScale(0, RoundingMode.DOWN).longValue() - running.size(),
                "and lose at most the rounding of each campaign");
        assertTrue(multiplied + added >= 0);
        assertEquals(extras.keySet().size(), extras.size());
    }

    @Property(tries = 300)
    void theOrderInWhichCampaignsAreListedChangesNothing(@ForAll("orders") List<CampaignRules.Line> lines,
            @ForAll("campaigns") List<Campaign> running) {
        List<Campaign> reversed = new ArrayList<Campaign>(running);
        Collections.reverse(reversed);
        assertEquals(CampaignRules.extras(lines, ONE, null, running), CampaignRules.extras(lines, ONE, null, reversed));
    }

    @Property(tries = 300)
    void aCampaignThatWinsNoLineChangesNothing(@ForAll("orders") List<CampaignRules.Line> lines,
            @ForAll("campaigns") List<Campaign> running) {
        List<Campaign> withWeak = new ArrayList<Campaign>(running);
        withWeak.add(Campaigns.multiply(5000, "1.01", "", ""));
        Map<Long, Long> before = CampaignRules.extras(lines, ONE, null, running);
        Map<Long, Long> after = CampaignRules.extras(lines, ONE, null, withWeak);
        after.remove(5000L);
        boolean everyLineHadABetterOne = true;
        for (CampaignRules.Line l : lines) {
            if (CampaignRules.bestMultiplier(l.productId, l.categoryId, running) == null && l.amount.signum() > 0) {
                everyLineHadABetterOne = false;
            }
        }
        if (everyLineHadABetterOne) {
            assertEquals(before, after);
        }
    }

    @Provide
    Arbitrary<BigDecimal> tierMultipliers() {
        return Arbitraries.of(ONE, new BigDecimal("1.25"), new BigDecimal("2"));
    }
}
