package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@link CampaignDraft} field by field and names every problem with a message key of the bundle
 * {@code messages/evergreen-campaign} (end before start, multiplier out of bounds, ids that name nothing, ...).
 */
public class CampaignValidator {

    private static final int MAX_IDS = 200;

    private final CampaignCatalog catalog;
    private final CampaignSettings settings;

    public CampaignValidator(CampaignCatalog catalog, CampaignSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * The typed campaign of {@code d}, or null when {@code problems} received something. {@code today} is the
     * store's day; a new campaign (or an edit moving its end) may not end before it.
     */
    CampaignDraft.Checked check(CampaignDraft d, Set<Long> tierIds, LocalDate today, LocalDate previousEnd,
                                List<CampaignProblem> problems) {
        int before = problems.size();
        CampaignDraft.Checked c = new CampaignDraft.Checked();
        c.name = trim(d.getName());
        if (c.name.isEmpty() || c.name.length() > 100) {
            problems.add(new CampaignProblem("name", "campaign.error.name", 100));
        }
        c.kind = kind(d.getKind(), problems);
        if (c.kind == CampaignKind.MULTIPLY) {
            c.multiplier = multiplier(d.getMultiplier(), problems);
        } else if (c.kind == CampaignKind.ADD) {
            c.bonusPoints = bonus(d.getBonusPoints(), problems);
        }
        c.startDay = day("startDay", d.getStartDay(), problems);
        c.endDay = day("endDay", d.getEndDay(), problems);
        if (c.startDay != null && c.endDay != null) {
            if (c.endDay.isBefore(c.startDay)) {
                problems.add(new CampaignProblem("endDay", "campaign.error.endBeforeStart", c.endDay.toString(), c.startDay.toString()));
            } else if (c.endDay.isBefore(today) && !c.endDay.equals(previousEnd)) {
                problems.add(new CampaignProblem("endDay", "campaign.error.endInPast", today.toString()));
            }
        }
        c.productIds = ids("productIds", d.getProductIds(), problems);
        unknown("productIds", "campaign.error.unknownProducts", c.productIds == null ? null : catalog.unknownProducts(c.productIds), problems);
        c.categoryIds = ids("categoryIds", d.getCategoryIds(), problems);
        unknown("categoryIds", "campaign.error.unknownCategories", c.categoryIds == null ? null : catalog.unknownCategories(c.categoryIds), problems);
        c.tierIds = ids("tierIds", d.getTierIds(), problems);
        if (c.tierIds != null) {
            Set<Long> unknownTiers = new LinkedHashSet<Long>(c.tierIds);
            unknownTiers.removeAll(tierIds);
            unknown("tierIds", "campaign.error.unknownTiers", unknownTiers, problems);
        }
        c.minOrderAmount = amount(d.getMinOrderAmount(), problems);
        return problems.size() == before ? c : null;
    }

    /** The rate of a standing earn rate, or null with a problem added. */
    BigDecimal rate(String text, List<CampaignProblem> problems) {
        BigDecimal r = number(text);
        if (r == null || r.signum() < 0 || r.compareTo(new BigDecimal("1000")) > 0 || r.scale() > 3) {
            problems.add(new CampaignProblem("rate", "campaign.error.rate", 0, 1000));
            return null;
        }
        return r;
    }

    private static CampaignKind kind(String text, List<CampaignProblem> problems) {
        try {
            return CampaignKind.valueOf(trim(text));
        } catch (IllegalArgumentException e) {
            problems.add(new CampaignProblem("kind", "campaign.error.kind"));
            return null;
        }
    }

    private BigDecimal multiplier(String text, List<CampaignProblem> problems) {
        BigDecimal m = number(text);
        if (m == null || m.compareTo(CampaignSettings.MIN_MULTIPLIER) < 0 || m.compareTo(settings.getMaxMultiplier()) > 0
                || m.stripTrailingZeros().scale() > 3) {
            problems.add(new CampaignProblem("multiplier", "campaign.error.multiplier",
                    CampaignSettings.MIN_MULTIPLIER.toPlainString(), settings.getMaxMultiplier().toPlainString()));
            return null;
        }
        return m;
    }

    private long bonus(String text, List<CampaignProblem> problems) {
        BigDecimal b = number(text);
        if (b == null || b.stripTrailingZeros().scale() > 0 || b.compareTo(BigDecimal.ONE) < 0
                || b.compareTo(BigDecimal.valueOf(settings.getMaxBonusPoints())) > 0) {
            problems.add(new CampaignProblem("bonusPoints", "campaign.error.bonusPoints", 1, settings.getMaxBonusPoints()));
            return 0;
        }
        return b.longValueExact();
    }

    private static LocalDate day(String field, String text, List<CampaignProblem> problems) {
        try {
            return LocalDate.parse(trim(text));
        } catch (DateTimeParseException e) {
            problems.add(new CampaignProblem(field, "campaign.error.day"));
            return null;
        }
    }

    private static Set<Long> ids(String field, String text, List<CampaignProblem> problems) {
        Set<Long> out = new LinkedHashSet<Long>();
        for (String part : trim(text).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,18}")) {
                problems.add(new CampaignProblem(field, "campaign.error.ids", part));
                return null;
            }
            out.add(Long.valueOf(part));
        }
        if (out.size() > MAX_IDS) {
            problems.add(new CampaignProblem(field, "campaign.error.tooManyIds", MAX_IDS));
            return null;
        }
        return out;
    }

    private static void unknown(String field, String key, Collection<Long> unknown, List<CampaignProblem> problems) {
        if (unknown != null && !unknown.isEmpty()) {
            problems.add(new CampaignProblem(field, key, Ids.join(unknown).replace(",", ", ")));
        }
    }

    private static BigDecimal amount(String text, List<CampaignProblem> problems) {
        if (trim(text).isEmpty()) {
            return null;
        }
        BigDecimal a = number(text);
        if (a == null || a.signum() < 0 || a.compareTo(new BigDecimal("100000000")) > 0 || a.stripTrailingZeros().scale() > 2) {
            problems.add(new CampaignProblem("minOrderAmount", "campaign.error.minOrderAmount"));
            return null;
        }
        return a;
    }

    private static BigDecimal number(String text) {
        String t = trim(text);
        if (t.isEmpty() || t.length() > 20) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
