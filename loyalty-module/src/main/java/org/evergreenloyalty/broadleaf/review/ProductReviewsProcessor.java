package org.evergreenloyalty.broadleaf.review;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.evergreenloyalty.review.ProductRatingView;
import org.evergreenloyalty.review.ProductReviews;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * {@code <blc:evergreen_reviews product="${product}" max="5" var="evgReviews"/>}: puts the product's approved
 * reviews ({@link ProductRatingView}: average, count, verified badge, the newest {@code max} reviews) into the
 * template's variables under {@code var} (default {@value #DEFAULT_VAR}) and removes itself. {@code product} is an
 * expression giving a Broadleaf Product or a product id. The fragment {@code evergreen/review/product :: reviews}
 * uses it.
 */
public class ProductReviewsProcessor extends AbstractModelVariableModifierProcessor {

    /** The element name, after the {@code blc:} prefix. */
    public static final String ELEMENT = "evergreen_reviews";
    /** The variable set when the element has no {@code var} attribute. */
    public static final String DEFAULT_VAR = "evgReviews";
    /** Reviews listed when the element has no {@code max} attribute. */
    public static final int DEFAULT_MAX = 5;

    private static final Log LOG = LogFactory.getLog(ProductReviewsProcessor.class);

    private final ProductReviews reviews;

    public ProductReviewsProcessor(ProductReviews reviews) {
        super(ELEMENT);
        this.reviews = reviews;
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        String var = element.getAttributeValue("var");
        var = var != null && var.trim().matches("[A-Za-z_][A-Za-z0-9_]{0,59}") ? var.trim() : DEFAULT_VAR;
        Long productId = productId(evaluate(arguments, element.getAttributeValue("product")));
        if (productId == null) {
            return;
        }
        int max = DEFAULT_MAX;
        String m = element.getAttributeValue("max");
        if (m != null && m.trim().matches("[0-9]{1,3}")) {
            max = Integer.parseInt(m.trim());
        }
        try {
            addToModel(arguments, var, reviews.forProduct(productId, max));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the reviews of product " + productId + "; the product page shows none", e);
        }
    }

    private static Object evaluate(Arguments arguments, String expression) {
        if (expression == null || expression.trim().isEmpty()) {
            return null;
        }
        return StandardExpressions.getExpressionParser(arguments.getConfiguration())
                .parseExpression(arguments.getConfiguration(), arguments, expression).execute(arguments.getConfiguration(), arguments);
    }

    /** The id of a Product, a number or a numeric string; null otherwise. */
    static Long productId(Object value) {
        if (value instanceof Product) {
            return ((Product) value).getId();
        }
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        if (value instanceof String && ((String) value).trim().matches("[0-9]{1,18}")) {
            return Long.valueOf(((String) value).trim());
        }
        return null;
    }
}
