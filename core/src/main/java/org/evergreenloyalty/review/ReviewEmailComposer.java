package org.evergreenloyalty.review;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evergreenloyalty.notification.LoyaltyEmail;
import org.evergreenloyalty.notification.MailSubject;
import org.evergreenloyalty.notification.MailTexts;

/**
 * Builds the review request and reminder e-mails (templates {@code review-request} / {@code review-reminder}):
 * one e-mail per order listing its products, each with image, name and five one-click star links, and the
 * optional 0-10 satisfaction question. Unsubscribe category {@code review}.
 * <p>
 * Template variables: {@code name}, {@code orderNumber}, {@code products} (list of maps: {@code name},
 * {@code imageUrl}, {@code url}, {@code reviewUrl}, {@code stars} = list of maps {@code value}, {@code url}),
 * {@code satisfaction} (list of maps {@code score}, {@code url}; empty when the question is off),
 * {@code rewardPoints}, {@code validUntil}.
 */
public class ReviewEmailComposer {

    /** The unsubscribe category of review e-mails. */
    public static final String CATEGORY = "review";
    /** Template of the request. */
    public static final String REQUEST_TEMPLATE = "review-request";
    /** Template of the reminder. */
    public static final String REMINDER_TEMPLATE = "review-reminder";

    private final ReviewTokenService tokens;
    private final ReviewLinks links;
    private final MailTexts texts;

    public ReviewEmailComposer(ReviewTokenService tokens, ReviewLinks links, MailTexts texts) {
        this.tokens = tokens;
        this.links = links;
        this.texts = texts;
    }

    /**
     * The e-mail of {@code kind} to {@code to} in the customer's language {@code localeTag} (null: the store's default),
     * listing {@code products}; links valid until {@code linksExpireAt}; {@code greetingName} null greets without a name.
     */
    public LoyaltyEmail compose(MailKind kind, String to, long customerId, String greetingName, String localeTag, long orderId, String orderNumber,
                                List<ProductCard> products, boolean satisfactionQuestion, long rewardPoints, Date linksExpireAt) {
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        for (ProductCard p : products) {
            String token = tokens.reviewToken(customerId, orderId, p.getProductId(), linksExpireAt);
            Map<String, Object> m = new LinkedHashMap<String, Object>();
            m.put("name", p.getName());
            m.put("imageUrl", p.getImageUrl());
            m.put("url", p.getUrl());
            m.put("reviewUrl", links.review(token, null));
            List<Map<String, Object>> stars = new ArrayList<Map<String, Object>>();
            for (int v = 1; v <= 5; v++) {
                Map<String, Object> star = new LinkedHashMap<String, Object>();
                star.put("value", v);
                star.put("url", links.review(token, v));
                stars.add(star);
            }
            m.put("stars", stars);
            items.add(m);
        }
        List<Map<String, Object>> scores = new ArrayList<Map<String, Object>>();
        if (satisfactionQuestion) {
            String token = tokens.satisfactionToken(customerId, orderId, linksExpireAt);
            for (int s = 0; s <= 10; s++) {
                Map<String, Object> m = new LinkedHashMap<String, Object>();
                m.put("score", s);
                m.put("url", links.satisfaction(token, s));
                scores.add(m);
            }
        }
        String label = orderNumber == null ? String.valueOf(orderId) : orderNumber;
        Locale locale = texts.locale(localeTag);
        return LoyaltyEmail.template(kind == MailKind.REMINDER ? REMINDER_TEMPLATE : REQUEST_TEMPLATE)
                .to(to)
                .locale(locale.toLanguageTag())
                .subject(MailSubject.key(kind == MailKind.REMINDER ? "evergreen.mail.review-reminder.subject"
                        : "evergreen.mail.review-request.subject", label))
                .variable("name", greetingName != null ? greetingName : texts.text(locale, "evergreen.mail.review.noName"))
                .variable("orderNumber", label)
                .variable("products", items)
                .variable("satisfaction", scores)
                .variable("rewardPoints", rewardPoints)
                .variable("validUntil", DateFormat.getDateInstance(DateFormat.LONG, locale).format(linksExpireAt))
                .unsubscribable(customerId, CATEGORY)
                .build();
    }
}
