package org.trame.opensearchnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * Runs one OpenSearch node in this JVM, bound to 127.0.0.1 only, for the OpenSearch store's tests
 * and benchmarks (never shipped). One JVM per node: OpenSearch's Lucene (10.3) cannot share a class
 * path with the embedded store's (10.6), and a node per process lets a test kill one like a crash.
 *
 * <p>Arguments, all required:
 *
 * <pre>
 * --cluster-name NAME        the cluster the node joins
 * --node-name NAME           this node's name, unique in the cluster
 * --home DIR                 the node's home; its data go to DIR/data, created if missing
 * --http-port PORT           the REST port
 * --transport-port PORT      the node-to-node port
 * --seed-hosts H:P,H:P       the transport addresses of all the nodes (this one may be among them)
 * --cluster-managers N,N     the names of the nodes that vote in the first election
 * </pre>
 *
 * <p>and one optional: {@code --exit-on-stdin-eof true} makes the node close and exit when its
 * stdin is closed, that is when the JVM that started it with a pipe dies, even by SIGKILL: no test
 * run then leaves nodes behind.
 *
 * <p>Once started, it prints {@code READY http=127.0.0.1:PORT} on stdout; it closes the node on
 * SIGTERM. Logs go to stderr at WARN (log4j2.properties in this module).
 *
 * <p>The classpath plugins are the two the store needs: the netty4 transport (REST and
 * node-to-node) and the common analysis (the {@code french} analyzer among them).
 */
public final class NodeMain {

  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class);

  private NodeMain() {}

  /** The command line, checked. */
  record NodeArgs(
      String clusterName,
      String nodeName,
      Path home,
      int httpPort,
      int transportPort,
      List<String> seedHosts,
      List<String> clusterManagers,
      boolean exitOnStdinEof) {

    static NodeArgs parse(String[] args) {
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("arguments go by pairs: --key value");
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < args.length; i += 2) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("expected --key, got " + args[i]);
        }
        values.put(args[i].substring(2), args[i + 1]);
      }
      return new NodeArgs(
          required(values, "cluster-name"),
          required(values, "node-name"),
          Path.of(required(values, "home")).toAbsolutePath(),
          Integer.parseInt(required(values, "http-port")),
          Integer.parseInt(required(values, "transport-port")),
          List.of(required(values, "seed-hosts").split(",")),
          List.of(required(values, "cluster-managers").split(",")),
          Boolean.parseBoolean(values.getOrDefault("exit-on-stdin-eof", "false")));
    }

    private static String required(Map<String, String> values, String key) {
      String value = values.get(key);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("missing --" + key);
      }
      return value;
    }

    Settings settings() {
      return Settings.builder()
          .put("cluster.name", clusterName)
          .put("node.name", nodeName)
          .put("path.home", home.toString())
          .put("path.data", home.resolve("data").toString())
          .put("path.logs", home.resolve("logs").toString())
          // loopback only: it also keeps OpenSearch in development mode, where the production
          // bootstrap checks (file descriptors, mmap count, ...) only warn
          .put("network.host", "127.0.0.1")
          .put("http.port", httpPort)
          .put("transport.port", transportPort)
          .putList("discovery.seed_hosts", seedHosts)
          .putList("cluster.initial_cluster_manager_nodes", clusterManagers)
          .put("bootstrap.memory_lock", false)
          // a test machine's disk may be nearly full: replicas must still be allocated
          .put("cluster.routing.allocation.disk.threshold_enabled", false)
          .build();
    }
  }

  /**
   * OpenSearch's public constructor only loads plugins from the home's plugins and modules folders;
   * the one that takes classpath plugins is protected, hence this subclass.
   */
  static final class ClasspathPluginsNode extends Node {
    ClasspathPluginsNode(Environment environment, List<Class<? extends Plugin>> plugins) {
      super(environment, pluginInfos(plugins), true);
    }

    private static List<PluginInfo> pluginInfos(List<Class<? extends Plugin>> plugins) {
      List<PluginInfo> infos = new ArrayList<>();
      for (Class<? extends Plugin> plugin : plugins) {
        infos.add(
            new PluginInfo(
                plugin.getName(),
                "classpath plugin",
                "NA",
                Version.CURRENT,
                Integer.toString(Runtime.version().feature()),
                plugin.getName(),
                List.of(),
                false));
      }
      return infos;
    }
  }

  public static void main(String[] args) throws IOException, NodeValidationException {
    checkLuceneVersion();
    NodeArgs nodeArgs = NodeArgs.parse(args);
    Files.createDirectories(nodeArgs.home().resolve("config"));
    Environment environment =
        InternalSettingsPreparer.prepareEnvironment(
            nodeArgs.settings(), Map.of(), null, nodeArgs::nodeName);
    Node node = new ClasspathPluginsNode(environment, PLUGINS);

    // the hook closes the node on SIGTERM; main waits for it, since the node's own threads would
    // not keep the JVM alive on their own
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    node.close();
                    node.awaitClose(30, TimeUnit.SECONDS);
                  } catch (IOException | InterruptedException e) {
                    System.err.println("node close failed: " + e);
                  } finally {
                    closed.countDown();
                  }
                },
                "node-close"));

    node.start();
    if (nodeArgs.exitOnStdinEof()) {
      Thread watch = new Thread(NodeMain::exitOnStdinEof, "stdin-eof-watch");
      watch.setDaemon(true);
      watch.start();
    }
    String http =
        node.injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress()
            .toString();
    System.out.println("READY http=" + http);
    System.out.flush();
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * OpenSearch only asserts that its Lucene is the one it was built on, and assertions are off: a
   * class path with another Lucene (the parent pom manages trame's own) would otherwise start and
   * fail later, far from the cause.
   */
  private static void checkLuceneVersion() {
    org.apache.lucene.util.Version expected = Version.CURRENT.luceneVersion;
    org.apache.lucene.util.Version found = org.apache.lucene.util.Version.LATEST;
    if (!expected.equals(found)) {
      throw new IllegalStateException(
          "OpenSearch "
              + Version.CURRENT
              + " needs Lucene "
              + expected
              + " but the class path has "
              + found
              + ": rebuild trame-opensearch-node (its target/lib)");
    }
  }

  /** Reads stdin to its end, then exits, which runs the hook that closes the node. */
  private static void exitOnStdinEof() {
    try {
      while (System.in.read() >= 0) {
        // nothing is ever sent: only the end matters
      }
    } catch (IOException e) {
      // a broken pipe means the same as its end
    }
    System.exit(0);
  }
}
