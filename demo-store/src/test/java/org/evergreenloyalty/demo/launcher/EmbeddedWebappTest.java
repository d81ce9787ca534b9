package org.evergreenloyalty.demo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo store's Jetty names no server software and its session cookie is HttpOnly and SameSite. */
class EmbeddedWebappTest {

    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = EmbeddedWebapp.newServer("127.0.0.1", 0);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                req.getSession(true);
                resp.getWriter().write("ok");
            }
        }), "/session");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                throw new IllegalStateException("boom at a secret place");
            }
        }), "/fail");
        EmbeddedWebapp.harden(context);
        assertTrue(context.getErrorHandler() instanceof org.eclipse.jetty.servlet.ErrorPageErrorHandler,
                "a WebAppContext needs an ErrorPageErrorHandler for web.xml's error pages");
        server.setHandler(context);
        server.start();
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void errorPagesNameNoServerAndShowNoStackTrace() throws IOException {
        HttpURLConnection c = open("/fail");
        assertEquals(500, c.getResponseCode());
        assertNull(c.getHeaderField("Server"), "no Server header");
        assertNull(c.getHeaderField("X-Powered-By"));
        String body = read(c.getErrorStream());
        assertFalse(body.toLowerCase().contains("jetty"), body);
        assertFalse(body.contains("boom at a secret place"), body);
        HttpURLConnection missing = open("/nothing-here");
        assertEquals(404, missing.getResponseCode());
        assertFalse(read(missing.getErrorStream()).toLowerCase().contains("jetty"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws IOException {
        HttpURLConnection c = open("/session");
        assertEquals(200, c.getResponseCode());
        String cookie = c.getHeaderField("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
        c.setInstanceFollowRedirects(false);
        return c;
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (InputStream i = in) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] b = new byte[4096];
            int n;
            while ((n = i.read(b)) > 0) {
                out.write(b, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        }
    }
}
