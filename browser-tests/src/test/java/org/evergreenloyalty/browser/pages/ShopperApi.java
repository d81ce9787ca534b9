package org.evergreenloyalty.browser.pages;

import java.util.Map;

import org.evergreenloyalty.browser.DemoStore;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The shopper API called the way a headless storefront's script calls it: {@code fetch} in the browser, on a page of the
 * store, with the shopper's session cookie and the headers the API's CSRF rules ask for.
 */
public final class ShopperApi {
    private static final String FETCH = """
            const [method, url, body, done] = arguments;
            const init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
            if (method !== 'GET') {
                init.headers['X-Requested-With'] = 'fetch';
            }
            if (body !== null) {
                init.headers['Content-Type'] = 'application/json';
                init.body = body;
            }
            fetch(url, init)
                .then(r => r.text().then(t => done({status: r.status, type: r.headers.get('Content-Type') || '', body: t})))
                .catch(e => done({status: -1, type: '', body: String(e)}));
            """;

    private final WebDriver driver;
    private final DemoStore store;

    public ShopperApi(WebDriver driver, DemoStore store) {
        this.driver = driver;
        this.store = store;
    }

    /** One answer: its HTTP status, content type and body as text. */
    public record Answer(int status, String type, String body) {
    }

    public Answer get(String path) {
        return call("GET", path, null);
    }

    public Answer post(String path, String json) {
        return call("POST", path, json);
    }

    public Answer delete(String path) {
        return call("DELETE", path, null);
    }

    @SuppressWarnings("unchecked")
    private Answer call(String method, String path, String json) {
        if (!driver.getCurrentUrl().startsWith(store.siteUrl("/"))) {
            driver.get(store.siteUrl("/")); // fetch runs on a page of the store: same origin, the session's cookie
        }
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript(FETCH, method, store.siteUrl("/api/evergreen/v1/" + path), json);
        return new Answer(((Number) r.get("status")).intValue(), (String) r.get("type"), (String) r.get("body"));
    }
}
