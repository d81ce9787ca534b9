package org.evergreenloyalty.demo.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StorePagesTest {

    @Test
    void onlyLocalPathsAreRedirectTargets() {
        assertEquals("/checkout", StorePages.localPath("/checkout", "/"));
        assertEquals("/", StorePages.localPath("https://evil.example/", "/"));
        assertEquals("/", StorePages.localPath("//evil.example/", "/"));
        assertEquals("/", StorePages.localPath("/\\evil.example", "/"));
        assertEquals("/", StorePages.localPath(null, "/"));
        assertEquals("", StorePages.localPath("checkout", ""));
        assertEquals("", StorePages.localPath("/cart{x}", ""), "a URI template variable would make the redirect fail");
        assertEquals("", StorePages.localPath("/cart%zz", ""));
        assertEquals("", StorePages.localPath("/a\r\nSet-Cookie:x", ""));
    }
}
