package org.evergreenloyalty.demo.launcher;

import java.io.IOException;
import java.net.URL;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.session.SessionHandler;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.webapp.WebAppContext;

/**
 * One webapp of the demo store, served by its own embedded Jetty on {@code port} of the loopback
 * interface (another interface with {@code -Ddemo.host=0.0.0.0}). The webapp's files
 * (WEB-INF/web.xml, templates, css) are read from a directory on the classpath; its classes come from the
 * launcher's own class path (parent-first), so both webapps share one set of jars.
 */
public final class EmbeddedWebapp {

    private final String name;
    private final String classpathDir;
    private final String contextPath;
    private final int port;
    private Server server;

    /**
     * @param name         a label for log lines ("storefront", "admin")
     * @param classpathDir the classpath directory holding the webapp, e.g. {@code site-webapp}
     * @param contextPath  where it is served, e.g. {@code /} or {@code /admin}
     * @param port         the HTTP port
     */
    public EmbeddedWebapp(String name, String classpathDir, String contextPath, int port) {
        this.name = name;
        this.classpathDir = classpathDir;
        this.contextPath = contextPath;
        this.port = port;
    }

    /** True when {@code <classpathDir>/WEB-INF/web.xml} is on the classpath. */
    public boolean isPresent() {
        return resource("WEB-INF/web.xml") != null;
    }

    private URL resource(String path) {
        return EmbeddedWebapp.class.getClassLoader().getResource(classpathDir + "/" + path);
    }

    /** Starts Jetty and the webapp; throws when the webapp fails to start (the server is then stopped). */
    public void start() throws Exception {
        URL base = EmbeddedWebapp.class.getClassLoader().getResource(classpathDir + "/");
        if (base == null) {
            throw new IllegalStateException("No " + classpathDir + "/ directory on the classpath");
        }
        server = newServer(System.getProperty("demo.host", "127.0.0.1"), port);

        WebAppContext webapp = new WebAppContext();
        webapp.setDisplayName(name);
        webapp.setContextPath(contextPath);
        webapp.setBaseResource(Resource.newResource(base));
        webapp.setParentLoaderPriority(true);
        webapp.setThrowUnavailableOnStartupException(true);
        webapp.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        harden(webapp);
        server.setHandler(webapp);
        server.setStopTimeout(5000);
        try {
            server.start();
        } catch (Exception e) {
            stop();
            throw e;
        }
        if (!webapp.isAvailable()) {
            Throwable cause = webapp.getUnavailableException();
            stop();
            throw new IllegalStateException("The " + name + " webapp failed to start", cause);
        }
    }

    /**
     * A Jetty server with one connector on {@code host:port} that names no server software: no Server and
     * X-Powered-By headers, and error pages without version or stack trace.
     */
    static Server newServer(String host, int port) {
        Server s = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(s, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        s.addConnector(connector);
        s.setErrorHandler(new QuietErrorHandler());
        return s;
    }

    /**
     * A context's reference settings: the session cookie is HttpOnly and SameSite=Lax (Secure when the request
     * came over HTTPS), error pages show no stack trace or server name.
     */
    static void harden(ServletContextHandler context) {
        SessionHandler sessions = context.getSessionHandler();
        if (sessions != null) {
            sessions.setHttpOnly(true);
            sessions.setSameSite(HttpCookie.SameSite.LAX);
            sessions.setSecureRequestOnly(true);
        }
        context.setErrorHandler(new QuietErrorPageHandler());
    }

    /**
     * The webapp's fallback error page for errors its own error pages (web.xml, which a webapp needs this handler
     * type for) do not handle: status and standard reason only (see {@link #writeQuietly}).
     */
    static final class QuietErrorPageHandler extends ErrorPageErrorHandler {

        QuietErrorPageHandler() {
            setShowStacks(false);
            setShowServlet(false);
            setShowMessageInTitle(false);
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                                  int code, String message, String mimeType) throws IOException {
            writeQuietly(baseRequest, response, code);
        }
    }

    /** The server's error page (requests outside any webapp): status and standard reason only. */
    static final class QuietErrorHandler extends ErrorHandler {

        QuietErrorHandler() {
            setShowStacks(false);
            setShowServlet(false);
            setShowMessageInTitle(false);
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                                  int code, String message, String mimeType) throws IOException {
            writeQuietly(baseRequest, response, code);
        }
    }

    /** An error page with the status and its standard reason only: no exception message, stack, servlet or server version. */
    static void writeQuietly(Request baseRequest, HttpServletResponse response, int code) throws IOException {
        String reason = HttpStatus.getMessage(code);
        baseRequest.setHandled(true);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>" + code + " " + reason
                + "</title></head><body><h1>" + code + " " + reason + "</h1></body></html>\n");
    }

    /** Stops the webapp and its server; safe to call twice. */
    public void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("[evergreen-demo] stopping the " + name + ": " + e.getMessage());
        }
        server = null;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** Its label. */
    public String name() {
        return name;
    }
}
