package org.evergreenloyalty.demo.site.cart;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.broadleaf.birthday.BirthdayCartCodeGuard;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.RedemptionException;
import org.evergreenloyalty.web.StorefrontMessages;
import org.evergreenloyalty.points.PointsReservation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cart: view it, add a product, change a line's quantity, remove a line, apply or remove a promo code.
 * Every change is checked first (quantity 1-99, the line belongs to this cart, the code exists); a rejected
 * change leaves the cart as it was and says why.
 */
@Controller
@RequestMapping("/cart")
public class CartController {

    private static final Log LOG = LogFactory.getLog(CartController.class);
    static final int MAX_PROMO_LENGTH = 50;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "evgBirthdayCodeGuard")
    protected BirthdayCartCodeGuard birthdayCodeGuard;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "evgPointsRedemptionService")
    protected PointsRedemptionService pointsRedemption;

    @Resource(name = "evgStorefrontMessages")
    protected StorefrontMessages storefrontMessages;

    @RequestMapping(method = RequestMethod.GET)
    public String cart(Model model) {
        Order cart = CartState.getCart();
        model.addAttribute("cart", isEmpty(cart) ? null : cart);
        return "cart/cart";
    }

    @RequestMapping(value = "/add", method = RequestMethod.POST)
    public String add(HttpServletRequest request, @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "quantity", required = false) String quantity, RedirectAttributes flash) {
        Product product = findProduct(productId);
        if (product == null || !product.isActive()) {
            flash.addFlashAttribute("cartError", "That product is not available.");
            return "redirect:/cart";
        }
        Integer qty = QuantityInput.parse(quantity);
        if (qty == null) {
            flash.addFlashAttribute("productError", QuantityInput.problem());
            return "redirect:" + product.getUrl();
        }
        try {
            Order cart = CartState.getCart();
            if (cart == null || cart instanceof NullOrderImpl) {
                cart = orderService.createNewCartForCustomer(CustomerState.getCustomer(request));
            }
            OrderItem existing = orderService.findLastMatchingItem(cart, product.getDefaultSku().getId(), product.getId());
            if (existing != null && existing.getQuantity() + qty > QuantityInput.MAX) {
                flash.addFlashAttribute("productError", "Your cart already holds " + existing.getQuantity()
                        + " of these; a line can hold at most " + QuantityInput.MAX + ".");
                return "redirect:" + product.getUrl();
            }
            cart = orderService.addItem(cart.getId(),
                    new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), qty), false);
            orderService.save(cart, true);
            flash.addFlashAttribute("cartMessage", "Added " + qty + " \u00d7 " + product.getName() + " to your cart.");
        } catch (Exception e) {
            LOG.warn("Add to cart failed", e);
            flash.addFlashAttribute("productError", "Sorry, " + product.getName() + " could not be added to your cart.");
            return "redirect:" + product.getUrl();
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/update", method = RequestMethod.POST)
    public String update(@RequestParam(value = "orderItemId", required = false) String orderItemId,
            @RequestParam(value = "quantity", required = false) String quantity, RedirectAttributes flash) {
        Order cart = CartState.getCart();
        OrderItem item = itemOf(cart, orderItemId);
        if (item == null) {
            flash.addFlashAttribute("cartError", "That item is not in your cart.");
            return "redirect:/cart";
        }
        Integer qty = QuantityInput.parse(quantity);
        if (qty == null) {
            flash.addFlashAttribute("cartError", QuantityInput.problem() + " To remove " + item.getName() + ", use Remove.");
            return "redirect:/cart";
        }
        try {
            OrderItemRequestDTO dto = new OrderItemRequestDTO();
            dto.setOrderItemId(item.getId());
            dto.setQuantity(qty);
            cart = orderService.updateItemQuantity(cart.getId(), dto, true);
            orderService.save(cart, false);
            flash.addFlashAttribute("cartMessage", "Updated " + item.getName() + " to " + qty + ".");
        } catch (Exception e) {
            LOG.warn("Cart update failed", e);
            flash.addFlashAttribute("cartError", "Sorry, the quantity could not be changed.");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String remove(@RequestParam(value = "orderItemId", required = false) String orderItemId, RedirectAttributes flash) {
        Order cart = CartState.getCart();
        OrderItem item = itemOf(cart, orderItemId);
        if (item == null) {
            flash.addFlashAttribute("cartError", "That item is not in your cart.");
            return "redirect:/cart";
        }
        try {
            String name = item.getName();
            cart = orderService.removeItem(cart.getId(), item.getId(), false);
            orderService.save(cart, true);
            flash.addFlashAttribute("cartMessage", "Removed " + name + " from your cart.");
        } catch (Exception e) {
            LOG.warn("Cart remove failed", e);
            flash.addFlashAttribute("cartError", "Sorry, the item could not be removed.");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/promo", method = RequestMethod.POST)
    public String applyPromo(@RequestParam(value = "promoCode", required = false) String promoCode, RedirectAttributes flash) {
        Order cart = CartState.getCart();
        String code = promoCode == null ? "" : promoCode.trim();
        if (isEmpty(cart)) {
            flash.addFlashAttribute("promoError", "Add something to your cart before using a promo code.");
        } else if (code.isEmpty()) {
            flash.addFlashAttribute("promoError", "Enter a promo code.");
        } else if (code.length() > MAX_PROMO_LENGTH) {
            flash.addFlashAttribute("promoError", "A promo code has at most " + MAX_PROMO_LENGTH + " characters.");
        } else {
            OfferCode offerCode = offerService.lookupOfferCodeByCode(code);
            if (offerCode == null) {
                flash.addFlashAttribute("promoError", "\"" + code + "\" is not a valid promo code.");
            } else if (cart.getAddedOfferCodes().contains(offerCode)) {
                flash.addFlashAttribute("promoError", "\"" + code + "\" is already applied.");
            } else {
                // a birthday code of someone else, used or expired: Broadleaf alone would accept it silently
                String refusal = birthdayCodeGuard.message(birthdayCodeGuard.check(cart, code), LocaleContextHolder.getLocale());
                if (refusal == null) {
                    refusal = pointsCodeRefusal(cart, offerCode.getOfferCode());
                }
                if (refusal != null) {
                    flash.addFlashAttribute("promoError", refusal);
                    return "redirect:/cart";
                }
                try {
                    orderService.addOfferCode(cart, offerCode, true);
                    flash.addFlashAttribute("cartMessage", "Promo code \"" + code + "\" applied.");
                } catch (OfferMaxUseExceededException e) {
                    flash.addFlashAttribute("promoError", "\"" + code + "\" has already been used.");
                } catch (Exception e) {
                    LOG.warn("Promo code failed", e);
                    flash.addFlashAttribute("promoError", "Sorry, \"" + code + "\" could not be applied.");
                }
            }
        }
        return "redirect:/cart";
    }

    /** Why a points code (made for another cart, used, someone else's voucher) may not go on this cart; null if it may. */
    private String pointsCodeRefusal(Order cart, String code) {
        if (cart.getCustomer() == null) {
            return null;
        }
        try {
            pointsRedemption.checkCode(cart.getCustomer().getId(), cart.getId(), code);
            return null;
        } catch (RedemptionException e) {
            return storefrontMessages.text(e, LocaleContextHolder.getLocale());
        }
    }

    @RequestMapping(value = "/promo/remove", method = RequestMethod.POST)
    public String removePromo(@RequestParam(value = "offerCodeId", required = false) String offerCodeId, RedirectAttributes flash) {
        Order cart = CartState.getCart();
        OfferCode found = null;
        if (!isEmpty(cart)) {
            for (OfferCode oc : cart.getAddedOfferCodes()) {
                if (String.valueOf(oc.getId()).equals(offerCodeId)) {
                    found = oc;
                }
            }
        }
        if (found == null) {
            flash.addFlashAttribute("promoError", "That promo code is not applied to your cart.");
            return "redirect:/cart";
        }
        try {
            String pointsRemoved = removeIfPointsDiscount(cart, found);
            if (pointsRemoved != null) {
                flash.addFlashAttribute("cartMessage", pointsRemoved);
                return "redirect:/cart";
            }
            orderService.removeOfferCode(cart, found, true);
            flash.addFlashAttribute("cartMessage", "Promo code \"" + found.getOfferCode() + "\" removed.");
        } catch (Exception e) {
            LOG.warn("Promo removal failed", e);
            flash.addFlashAttribute("promoError", "Sorry, the promo code could not be removed.");
        }
        return "redirect:/cart";
    }

    @Resource(name = "messageSource")
    protected MessageSource messages;

    /**
     * When {@code code} is the cart's points discount, takes it off through the loyalty module (which also releases
     * the reserved points) and returns the message to show; null for any other code.
     */
    private String removeIfPointsDiscount(Order cart, OfferCode code) {
        Long customerId = cart.getCustomer() == null ? null : cart.getCustomer().getId();
        if (customerId == null) {
            return null;
        }
        PointsReservation applied = pointsRedemption.quote(customerId, cart.getId()).getApplied();
        if (applied == null || !code.getOfferCode().equals(applied.getOfferCode())) {
            return null;
        }
        pointsRedemption.remove(customerId, cart.getId());
        return messages.getMessage("evergreen.redeem.removed", null, LocaleContextHolder.getLocale());
    }

    static boolean isEmpty(Order cart) {
        return cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty();
    }

    private Product findProduct(String productId) {
        if (productId == null || !productId.trim().matches("\\d{1,18}")) {
            return null;
        }
        return catalogService.findProductById(Long.valueOf(productId.trim()));
    }

    private static OrderItem itemOf(Order cart, String orderItemId) {
        if (cart == null || cart instanceof NullOrderImpl || orderItemId == null) {
            return null;
        }
        for (OrderItem item : cart.getOrderItems()) {
            if (String.valueOf(item.getId()).equals(orderItemId.trim())) {
                return item;
            }
        }
        return null;
    }
}
