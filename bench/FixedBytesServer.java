import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The benchmark's ceiling: the JDK's own HTTP server answering each request URI with fixed bytes
 * (a file's content, as application/json), reading and ignoring any request body.
 * Usage: java -Dsun.net.httpserver.nodelay=true FixedBytesServer PORT URI=FILE [URI=FILE ...]
 * (the first body also answers every URI not listed).
 */
public final class FixedBytesServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Map<String, byte[]> bodies = new HashMap<>();
        byte[] first = null;
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].lastIndexOf('=');
            byte[] body = Files.readAllBytes(Path.of(args[i].substring(eq + 1)));
            bodies.put(args[i].substring(0, eq), body);
            first = first == null ? body : first;
        }
        byte[] fallback = first;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = bodies.getOrDefault(exchange.getRequestURI().toString(), fallback);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors() * 2));
        server.start();
    }
}
