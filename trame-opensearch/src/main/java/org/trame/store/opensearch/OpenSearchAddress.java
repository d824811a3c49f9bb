package org.trame.store.opensearch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an OpenSearch store lives, as given to {@code --store}: {@code
 * opensearch://[user:password@]host:port[,host:port…][/prefix][?shards=N]}, or {@code
 * opensearchs://…} for HTTPS (the JVM's trust store decides which certificates are good).
 *
 * @param hosts {@code host:port} of each node the client may talk to
 * @param prefix the start of every index name: several trame stores can share a cluster
 * @param shards primary shards of the articles index; 1 unless told, since TF-IDF weights and BM25
 *     are exact only over one shard's statistics (see {@link OpenSearchStore})
 */
public record OpenSearchAddress(
    List<String> hosts, boolean https, String user, String password, String prefix, int shards) {

  public static final String SCHEME = "opensearch";
  public static final String TLS_SCHEME = "opensearchs";
  private static final String DEFAULT_PREFIX = "trame";

  public OpenSearchAddress {
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("an OpenSearch address names at least one host:port");
    }
    if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "index prefix '" + prefix + "': lower-case letters, digits, '-' and '_' only");
    }
    if (shards < 1) {
      throw new IllegalArgumentException("shards: 1 or more, not " + shards);
    }
  }

  /** Whether {@code store} names an OpenSearch store rather than a directory. */
  public static boolean names(String store) {
    String s = store.toLowerCase(Locale.ROOT);
    return s.startsWith(SCHEME + "://") || s.startsWith(TLS_SCHEME + "://");
  }

  /**
   * Reads an address.
   *
   * @throws IllegalArgumentException with what is wrong, for the user
   */
  public static OpenSearchAddress parse(String address) {
    if (!names(address)) {
      throw new IllegalArgumentException(
          "not an OpenSearch address: '"
              + address
              + "' (opensearch://host:port[,host:port…][/prefix], or opensearchs:// for HTTPS)");
    }
    boolean https = address.toLowerCase(Locale.ROOT).startsWith(TLS_SCHEME + "://");
    String rest = address.substring(address.indexOf("://") + 3);
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String path = "";
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      path = rest.substring(slash + 1).replaceAll("/+$", "");
      rest = rest.substring(0, slash);
    }
    String user = null;
    String password = null;
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      String credentials = rest.substring(0, at);
      rest = rest.substring(at + 1);
      int colon = credentials.indexOf(':');
      user = decode(colon < 0 ? credentials : credentials.substring(0, colon));
      password = colon < 0 ? "" : decode(credentials.substring(colon + 1));
    }
    List<String> hosts = new ArrayList<>();
    for (String host : rest.split(",")) {
      String h = host.strip();
      if (h.isEmpty()) {
        continue;
      }
      if (!h.contains(":")) {
        h = h + ":9200";
      }
      try {
        URI check = URI.create("http://" + h);
        if (check.getHost() == null || check.getPort() < 1) {
          throw new IllegalArgumentException("bad host '" + h + "' in " + address);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad host '" + h + "' in " + address, e);
      }
      hosts.add(h);
    }
    Map<String, String> params = new HashMap<>();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        params.put(
            eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    int shards = 1;
    if (params.containsKey("shards")) {
      try {
        shards = Integer.parseInt(params.remove("shards"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("shards must be a number in " + address, e);
      }
    }
    if (!params.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown parameter(s) " + params.keySet() + " in " + address + " (known: shards)");
    }
    return new OpenSearchAddress(
        hosts, https, user, password, path.isEmpty() ? DEFAULT_PREFIX : path, shards);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The address as the user may see it: never the password. */
  @Override
  public String toString() {
    return (https ? TLS_SCHEME : SCHEME)
        + "://"
        + (user == null ? "" : user + "@")
        + String.join(",", hosts)
        + "/"
        + prefix;
  }
}
