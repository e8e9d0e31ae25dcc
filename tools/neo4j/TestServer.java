// A throw-away Neo4j Community server for tests and trials: embedded DBMS with Bolt on
// 127.0.0.1:PORT, authentication on, the neo4j user's password set from the command line.
// Usage: java -cp "lib/*" TestServer.java DATA_DIR PORT PASSWORD [CONFIG_FILE]
// CONFIG_FILE: more settings in neo4j.conf syntax (tools/neo4j-server uses it for a TLS-required server).
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class TestServer {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String password = args[2];
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (args.length > 3) builder.loadPropertiesFromFile(Path.of(args[3]));
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();
        // Embedded transactions run with full rights, so the initial password can be set here
        // instead of through the interactive change-on-first-login of a packaged server.
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD '" + password.replace("'", "\\'") + "' CHANGE NOT REQUIRED");
        } catch (org.neo4j.graphdb.QueryExecutionException e) {
            // a resumed server (same data, same password) has it already
            if (!e.getMessage().contains("cannot be the same")) throw e;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { dbms.shutdown(); stop.countDown(); }));
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stop.await();
    }
}
