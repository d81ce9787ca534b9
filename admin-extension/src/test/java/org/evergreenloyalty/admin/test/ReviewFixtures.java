package org.evergreenloyalty.admin.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.review.RequestOutcome;
import org.evergreenloyalty.review.ReviewAdminService;
import org.evergreenloyalty.review.ReviewPage;
import org.evergreenloyalty.review.ReviewRow;
import org.evergreenloyalty.review.ReviewInput;
import org.evergreenloyalty.review.ReviewRequestService;
import org.evergreenloyalty.review.ReviewService;
import org.evergreenloyalty.review.ReviewTokenService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.StoreFixtures;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review test data on the shared admin context, made the way the store makes it: active Broadleaf products, a
 * Broadleaf order of a customer holding them (its lines priced by Broadleaf), handed to the loyalty engine as a
 * submitted order (as its checkout step does, so the review engine records the request), and reviews submitted
 * through the engine's review service with the order's signed links.
 */
public final class ReviewFixtures {

    private static final long DAY_MS = 24L * 3600 * 1000;

    private final ConfigurableApplicationContext ctx;
    private final CatalogService catalog;
    private final OrderService orders;
    private final TransactionTemplate tx;
    private final EntityManager em;

    public ReviewFixtures(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
        this.catalog = ctx.getBean("blCatalogService", CatalogService.class);
        this.orders = ctx.getBean("blOrderService", OrderService.class);
        this.tx = new TransactionTemplate(ctx.getBean("blTransactionManager", PlatformTransactionManager.class));
        this.em = SharedEntityManagerCreator.createSharedEntityManager(ctx.getBean("entityManagerFactory", EntityManagerFactory.class));
    }

    /** The module's clock (tests move it to place events in a period of their own). */
    public AdjustableClock clock() {
        return ctx.getBean("evgClock", AdjustableClock.class);
    }

    /** An active product with one SKU at 10.00. */
    public Product product(String name) {
        Sku sku = catalog.createSku();
        sku.setName(name);
        sku.setRetailPrice(new Money(new BigDecimal("10.00")));
        sku.setActiveStartDate(StoreFixtures.LONG_AGO); // active whatever the test clock says
        Product product = catalog.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        product.setUrl("/review-test-" + LoyaltyAdminFixtures.unique());
        sku.setDefaultProduct(product);
        return catalog.saveProduct(product);
    }

