package org.trame.store.opensearch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where an OpenSearch store lives, as given to {@code --store}: {@code
 * opensearch://[user:password@]host:port[,host:port…][/prefix][?shards=N]}, or {@code
 * opensearchs://…[?ca=PATH]} for HTTPS. Over HTTPS the certificates in the file {@code ca} names
 * (PEM or DER: the cluster's root CA, as the security plugin's {@code root-ca.pem}) are the only
 * ones trusted; without {@code ca} the JVM's default trust store decides (its {@code
 * javax.net.ssl.trustStore} properties, else the JDK's {@code cacerts}).
 *
 * <p>The password is never shown: not by {@link #toString()}, nor in the messages of a bad address.
 *
 * @param hosts {@code host:port} of each node the client may talk to
 * @param user the user of HTTP basic authentication, or null for none
 * @param password its password ({@code ""} when the address gives none), or null without a user
 * @param prefix the start of every index name: several trame stores can share a cluster
 * @param shards primary shards of the articles index; 1 unless told, since TF-IDF weights and BM25
 *     are exact only over one shard's statistics (see {@link OpenSearchStore})
 * @param ca the file of the certificates to trust over HTTPS, or null for the JVM's trust store
 */
public record OpenSearchAddress(
    List<String> hosts,
    boolean https,
    String user,
    String password,
    String prefix,
    int shards,
    Path ca) {

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
    if (ca != null && !https) {
      throw new IllegalArgumentException(
          "ca= is for HTTPS: write opensearchs:// to use the certificates in " + ca);
    }
  }

  /** The same cluster and settings, another store on it. */
  public OpenSearchAddress withPrefix(String other) {
    return new OpenSearchAddress(hosts, https, user, password, other, shards, ca);
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
    try {
      return read(address);
    } catch (IllegalArgumentException e) {
      // every message names the address as given: never with its password
      String shown = withoutPassword(address);
      String message = String.valueOf(e.getMessage());
      throw message.contains(address) || message.contains(shown)
          ? new IllegalArgumentException(message.replace(address, shown), e.getCause())
          : e;
    }
  }

  /** {@code address} with the password of its credentials, if any, replaced by {@code ***}. */
  static String withoutPassword(String address) {
    int scheme = address.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    int end = address.length();
    for (char c : new char[] {'/', '?'}) {
      int i = address.indexOf(c, start);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    int at = address.lastIndexOf('@', end - 1);
    if (at < start) {
      return address;
    }
    int colon = address.indexOf(':', start);
    if (colon < 0 || colon > at) {
      return address;
    }
    return address.substring(0, colon + 1) + "***" + address.substring(at);
  }

  // up to the last '@' of the word: a password typed there may hold '/', '?' or '@'
  private static final Pattern CREDENTIALS_IN_TEXT =
      Pattern.compile("(?i)(opensearchs?://[^\\s:/?@]*:)\\S*@");

  /**
   * {@code text} (a command line, say) with the password of every OpenSearch address in it replaced
   * by {@code ***}.
   */
  public static String withoutPasswords(String text) {
    return CREDENTIALS_IN_TEXT.matcher(text).replaceAll("$1***@");
  }

  private static OpenSearchAddress read(String address) {
    if (!names(address)) {
      throw new IllegalArgumentException(
          "not an OpenSearch address: '"
              + address
              + "' (opensearch://host:port[,host:port…][/prefix], or opensearchs:// for HTTPS)");
    }
    boolean https = address.toLowerCase(Locale.ROOT).startsWith(TLS_SCHEME + "://");
    String rest = address.substring(address.indexOf("://") + 3);
    int end = rest.length();
    for (char c : new char[] {'/', '?'}) {
      end = rest.indexOf(c) >= 0 ? Math.min(end, rest.indexOf(c)) : end;
    }
    if (rest.indexOf('@', end) >= 0) {
      // a password holding '/' or '?' would be cut there, and shown: refuse without echoing it
      throw new IllegalArgumentException(
          "an OpenSearch address has an '@' after its host: percent-encode any '/', '?', '#' or"
              + " '@' in its user, password or ca path (%2F, %3F, %23, %40)");
    }
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
    Path ca = null;
    if (params.containsKey("ca")) {
      String file = params.remove("ca");
      if (file.isBlank()) {
        throw new IllegalArgumentException("ca= names a file of certificates in " + address);
      }
      ca = Path.of(file);
    }
    if (!params.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown parameter(s) " + params.keySet() + " in " + address + " (known: shards, ca)");
    }
    return new OpenSearchAddress(
        hosts, https, user, password, path.isEmpty() ? DEFAULT_PREFIX : path, shards, ca);
  }

  /** Percent-decoding as in a URI: a '+' stays a '+' (a password may hold one), not a space. */
  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
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
