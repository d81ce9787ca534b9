package org.evergreenloyalty.broadleaf.email;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evergreenloyalty.notification.DefaultLoyaltyMailer;
import org.evergreenloyalty.notification.MailSettings;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders each of the module's customer e-mails with sample values in a language, as the customer would get it: the
 * admin's previews (Loyalty &gt; E-mails) and the language tests. The template engine is Broadleaf's e-mail engine
 * ({@code blEmailTemplateEngine}), so a store's own template overrides show as they will be sent.
 */
public class MailPreviews {

    /** The customer e-mails, in the order the admin lists them. */
    public static final List<String> TEMPLATES = Collections.unmodifiableList(Arrays.asList("welcome", "points-available",
            "points-expiring", "tier-reached", "birthday", "referral-invite", "referral-friend-ordered",
            "referral-reward-granted", "review-request", "review-reminder", "win-back", "anniversary", "statement", "reward-expiring", "test-message"));

    private final TemplateEngine engine;
    private final MailSettings settings;

    public MailPreviews(TemplateEngine engine, MailSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    /** Whether {@code template} is one of {@link #TEMPLATES}. */
    public static boolean known(String template) {
        return template != null && TEMPLATES.contains(template);
    }

    /**
     * The HTML of {@code template} in {@code locale} with sample values.
     *
     * @throws IllegalArgumentException for a template not in {@link #TEMPLATES}
     */
    public String render(String template, Locale locale) {
        if (!known(template)) {
            throw new IllegalArgumentException("No e-mail named '" + template + "'; the e-mails are " + TEMPLATES);
        }
        return engine.process(DefaultLoyaltyMailer.TEMPLATE_FOLDER + template, new Context(locale, variables()));
    }

    /** The sample values with this store's name and address. */
    public Map<String, Object> variables() {
        Map<String, Object> v = sampleVariables();
        v.put("storeName", settings.getStoreName());
        v.put("storeUrl", settings.getStoreBaseUrl());
        return v;
    }

    /** Every variable any of the templates reads, with plausible sample values. */
    public static Map<String, Object> sampleVariables() {
        Map<String, Object> v = new HashMap<String, Object>();
        v.put("storeName", "Green Shop");
        v.put("storeUrl", "https://shop.example/");
        v.put("emailSubject", "");
        v.put("unsubscribeUrl", "https://shop.example/loyalty/unsubscribe?token=sample");
        v.put("name", "Ann");
        v.put("points", 300L);
        v.put("balance", 1620L);
        v.put("accountUrl", "https://shop.example/account/loyalty");
        v.put("expiresAt", new Date(1803859200000L));
        v.put("worth", "$3.00");
        v.put("tierName", "Gold");
        v.put("benefit", null);
        v.put("multiplier", new BigDecimal("1.5"));
        v.put("code", "BDAY-ABCDEFGHJK");
        v.put("discount", "10%");
        v.put("minimum", "$50.00");
        v.put("lastValidDay", "2027-03-14");
        v.put("lastValidDayIso", "2027-03-14");
        v.put("bonusPoints", 200L);
        Map<String, Object> product = new LinkedHashMap<String, Object>();
        product.put("name", "Green tea");
        product.put("url", "https://shop.example/green-tea");
        product.put("price", "$12.00");
        v.put("suggestions", Arrays.asList(product));
        v.put("advocateName", "Anna B.");
        v.put("link", "https://shop.example/r/sample");
        v.put("optOutUrl", "https://shop.example/r/optout");
        v.put("friendName", "Ben");
        v.put("reward", "500");
        v.put("rewardDueAt", new Date(1803859200000L));
        v.put("approvalDays", 30);
        v.put("rewardCode", "THANKS-ABC");
        Map<String, Object> star = new LinkedHashMap<String, Object>();
        star.put("value", 4);
        star.put("url", "https://shop.example/review?rating=4");
        Map<String, Object> reviewed = new LinkedHashMap<String, Object>(product);
        reviewed.put("imageUrl", null);
        reviewed.put("reviewUrl", "https://shop.example/review");
        reviewed.put("stars", Arrays.asList(star));
        v.put("products", Arrays.asList(reviewed));
        Map<String, Object> score = new LinkedHashMap<String, Object>();
        score.put("score", 9);
        score.put("url", "https://shop.example/nps?score=9");
        v.put("satisfaction", Arrays.asList(score));
        v.put("rewardPoints", 50L);
        v.put("validUntil", "2027-06-01");
        v.put("orderNumber", "O-1001");
        v.put("message", "-");
        v.put("pointsPerUnit", BigDecimal.ONE);
        v.put("redeemPointsPerUnit", 100);
        v.put("lastOrderAt", new Date(1790000000000L));
        v.put("years", 2);
        v.put("month", new Date(1793491200000L));
        v.put("pointsIn", 300L);
        v.put("pointsOut", 100L);
        v.put("rewardName", "Free shipping");
        return v;
    }
}
