package org.evergreenloyalty.demo.site.checkout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.evergreenloyalty.points.RedemptionException;
import org.evergreenloyalty.web.StorefrontMessages;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.State;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.StateService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.demo.checkout.TestCard;
import org.evergreenloyalty.demo.checkout.TestPaymentResult;
import org.evergreenloyalty.demo.checkout.TestPaymentService;
import org.evergreenloyalty.demo.site.account.OrderLookup;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkout for signed-in customers, in three steps: shipping address and option ({@code /checkout}),
 * review and test payment ({@code /checkout/review}, placing the order), confirmation
 * ({@code /checkout/confirmation/{orderNumber}}). A rejected step changes nothing and says why.
 */
@Controller
@RequestMapping("/checkout")
public class CheckoutController {

    private static final Log LOG = LogFactory.getLog(CheckoutController.class);

    @Resource(name = "evgStorefrontMessages")
    protected StorefrontMessages storefrontMessages;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blFulfillmentGroupService")
    protected FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blFulfillmentOptionService")
    protected FulfillmentOptionService fulfillmentOptionService;

    @Resource(name = "blAddressService")
    protected AddressService addressService;

    @Resource(name = "blStateService")
    protected StateService stateService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "evgDemoTestPaymentService")
    protected TestPaymentService testPaymentService;

    @RequestMapping(method = RequestMethod.GET)
    public String shipping(Model model) {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return "redirect:/cart";
        }
        Customer customer = CustomerState.getCustomer();
        ShippingForm form = ShippingForm.prefilled(customer.getFirstName(), customer.getLastName());
        FulfillmentGroup fg = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        if (fg != null && fg.getAddress() != null) {
            Address a = fg.getAddress();
            form.put("firstName", a.getFirstName());
            form.put("lastName", a.getLastName());
            form.put("addressLine1", a.getAddressLine1());
            form.put("addressLine2", a.getAddressLine2());
            form.put("city", a.getCity());
            form.put("state", a.getState() == null ? "" : a.getState().getAbbreviation());
            form.put("postalCode", a.getPostalCode());
        }
        if (fg != null && fg.getFulfillmentOption() != null) {
            form.put("fulfillmentOptionId", String.valueOf(fg.getFulfillmentOption().getId()));
        }
        return shippingView(model, cart, form, new LinkedHashMap<String, String>());
    }

    private String shippingView(Model model, Order cart, ShippingForm form, Map<String, String> errors) {
        model.addAttribute("cart", cart);
        model.addAttribute("form", form.getValues());
        model.addAttribute("errors", errors);
        model.addAttribute("states", stateService.findStates("US"));
        model.addAttribute("shippingOptions", fulfillmentOptionService.readAllFulfillmentOptions());
        return "checkout/shipping";
    }

    @RequestMapping(value = "/shipping", method = RequestMethod.POST)
    public String saveShipping(@RequestParam(value = "firstName", required = false) String firstName,
            @RequestParam(value = "lastName", required = false) String lastName,
            @RequestParam(value = "addressLine1", required = false) String addressLine1,
            @RequestParam(value = "addressLine2", required = false) String addressLine2,
            @RequestParam(value = "city", required = false) String city,
            @RequestParam(value = "state", required = false) String state,
            @RequestParam(value = "postalCode", required = false) String postalCode,
            @RequestParam(value = "fulfillmentOptionId", required = false) String fulfillmentOptionId,
            Model model) throws Exception {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return "redirect:/cart";
        }
        ShippingForm form = ShippingForm.of(firstName, lastName, addressLine1, addressLine2, city, state, postalCode,
                fulfillmentOptionId);
        List<String> stateCodes = new ArrayList<String>();
        for (State s : stateService.findStates("US")) {
            stateCodes.add(s.getAbbreviation());
        }
        List<String> optionIds = new ArrayList<String>();
        for (FulfillmentOption o : fulfillmentOptionService.readAllFulfillmentOptions()) {
            optionIds.add(String.valueOf(o.getId()));
        }
        Map<String, String> errors = form.check(stateCodes, optionIds);
        FulfillmentGroup fg = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        if (errors.isEmpty() && fg == null) {
            errors.put("form", "Your cart has nothing to ship.");
        }
        if (!errors.isEmpty()) {
            return shippingView(model, cart, form, errors);
        }

        Address address = addressService.create();
        address.setFirstName(form.get("firstName"));
        address.setLastName(form.get("lastName"));
        address.setAddressLine1(form.get("addressLine1"));
        address.setAddressLine2(form.get("addressLine2").isEmpty() ? null : form.get("addressLine2"));
        address.setCity(form.get("city"));
        address.setState(stateService.findStateByAbbreviation(form.get("state")));
        address.setPostalCode(form.get("postalCode"));
        address.setCountry(countryService.findCountryByAbbreviation("US"));
        Customer customer = CustomerState.getCustomer();
        address.setEmailAddress(customer.getEmailAddress());
        fg.setAddress(address);
        fg.setFulfillmentOption(fulfillmentOptionService.readFulfillmentOptionById(Long.valueOf(form.get("fulfillmentOptionId"))));
        cart.setEmailAddress(customer.getEmailAddress());
        orderService.save(cart, true);
        return "redirect:/checkout/review";
    }

    @RequestMapping(value = "/review", method = RequestMethod.GET)
    public String review(Model model) {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return "redirect:/cart";
        }
        if (!shippingDone(cart)) {
            return "redirect:/checkout";
        }
        Customer customer = CustomerState.getCustomer();
        Map<String, String> form = new LinkedHashMap<String, String>();
        form.put("nameOnCard", (customer.getFirstName() + " " + customer.getLastName()).trim());
        return reviewView(model, cart, form, TestCard.newErrors());
    }

    private String reviewView(Model model, Order cart, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("cart", cart);
        model.addAttribute("shipment", fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("declinedCard", TestCard.DECLINED_NUMBER);
        return "checkout/review";
    }

    @RequestMapping(value = "/place-order", method = RequestMethod.POST)
    public String placeOrder(@RequestParam(value = "nameOnCard", required = false) String nameOnCard,
            @RequestParam(value = "cardNumber", required = false) String cardNumber,
            @RequestParam(value = "expiry", required = false) String expiry,
            @RequestParam(value = "cvc", required = false) String cvc,
            Model model, RedirectAttributes flash) {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            flash.addFlashAttribute("cartError", "Your cart is empty.");
            return "redirect:/cart";
        }
        if (!shippingDone(cart)) {
            return "redirect:/checkout";
        }
        Map<String, String> form = new LinkedHashMap<String, String>();
        form.put("nameOnCard", nameOnCard == null ? "" : nameOnCard.trim());
        form.put("expiry", expiry == null ? "" : expiry.trim());
        Map<String, String> errors = TestCard.newErrors();
        TestCard card = TestCard.parse(nameOnCard, cardNumber, expiry, cvc, errors);
        if (card == null) {
            return reviewView(model, cart, form, errors);
        }
        try {
            TestPaymentResult result = testPaymentService.payAndCheckout(cart, card);
            if (!result.isApproved()) {
                errors.put("payment", "Your card ending " + card.lastFour() + " was declined. Nothing was charged and your cart is unchanged; try another card.");
                return reviewView(model, result.order(), form, errors);
            }
            CartState.setCart(null);
            return "redirect:/checkout/confirmation/" + result.order().getOrderNumber();
        } catch (CheckoutException e) {
            LOG.warn("Checkout failed for order " + cart.getId(), e);
            RedemptionException refused = redemptionRefusal(e);
            errors.put("payment", refused != null ? storefrontMessages.text(refused, LocaleContextHolder.getLocale())
                    : "Your order could not be placed: " + rootMessage(e) + ". Nothing was charged.");
            return reviewView(model, cart, form, errors);
        }
    }

    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String confirmation(@PathVariable("orderNumber") String orderNumber, Model model) {
        Order order = OrderLookup.ownPlacedOrder(orderService, orderNumber);
        model.addAttribute("order", order);
        return "checkout/confirmation";
    }

    private boolean shippingDone(Order cart) {
        FulfillmentGroup fg = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        return fg != null && fg.getAddress() != null && fg.getFulfillmentOption() != null;
    }

    private static boolean isEmpty(Order cart) {
        return cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty();
    }

    /** The module's reason for refusing the checkout (a points discount that may not be used), or null. */
    private static RedemptionException redemptionRefusal(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof RedemptionException) {
                return (RedemptionException) t;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
