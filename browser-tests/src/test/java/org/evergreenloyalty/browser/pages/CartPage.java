package org.evergreenloyalty.browser.pages;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The cart: its lines, its totals, the points widget and the way to checkout. */
public final class CartPage extends StorefrontPage {
    private CartPage(WebDriver driver, DemoStore store) {
        super(driver, store);
        visible(By.id("cart-lines"));
    }

    /** The cart page the browser is on now (after adding an item). */
    static CartPage shown(WebDriver driver, DemoStore store) {
        return new CartPage(driver, store);
    }

    /** Opens the cart page. */
    public static CartPage open(WebDriver driver, DemoStore store) {
        driver.get(store.siteUrl("/cart"));
        return new CartPage(driver, store);
    }

    /** The names of the items in the cart, in order. */
    public List<String> itemNames() {
        List<WebElement> names = driver.findElements(By.cssSelector("#cart-lines .cart-item-name"));
        return names.stream().map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    /** The items' subtotal before discounts. */
    public BigDecimal subtotal() {
        return Amounts.money(text(By.id("cart-subtotal")));
    }

    /** The cart's total. */
    public BigDecimal total() {
        return Amounts.money(text(By.id("cart-total")));
    }

    /** The discount line's amount as shown (negative, e.g. -2.00), or zero when the cart has none. */
    public BigDecimal discount() {
        return present(By.id("cart-discount")) ? Amounts.money(text(By.id("cart-discount"))) : BigDecimal.ZERO;
    }

    /** Whether the points widget offers its form (a signed-in shopper with enough points). */
    public boolean canRedeemPoints() {
        return present(By.id("evg-redeem-apply"));
    }

    /** The largest number of points the widget's field accepts (its {@code max}). */
    public long redeemFieldMaximum() {
        return Long.parseLong(visible(By.id("evg-redeem-points")).getAttribute("max"));
    }

    /**
     * Types {@code points} into the widget's field, applies them and returns the cart the store shows
     * next (with the widget's message or error).
     */
    public CartPage redeemPoints(String points) {
        type(By.id("evg-redeem-points"), points);
        clickAndLeave(By.id("evg-redeem-apply"));
        return new CartPage(driver, store);
    }

    /**
     * Types {@code points} into the widget's field and clicks apply where the browser itself refuses the value
     * (the field's own limits): the page stays and the field's validation message is returned.
     */
    public String redeemPointsRefusedByBrowser(String points) {
        type(By.id("evg-redeem-points"), points);
        WebElement field = driver.findElement(By.id("evg-redeem-points"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (Boolean.TRUE.equals(js.executeScript("return arguments[0].checkValidity();", field))) {
            throw new AssertionError("the browser accepts '" + points + "' in the points field (value '"
                    + field.getAttribute("value") + "'), so the form would be sent");
        }
        click(By.id("evg-redeem-apply"));
        return String.valueOf(js.executeScript("return arguments[0].validationMessage;", field));
    }

    /** The widget's note after a successful apply/remove; waits for it. */
    public String redeemMessage() {
        return text(By.id("evg-redeem-message"));
    }

    /** The widget's error after a refused apply/remove; waits for it. */
    public String redeemError() {
        return text(By.id("evg-redeem-error"));
    }

    /** Whether the widget shows an error. */
    public boolean hasRedeemError() {
        return present(By.id("evg-redeem-error"));
    }

    /** Whether a points discount is on the cart (the widget's "applied" box). */
    public boolean pointsApplied() {
        return present(By.id("evg-redeem-applied"));
    }

    /** Types a promo code into the cart's code field, applies it and returns the cart the store shows next. */
    public CartPage applyPromoCode(String code) {
        type(By.id("promo-code"), code);
        clickAndLeave(By.id("apply-promo"));
        return new CartPage(driver, store);
    }

    /** The promo code field's error; waits for it. */
    public String promoError() {
        return text(By.id("promo-error"));
    }

    /** The cart's confirmation after an action (e.g. "Promo code ... applied."); waits for it. */
    public String message() {
        return text(By.id("cart-message"));
    }

    /** The promo codes applied to the cart. */
    public List<String> appliedPromoCodes() {
        return driver.findElements(By.cssSelector(".applied-promo .applied-promo-code")).stream()
                .map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    /** Removes the applied promo code shown as {@code shownAs} with its own Remove button; returns the cart shown next. */
    public CartPage removePromoCode(String shownAs) {
        By remove = By.xpath("//div[contains(@class,'applied-promo')][span[contains(@class,'applied-promo-code')"
                + " and normalize-space(.)='" + shownAs + "']]//button[contains(@class,'remove-promo')]");
        clickAndLeave(remove);
        return new CartPage(driver, store);
    }

    /** Starts checkout (a signed-in shopper lands on the shipping step). */
    /** Whether the cart offers the referred shopper's first-order discount. */
    public boolean offersReferralDiscount() {
        return present(By.id("evg-referral-apply"));
    }

    /** The text offering the first-order discount from a friend; waits for it. */
    public String referralWelcome() {
        return text(By.id("evg-referral-welcome"));
    }

    /** Puts the first-order discount from a friend on the cart; returns the cart shown again. */
    public CartPage applyReferralDiscount() {
        clickAndLeave(By.id("evg-referral-apply"));
        return CartPage.shown(driver, store);
    }

    public ShippingPage checkOut() {
        clickAndLeave(By.id("checkout-button"));
        return new ShippingPage(driver, store);
    }
}
