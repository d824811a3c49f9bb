package org.trame.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A real OpenSearch cluster on loopback for the tests: N nodes, each a JVM of its own running
 * {@code org.trame.opensearchnode.NodeMain} (module trame-opensearch-node), since OpenSearch's
 * Lucene cannot share this JVM's class path. Ports are picked free at start; each node has a temp
 * home, deleted by {@link #close()}, and a log (its stdout and stderr, appended across restarts)
 * under {@code target/opensearch-nodes/}.
 *
 * <p>{@link #shared()} starts one 2-node cluster per test JVM, on first use, and closes it when the
 * JVM exits: starting costs some 15 s of CPU on a 2-core machine. A test that stops or kills a node
 * of the shared cluster must bring it back to green before it ends.
 *
 * <p>With 2 nodes the voting configuration holds one node only (OpenSearch keeps it odd): losing
 * the other node leaves the cluster yellow and usable, but losing the elected cluster manager
 * leaves it without one until that node comes back. {@link #clusterManager()} tells which it is.
 */
public final class TestCluster implements AutoCloseable {

  /** Cluster health colours, in the order OpenSearch ranks them. */
  public enum Health {
    RED,
    YELLOW,
    GREEN;

    String parameter() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One node's fixed identity: the same ports and home across restarts. */
  record NodeSpec(String name, Path home, int httpPort, int transportPort, Path log) {
    String httpHost() {
      return LOOPBACK + ":" + httpPort;
    }

    String transportHost() {
      return LOOPBACK + ":" + transportPort;
    }
  }

  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final int LOG_TAIL_LINES = 40;

  /**
   * The node JVM's flags. The heap is small since test indices are; C1 only and the serial
   * collector, because on 2 cores the C2 compiler threads and G1's workers slow the start more than
   * they help a short test (11 s instead of 23 s to green for 2 nodes, 230 MB of RSS instead of
   * 320). The last two only silence JDK 25's warnings about Lucene's and Netty's native access.
   */
  private static final List<String> NODE_JVM_FLAGS =
      List.of(
          "-Xms256m",
          "-Xmx512m",
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          // the node closes itself on SIGTERM and logs while doing so: log4j must outlive it
          "-Dlog4j.shutdownHookEnabled=false",
          "-Dlog4j2.disable.jmx=true",
          "--enable-native-access=ALL-UNNAMED",
          "--sun-misc-unsafe-memory-access=allow");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestCluster shared;

  private final String clusterName;
  private final List<NodeSpec> nodes;
  private final Process[] processes;
  private final Path tempRoot;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestCluster(String clusterName, List<NodeSpec> nodes, Path tempRoot) {
    this.clusterName = clusterName;
    this.nodes = List.copyOf(nodes);
    this.processes = new Process[nodes.size()];
    this.tempRoot = tempRoot;
  }

  /** The 2-node cluster shared by all the test classes of this JVM, started on first use. */
  public static synchronized TestCluster shared() {
    if (shared == null) {
      TestCluster cluster = start(2);
      Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "test-cluster-close"));
      shared = cluster;
    }
    return shared;
  }

  /** Starts a cluster of {@code size} nodes and returns once it is green with all of them. */
  public static TestCluster start(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a cluster needs a node at least: " + size);
    }
    String clusterName = "trame-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    Path logDir = Path.of("target", "opensearch-nodes", clusterName).toAbsolutePath();
    try {
      Files.createDirectories(logDir);
      Path tempRoot = Files.createTempDirectory("trame-opensearch-");
      List<Integer> ports = freePorts(2 * size);
      List<NodeSpec> nodes = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        String name = "node-" + i;
        nodes.add(
            new NodeSpec(
                name,
                tempRoot.resolve(name),
                ports.get(2 * i),
                ports.get(2 * i + 1),
                logDir.resolve(name + ".log")));
      }
      TestCluster cluster = new TestCluster(clusterName, nodes, tempRoot);
      long started = System.nanoTime();
      try {
        for (int i = 0; i < size; i++) {
          cluster.startNode(i);
        }
        cluster.awaitHealth(Health.GREEN, size);
        // the figure that makes sharing the cluster worth it, in the test's output
        System.err.printf(
            "TestCluster: %d nodes green in %d ms, logs in %s%n",
            size, Duration.ofNanos(System.nanoTime() - started).toMillis(), logDir);
      } catch (RuntimeException | Error e) {
        cluster.close();
        throw e;
      }
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ports the OS just gave as free; all held at once so that none comes twice. */
  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK)));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  public int size() {
    return nodes.size();
  }

  /** The REST addresses of all the nodes, running or not, as {@code 127.0.0.1:PORT}. */
  public List<String> httpHosts() {
    return nodes.stream().map(NodeSpec::httpHost).toList();
  }

  /** The store address of this cluster: {@code opensearch://127.0.0.1:P1,127.0.0.1:P2}. */
  public String storeAddress() {
    return "opensearch://" + String.join(",", httpHosts());
  }

  /** A store of its own on this cluster: a prefix {@code name-} and 8 random characters. */
  public OpenSearchAddress freshStore(String name) {
    return OpenSearchAddress.parse(
        storeAddress() + "/" + name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8));
  }

  public String nodeName(int index) {
    return nodes.get(index).name();
  }

  public synchronized boolean isRunning(int index) {
    Process process = processes[index];
    return process != null && process.isAlive();
  }

  /**
   * A client over the REST addresses of all the nodes (the transport moves on to the next one when
   * a node does not answer). The caller closes it with {@code client._transport().close()}.
   */
  public OpenSearchClient client() {
    HttpHost[] hosts =
        nodes.stream()
            .map(node -> new HttpHost("http", LOOPBACK, node.httpPort()))
            .toArray(HttpHost[]::new);
    return new OpenSearchClient(
        ApacheHttpClient5TransportBuilder.builder(hosts)
            .setMapper(new JacksonJsonpMapper())
            .build());
  }

  /** Starts node {@code index} again, on its home and ports; does not wait for it to join. */
  public synchronized void startNode(int index) {
    if (isRunning(index)) {
      throw new IllegalStateException(nodeName(index) + " is already running");
    }
    NodeSpec node = nodes.get(index);
    String nodeDir = System.getProperty("trame.opensearch.node");
    if (nodeDir == null) {
      throw new IllegalStateException(
          "system property trame.opensearch.node is not set: run through Maven (see this module's"
              + " pom), or set it to trame-opensearch-node/target");
    }
    Path jar = Path.of(nodeDir, "trame-opensearch-node.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: build trame-opensearch-node first (mvn package -pl"
              + " trame-opensearch-node)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(NODE_JVM_FLAGS);
    command.add("-Djava.io.tmpdir=" + node.home().resolve("tmp"));
    command.add("-cp");
    command.add(jar + File.pathSeparator + Path.of(nodeDir, "lib", "*"));
    command.add("org.trame.opensearchnode.NodeMain");
    command.addAll(
        List.of(
            "--cluster-name", clusterName,
            "--node-name", node.name(),
            "--home", node.home().toString(),
            "--http-port", Integer.toString(node.httpPort()),
            "--transport-port", Integer.toString(node.transportPort()),
            "--seed-hosts",
                nodes.stream().map(NodeSpec::transportHost).collect(Collectors.joining(",")),
            "--cluster-managers",
                nodes.stream().map(NodeSpec::name).collect(Collectors.joining(",")),
            // stdin stays a pipe from this JVM: if this JVM dies, even killed, the node exits
            "--exit-on-stdin-eof", "true"));
    try {
      Files.createDirectories(node.home().resolve("tmp"));
      Files.writeString(
          node.log(),
          "==== start " + Instant.now() + ": " + String.join(" ", command) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      processes[index] =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(node.log().toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + node.name(), e);
    }
  }

  /** Stops node {@code index} as an operator would: SIGTERM, and waits for its JVM to end. */
  public synchronized void stopNode(int index) {
    Process process = runningProcess(index);
    process.destroy();
    try {
      boolean stopped = process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      processes[index] = null;
      if (!stopped) {
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(
            nodeName(index)
                + " did not stop within "
                + STOP_TIMEOUT
                + "; killed\n"
                + logTail(index));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping " + nodeName(index), e);
    }
  }

  /** Kills node {@code index} like a crash (SIGKILL), and waits for its JVM to end. */
  public synchronized void killNode(int index) {
    Process process = runningProcess(index);
    try {
      process.destroyForcibly().waitFor();
      processes[index] = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while killing " + nodeName(index), e);
    }
  }

  private Process runningProcess(int index) {
    if (!isRunning(index)) {
      throw new IllegalStateException(nodeName(index) + " is not running");
    }
    return processes[index];
  }

  /** The resident memory of node {@code index}'s JVM now, in kB (Linux only: from /proc). */
  public long residentKilobytes(int index) {
    return procStatusKilobytes(index, "VmRSS:");
  }

  /** The most resident memory node {@code index}'s JVM has had, in kB (Linux only). */
  public long peakResidentKilobytes(int index) {
    return procStatusKilobytes(index, "VmHWM:");
  }

  private long procStatusKilobytes(int index, String field) {
    Path status = Path.of("/proc", Long.toString(runningProcess(index).pid()), "status");
    try (Stream<String> lines = Files.lines(status)) {
      return lines
          .filter(line -> line.startsWith(field))
          .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for all the running nodes to see this cluster's health at {@code status} or better. */
  public void awaitHealth(Health status, int nodeCount) {
    awaitHealth(status, nodeCount, START_TIMEOUT);
  }

  /**
   * Waits until the cluster, asked through any running node, reports {@code status} or better with
   * exactly {@code nodeCount} nodes; fails with the last answer and the tail of each node's log.
   */
  public void awaitHealth(Health status, int nodeCount, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastAnswer = "no answer yet";
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < size(); i++) {
        // stopped or killed nodes are forgotten: a process that ended is one that died by itself
        if (processes[i] != null && !processes[i].isAlive()) {
          throw new IllegalStateException(
              nodeName(i) + " died (exit " + processes[i].exitValue() + ")\n" + logTail(i));
        }
      }
      for (int i = 0; i < size() && System.nanoTime() < deadline; i++) {
        if (!isRunning(i)) {
          continue;
        }
        String path =
            "/_cluster/health?wait_for_status="
                + status.parameter()
                + "&wait_for_nodes="
                + nodeCount
                + "&timeout=2s";
        try {
          HttpResponse<String> response = get(i, path);
          lastAnswer = nodeName(i) + ": HTTP " + response.statusCode() + " " + response.body();
          if (response.statusCode() == 200) {
            JsonNode health = JSON.readTree(response.body());
            if (!health.path("timed_out").asBoolean(true)
                && health.path("number_of_nodes").asInt() == nodeCount) {
              return;
            }
          }
        } catch (IOException e) {
          // not listening yet, or going down: ask again
          lastAnswer = nodeName(i) + ": " + e;
        }
      }
      sleep(Duration.ofMillis(200));
    }
    throw new IllegalStateException(
        "cluster not "
            + status.parameter()
            + " with "
            + nodeCount
            + " nodes within "
            + timeout
            + "; last answer: "
            + lastAnswer
            + "\n"
            + IntStream.range(0, size()).mapToObj(this::logTail).collect(Collectors.joining("\n")));
  }

  /** GET {@code path} on node {@code index}'s REST port. */
  public HttpResponse<String> get(int index, String path) throws IOException {
    return send(index, "GET", path, HttpRequest.BodyPublishers.noBody());
  }

  /** PUT the JSON {@code body} to {@code path} on node {@code index}'s REST port. */
  public HttpResponse<String> put(int index, String path, String body) throws IOException {
    return send(index, "PUT", path, HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(
      int index, String method, String path, HttpRequest.BodyPublisher body) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + nodes.get(index).httpHost() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(method, body)
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The index of the elected cluster manager, as the first running node sees it. */
  public int clusterManager() throws IOException {
    int asked = IntStream.range(0, size()).filter(this::isRunning).findFirst().orElseThrow();
    String name = get(asked, "/_cat/cluster_manager?h=node").body().strip();
    return indexOf(name);
  }

  /** The index of the node named {@code name}. */
  public int indexOf(String name) {
    return IntStream.range(0, size())
        .filter(i -> nodeName(i).equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no node named " + name));
  }

  private String logTail(int index) {
    Path log = nodes.get(index).log();
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "---- last lines of "
          + log
          + "\n"
          + String.join(
              "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "---- " + log + " unreadable: " + e;
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Kills every node and deletes their homes; the logs stay under target/ for diagnosis. */
  @Override
  public synchronized void close() {
    for (int i = 0; i < size(); i++) {
      if (isRunning(i)) {
        killNode(i);
      }
    }
    try (Stream<Path> paths = Files.walk(tempRoot)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + tempRoot, e);
    }
  }
}
