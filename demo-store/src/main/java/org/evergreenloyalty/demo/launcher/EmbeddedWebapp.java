package org.evergreenloyalty.demo.launcher;

import java.net.URL;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
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
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(System.getProperty("demo.host", "127.0.0.1"));
        connector.setPort(port);
        server.addConnector(connector);

        WebAppContext webapp = new WebAppContext();
        webapp.setDisplayName(name);
        webapp.setContextPath(contextPath);
        webapp.setBaseResource(Resource.newResource(base));
        webapp.setParentLoaderPriority(true);
        webapp.setThrowUnavailableOnStartupException(true);
        webapp.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
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
