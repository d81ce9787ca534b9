package org.evergreenloyalty.schema;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DBA's command for the module's schema, for stores that run migrations themselves
 * ({@code evergreen.schema.migrate=false}). Run it with the store's libraries on the class path (the module, Liquibase
 * and the JDBC driver are all in the web application's {@code WEB-INF/lib}):
 * <pre>
 * java -cp 'WEB-INF/lib/*' org.evergreenloyalty.schema.SchemaMigrationTool status|sql|update --url=JDBC_URL [--user=USER]
 * </pre>
 * The password comes from {@code --password=} or the environment variable {@value #PASSWORD_ENV}.
 * {@code status} lists the change sets not run yet, {@code sql} prints the SQL {@code update} would run (nothing is
 * changed), {@code update} applies them.
 */
public final class SchemaMigrationTool {

    /** Environment variable holding the database password (keeps it out of the process list). */
    public static final String PASSWORD_ENV = "EVERGREEN_DB_PASSWORD";

    static final String USAGE = "usage: java -cp 'WEB-INF/lib/*' " + SchemaMigrationTool.class.getName()
            + " status|sql|update --url=JDBC_URL [--user=USER] [--password=PASSWORD]\n"
            + "  status  list the change sets not run on this database yet\n"
            + "  sql     print the SQL that update would run (changes nothing)\n"
            + "  update  apply them\n"
            + "  The password may also come from the environment variable " + PASSWORD_ENV + ".";

    private static final List<String> COMMANDS = Arrays.asList("status", "sql", "update");

    private SchemaMigrationTool() {
    }

    /** Runs the command and exits with its status (0 done, 1 failed, 2 bad arguments). */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(PASSWORD_ENV)));
    }

    /** Runs one command; returns the exit status. Bad arguments print the usage and touch no database. */
    static int run(String[] args, PrintStream out, PrintStream err, String passwordFromEnv) {
        Map<String, String> options = new HashMap<String, String>();
        String command = null;
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (command == null && COMMANDS.contains(arg)) {
                command = arg;
            } else {
                err.println("unknown argument '" + arg + "'\n" + USAGE);
                return 2;
            }
        }
        String url = options.remove("url");
        String user = options.remove("user");
        String password = options.containsKey("password") ? options.remove("password") : passwordFromEnv;
        if (command == null || url == null || url.isEmpty() || !options.isEmpty()) {
            err.println((command == null ? "no command given" : url == null || url.isEmpty() ? "no --url given"
                    : "unknown option(s) " + options.keySet()) + "\n" + USAGE);
            return 2;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            execute(command, connection, out);
            return 0;
        } catch (Exception e) {
            err.println("schema " + command + " failed: " + e);
            return 1;
        }
    }

    private static void execute(String command, Connection connection, PrintStream out) throws Exception {
        EvergreenChangelog changelog = new EvergreenChangelog();
        if ("sql".equals(command)) {
            changelog.printSql(connection, out);
            out.flush();
            return;
        }
        List<String> pending = changelog.pending(connection);
        if ("update".equals(command)) {
            changelog.update(connection);
            out.println("applied " + pending.size() + " change set(s)");
        } else {
            out.println(pending.size() + " change set(s) not run yet" + (pending.isEmpty() ? "" : ":"));
        }
        for (String id : pending) {
            out.println("  " + id);
        }
    }
}
