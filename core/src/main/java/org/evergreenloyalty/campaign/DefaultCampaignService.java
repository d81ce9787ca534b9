package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.points.EarnCalculator;
import org.evergreenloyalty.points.ExtraEarn;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns and standing rates on the database, validated by {@link CampaignValidator}. The campaigns that may
 * still run and the rates are cached for a few seconds (changes through this service clear the cache at once),
 * so product pages and bookings cost no query.
 */
public class DefaultCampaignService implements CampaignService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final CampaignRepository repository;
    private final CampaignValidator validator;
    private final CampaignCatalog catalog;
    private final CampaignSettings settings;
    private final TierService tiers;
    private final PointsSettingsService pointsSettings;
    private final EarnCalculator calculator;
    private final Clock clock;
    private long cacheMillis = 30_000;
    private volatile Snapshot snapshot;

    public DefaultCampaignService(PlatformTransactionManager txm, CampaignRepository repository, CampaignCatalog catalog,
                                  CampaignSettings settings, TierService tiers, PointsSettingsService pointsSettings,
                                  EarnCalculator calculator, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.catalog = catalog;
        this.settings = settings;
        this.validator = new CampaignValidator(catalog, settings);
        this.tiers = tiers;
        this.pointsSettings = pointsSettings;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** How long running campaigns and rates are cached (0: not at all). */
    public void setCacheSeconds(int seconds) {
        this.cacheMillis = Math.max(0, seconds) * 1000L;
    }

    @Override
    public List<Campaign> campaigns() {
        return tx.execute(status -> repository.all());
    }

    @Override
    public Campaign campaign(long id) {
        return tx.execute(status -> repository.find(id));
    }

    @Override
    public List<CampaignProblem> check(Long id, CampaignDraft draft) {
        List<CampaignProblem> problems = new ArrayList<CampaignProblem>();
        Campaign existing = id == null ? null : campaign(id);
        validator.check(draft, tierIds(), today(), existing == null ? null : existing.getEndDay(), problems);
        return problems;
    }

    @Override
    public Campaign save(Long id, CampaignDraft draft, String actor) {
        Campaign saved = tx.execute(status -> {
            Campaign c = id == null ? null : repository.find(id);
            if (id != null && c == null) {
                throw new IllegalArgumentException("No campaign " + id);
            }
            List<CampaignProblem> problems = new ArrayList<CampaignProblem>();
            CampaignDraft.Checked checked = validator.check(draft, tierIds(), today(), c == null ? null : c.getEndDay(), problems);
            if (checked == null) {
                throw new CampaignValidationException(problems);
            }
            if (c == null) {
                c = new Campaign(checked.name, checked.kind, clock.now(), actor);
                c.apply(checked);
                em.persist(c);
            } else {
                c.apply(checked);
            }
            em.flush();
            return c;
        });
        snapshot = null;
        return saved;
    }

    @Override
    public boolean end(long id, String actor) {
        boolean ended = tx.execute(status -> {
            Campaign c = repository.find(id);
            if (c == null || status(c) == CampaignStatus.ENDED) {
                return false;
            }
            c.end(clock.now(), actor);
            return true;
        });
        snapshot = null;
        return ended;
    }

    @Override
    public CampaignStatus status(Campaign c) {
        return CampaignWindow.status(c, clock.now(), settings.getZone());
    }

    @Override
    public List<Campaign> overlapping(Campaign c) {
        List<Campaign> out = new ArrayList<Campaign>();
        for (Campaign other : between(c.getStartDay(), c.getEndDay())) {
            if (!other.getId().equals(c.getId()) && CampaignWindow.overlap(c, other, settings.getZone())) {
                out.add(other);
            }
        }
        return out;
    }

    @Override
    public List<Campaign> running() {
        return runningAt(clock.now());
    }

    @Override
    public List<Campaign> runningFor(Long customerId, Date at) {
        LoyaltyTier tier = customerId == null ? null : tiers.currentTier(customerId);
        List<Campaign> out = new ArrayList<Campaign>();
        for (Campaign c : runningAt(at == null ? clock.now() : at)) {
            if (c.tierIdSet().isEmpty() || (tier != null && c.tierIdSet().contains(tier.getId()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The campaigns running at {@code at}: from the cache when it covers that day, else from the database. */
    List<Campaign> runningAt(Date at) {
        LocalDate day = CampaignWindow.day(at, settings.getZone());
        Snapshot s = current();
        List<Campaign> candidates = day.isBefore(s.fromDay)
                ? tx.execute(status -> repository.endingOnOrAfter(day.toString())) : s.campaigns;
        List<Campaign> out = new ArrayList<Campaign>();
        for (Campaign c : candidates) {
            if (CampaignWindow.runs(c, at, settings.getZone())) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public List<Campaign> between(LocalDate from, LocalDate to) {
        return tx.execute(status -> repository.between(from.toString(), to.toString()));
    }

    @Override
    public Map<Long, CampaignTotals> totals() {
        Map<Long, long[]> raw = tx.execute(status -> repository.totals());
        Map<Long, CampaignTotals> out = new HashMap<Long, CampaignTotals>();
        for (Map.Entry<Long, long[]> e : raw.entrySet()) {
            out.put(e.getKey(), new CampaignTotals(e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
        return out;
    }

    @Override
    public EarnPreview preview(Long productId, Long categoryId, BigDecimal price, Long customerId) {
        PointsSettings s = pointsSettings.current();
        if (price == null || price.signum() <= 0 || (productId != null && s.excludedProducts().contains(productId))
                || (categoryId != null && s.excludedCategories().contains(categoryId))) {
            return new EarnPreview(0, 0, null);
        }
        LoyaltyTier tier = customerId == null ? null : tiers.currentTier(customerId);
        BigDecimal tm = tier == null ? BigDecimal.ONE : tier.getMultiplier();
        BigDecimal rate = rateOf(productId, categoryId, s.getPointsPerCurrencyUnit());
        long ordinary = calculator.points(price.multiply(rate), tm);
        List<Campaign> open = new ArrayList<Campaign>();
        for (Campaign c : runningFor(customerId, clock.now())) {
            if (c.getMinOrderAmount() == null) {
                open.add(c);
            }
        }
        Campaign best = CampaignRules.bestMultiplier(productId, categoryId, open);
        if (best == null) {
            return new EarnPreview(ordinary, ordinary, null);
        }
        long boosted = ordinary + calculator.points(price.multiply(rate), tm.multiply(best.getMultiplier().subtract(BigDecimal.ONE)));
        return new EarnPreview(boosted, ordinary, best);
    }

    @Override
    public List<ExtraEarn> cartExtras(CompletedOrder cart) {
        PointsSettings s = pointsSettings.current();
        LoyaltyTier tier = tiers.currentTier(cart.getCustomerId());
        return extras(cart, calculator.earningLines(cart, s), s.getPointsPerCurrencyUnit(),
                tier == null ? BigDecimal.ONE : tier.getMultiplier(), tier, clock.now());
    }

    /** The extra points of each campaign running at {@code at} on an order of {@code earningLines} (see {@link CampaignRules}). */
    List<ExtraEarn> extras(CompletedOrder order, List<CompletedOrder.Line> earningLines, BigDecimal storeRate,
                           BigDecimal tierMultiplier, LoyaltyTier tier, Date at) {
        List<Campaign> running = runningAt(at);
        List<ExtraEarn> out = new ArrayList<ExtraEarn>();
        if (running.isEmpty()) {
            return out;
        }
        List<CampaignRules.Line> lines = new ArrayList<CampaignRules.Line>();
        for (CompletedOrder.Line l : earningLines) {
            lines.add(new CampaignRules.Line(l.getProductId(), l.getCategoryId(), l.getAmount(),
                    rateOf(l.getProductId(), l.getCategoryId(), storeRate)));
        }
        Map<Long, Campaign> byId = new HashMap<Long, Campaign>();
        for (Campaign c : running) {
            byId.put(c.getId(), c);
        }
        Long tierId = tier == null ? null : tier.getId();
        for (Map.Entry<Long, Long> e : CampaignRules.extras(lines, tierMultiplier, tierId, running).entrySet()) {
            out.add(new ExtraEarn(CampaignGrant.eventKey(e.getKey(), order.getOrderId()), e.getKey(), e.getValue(),
                    byId.get(e.getKey()).getName()));
        }
        return out;
    }

    /** The points per 1.00 of a product: its own rate, else its category's, else {@code storeRate}. */
    BigDecimal rateOf(Long productId, Long categoryId, BigDecimal storeRate) {
        Snapshot s = current();
        BigDecimal r = productId == null ? null : s.productRates.get(productId);
        if (r == null && categoryId != null) {
            r = s.categoryRates.get(categoryId);
        }
        return r == null ? storeRate : r;
    }

    @Override
    public LocalDate today() {
        return CampaignWindow.day(clock.now(), settings.getZone());
    }

    @Override
    public ZoneId zone() {
        return settings.getZone();
    }

    @Override
    public List<EarnRate> rates() {
        return tx.execute(status -> repository.rates());
    }

    @Override
    public EarnRate saveRate(String target, String targetId, String rate) {
        List<CampaignProblem> problems = new ArrayList<CampaignProblem>();
        EarnRate.Target t = null;
        try {
            t = EarnRate.Target.valueOf(target == null ? "" : target.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new CampaignProblem("target", "campaign.error.rateTarget"));
        }
        String idText = targetId == null ? "" : targetId.trim();
        Long id = idText.matches("\\d{1,18}") ? Long.valueOf(idText) : null;
        if (id == null) {
            problems.add(new CampaignProblem("targetId", "campaign.error.ids", idText));
        } else if (t != null && !(t == EarnRate.Target.PRODUCT ? catalog.unknownProducts(Collections.singleton(id))
                : catalog.unknownCategories(Collections.singleton(id))).isEmpty()) {
            problems.add(new CampaignProblem("targetId", t == EarnRate.Target.PRODUCT ? "campaign.error.unknownProducts"
                    : "campaign.error.unknownCategories", String.valueOf(id)));
        }
        BigDecimal r = validator.rate(rate, problems);
        if (!problems.isEmpty()) {
            throw new CampaignValidationException(problems);
        }
        final EarnRate.Target target2 = t;
        EarnRate saved = tx.execute(status -> repository.saveRate(target2, id, r));
        snapshot = null;
        return saved;
    }

    @Override
    public boolean removeRate(long rateId) {
        boolean removed = tx.execute(status -> repository.removeRate(rateId));
        snapshot = null;
        return removed;
    }

    private Set<Long> tierIds() {
        Set<Long> ids = new HashSet<Long>();
        for (LoyaltyTier t : tiers.tiers()) {
            ids.add(t.getId());
        }
        return ids;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = clock.now().getTime();
        LocalDate today = CampaignWindow.day(clock.now(), settings.getZone());
        if (s == null || now - s.loadedAt >= cacheMillis || now < s.loadedAt || today.minusDays(1).isBefore(s.fromDay)) {
            s = load(now, today.minusDays(1));
            snapshot = s;
        }
        return s;
    }

    private Snapshot load(long now, LocalDate fromDay) {
        return tx.execute(status -> {
            Snapshot s = new Snapshot(now, fromDay, repository.endingOnOrAfter(fromDay.toString()));
            for (EarnRate r : repository.rates()) {
                (r.getTarget() == EarnRate.Target.PRODUCT ? s.productRates : s.categoryRates).put(r.getTargetId(), r.getPointsPerUnit());
            }
            return s;
        });
    }

    /** The campaigns that may still run from {@code fromDay} on and the rates, as read at {@code loadedAt}. */
    private static final class Snapshot {
        final long loadedAt;
        final LocalDate fromDay;
        final List<Campaign> campaigns;
        final Map<Long, BigDecimal> productRates = new HashMap<Long, BigDecimal>();
        final Map<Long, BigDecimal> categoryRates = new HashMap<Long, BigDecimal>();

        Snapshot(long loadedAt, LocalDate fromDay, List<Campaign> campaigns) {
            this.loadedAt = loadedAt;
            this.fromDay = fromDay;
            this.campaigns = Collections.unmodifiableList(new ArrayList<Campaign>(campaigns));
        }
    }
}