    /**
     * A Broadleaf order of {@code customer} with one unit of each product, submitted to the loyalty engine at the
     * module clock's now; returns the order id.
     */
    public long order(Customer customer, Product... products) {
        Order cart = orders.createNewCartForCustomer(customer);
        cart.setCurrency(usd());
        cart.setOrderNumber("RV-" + LoyaltyAdminFixtures.unique());
        try {
            cart = orders.save(cart, false);
            for (Product p : products) {
                cart = orders.addItem(cart.getId(), new OrderItemRequestDTO(p.getId(), p.getDefaultSku().getId(), 1), true);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build the order: " + e.getMessage(), e);
        }
        final long orderId = cart.getId();
        CompletedOrder completed = tx.execute(new TransactionCallback<CompletedOrder>() {
            @Override
            public CompletedOrder doInTransaction(TransactionStatus status) {
                Order o = orders.findOrderById(orderId);
                List<CompletedOrder.Line> lines = new ArrayList<CompletedOrder.Line>();
                BigDecimal total = BigDecimal.ZERO;
                for (OrderItem item : o.getOrderItems()) {
                    Product p = ((DiscreteOrderItem) item).getProduct();
                    BigDecimal amount = item.getTotalPrice().getAmount();
                    lines.add(new CompletedOrder.Line(item.getId(), p.getId(), p.getName(), null, item.getQuantity(), amount));
                    total = total.add(amount);
                }
                return new CompletedOrder(orderId, o.getOrderNumber(), o.getCustomer().getId(), o.getCustomer().getEmailAddress(),
                        "USD", total, BigDecimal.ZERO, BigDecimal.ZERO, total, clock().now(), lines);
            }
        });
        if (!ctx.getBean("evgOrderCompletionService", OrderCompletionService.class).process(completed)) {
            throw new IllegalStateException("order " + orderId + " was processed before");
        }
        return orderId;
    }

    /** Submits a review of {@code product} from {@code orderId} through its signed link; returns the review id. */
    public long review(Customer customer, long orderId, Product product, int rating, String title, String text, String displayName) {
        String token = ctx.getBean("evgReviewTokens", ReviewTokenService.class)
                .reviewToken(customer.getId(), orderId, product.getId(), new Date(clock().now().getTime() + 30 * DAY_MS));
        return ctx.getBean("evgReviewService", ReviewService.class)
                .submit(token, new ReviewInput(rating, title, text, displayName)).getReviewId();
    }

    /** A pending review of a fresh product, bought by {@code customer} in an order of its own. */
    public Written pendingReview(Customer customer, String productName, String title, String text) {
        Product p = product(productName);
        long orderId = order(customer, p);
        return new Written(review(customer, orderId, p, 4, title, text, null), orderId, p);
    }

    /**
     * Rejects every review still pending (left by earlier tests), so a test's own reviews are the queue; returns
     * how many it rejected.
     */
    public int clearQueue() {
        ReviewAdminService admin = ctx.getBean("evgReviewAdminService", ReviewAdminService.class);
        int n = 0;
        for (ReviewPage p = admin.pending(0, ReviewAdminService.MAX_PAGE_SIZE); !p.getRows().isEmpty();
             p = admin.pending(0, ReviewAdminService.MAX_PAGE_SIZE)) {
            List<Long> ids = new ArrayList<Long>();
            for (ReviewRow r : p.getRows()) {
                ids.add(r.getId());
            }
            int decided = admin.rejectAll(ids, "Cleared by a test", "test").getDecided().size();
            if (decided == 0) {
                throw new IllegalStateException("pending reviews that cannot be rejected: " + ids);
            }
            n += decided;
        }
        return n;
    }

    /** Answers the order's satisfaction question with {@code score}, through its signed link. */
    public void answer(Customer customer, long orderId, int score) {
        String token = ctx.getBean("evgReviewTokens", ReviewTokenService.class)
                .satisfactionToken(customer.getId(), orderId, new Date(clock().now().getTime() + 30 * DAY_MS));
        ctx.getBean("evgReviewService", ReviewService.class).answerSatisfaction(token, score);
    }

    /** Sends the order's review request now if it is due (what the job does). */
    public RequestOutcome sendRequest(long orderId) {
        return ctx.getBean("evgReviewRequestService", ReviewRequestService.class).sendRequestIfDue(orderId);
    }

    /** Sends the order's reminder now if it is due. */
    public RequestOutcome sendReminder(long orderId) {
        return ctx.getBean("evgReviewRequestService", ReviewRequestService.class).sendReminderIfDue(orderId);
    }

    /** USD, created on first use (the admin's seed SQL has no currency; carts need one). */
    private BroadleafCurrency usd() {
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                if (em.find(BroadleafCurrencyImpl.class, "USD") == null) {
                    BroadleafCurrency c = new BroadleafCurrencyImpl();
                    c.setCurrencyCode("USD");
                    c.setFriendlyName("US Dollar");
                    c.setDefaultFlag(true);
                    em.persist(c);
                }
                return null;
            }
        });
        return ctx.getBean("blCurrencyService", BroadleafCurrencyService.class).findCurrencyByCode("USD");
    }

    /** A submitted review with the order and product it was written for. */
    public static final class Written {
        private final long reviewId;
        private final long orderId;
        private final Product product;

        Written(long reviewId, long orderId, Product product) {
            this.reviewId = reviewId;
            this.orderId = orderId;
            this.product = product;
        }

        public long getReviewId() { return reviewId; }
        public long getOrderId() { return orderId; }
        public Product getProduct() { return product; }
    }
}
