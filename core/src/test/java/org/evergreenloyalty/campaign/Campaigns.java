package org.evergreenloyalty.campaign;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Date;

/** Builds campaigns for the pure tests of the rules and dates (with an id, as if saved). */
final class Campaigns {

    private Campaigns() {
    }

    /** A draft of the given kind and days; the rest empty. */
    static CampaignDraft draft(String name, String kind, String multiplierOrBonus, LocalDate first, LocalDate last) {
        CampaignDraft d = new CampaignDraft();
        d.setName(name);
        d.setKind(kind);
        if ("ADD".equals(kind)) {
            d.setBonusPoints(multiplierOrBonus);
        } else {
            d.setMultiplier(multiplierOrBonus);
        }
        d.setStartDay(first == null ? "" : first.toString());
        d.setEndDay(last == null ? "" : last.toString());
        return d;
    }

    /** A multiplying campaign with {@code id}, limited to the given products and categories (ids as text, may be empty). */
    static Campaign multiply(long id, String multiplier, String products, String categories) {
        return built(id, draft("x" + id, "MULTIPLY", multiplier, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                products, categories, "", "");
    }

    /** An adding campaign with {@code id}. */
    static Campaign add(long id, long points, String products, String categories) {
        return built(id, draft("a" + id, "ADD", String.valueOf(points), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                products, categories, "", "");
    }

    /** A campaign of {@code d} with {@code id}, limits as given. */
    static Campaign built(long id, CampaignDraft d, String products, String categories, String tiers, String minimum) {
        d.setProductIds(products);
        d.setCategoryIds(categories);
        d.setTierIds(tiers);
        d.setMinOrderAmount(minimum);
        java.util.List<CampaignProblem> problems = new java.util.ArrayList<CampaignProblem>();
        CampaignValidator v = new CampaignValidator(new org.evergreenloyalty.test.InMemoryCampaignCatalog(),
                new CampaignSettings(java.time.ZoneId.of("UTC"), new java.math.BigDecimal("10"), 100_000));
        java.util.Set<Long> anyTier = new java.util.HashSet<Long>();
        for (String t : tiers.split(",")) {
            if (!t.trim().isEmpty()) {
                anyTier.add(Long.valueOf(t.trim()));
            }
        }
        CampaignDraft.Checked c = v.check(d, anyTier, LocalDate.of(2000, 1, 1), null, problems);
        if (c == null) {
            throw new IllegalArgumentException(problems.toString());
        }
        Campaign campaign = new Campaign(c.name, c.kind, new Date(0), "test");
        campaign.apply(c);
        try {
            Field f = Campaign.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(campaign, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return campaign;
    }
}
