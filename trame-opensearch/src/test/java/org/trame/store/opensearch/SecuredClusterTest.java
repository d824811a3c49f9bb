package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.store.StoreException;
import org.trame.story.Story;

/**
 * The store over HTTPS with basic authentication, as on a cluster with the security plugin on: a
 * {@link SecuringProxy} with a certificate signed by a CA made for the test stands in front of the
 * test cluster, and every request of the store goes through it.
 */
class SecuredClusterTest {

  private static final String USER = "trame";
  // '@' and '/' percent-encoded in the address, as a user must
  private static final String PASSWORD = "s3cr@t/Pw";
  private static final String ENCODED = "s3cr%40t%2FPw";

  @TempDir static Path dir;
  private static TestCertificates certificates;
  private static TestCertificates stranger;
  private static SecuringProxy proxy;

  @BeforeAll
  static void start() throws Exception {
    certificates = TestCertificates.make(dir, "cluster");
    stranger = TestCertificates.make(dir, "stranger");
    proxy =
        new SecuringProxy(
            TestCluster.shared().httpHosts().get(0),
            certificates.serverKeyStore(),
            TestCertificates.PASSWORD,
            USER,
            PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (proxy != null) {
      proxy.close();
    }
  }

  private static String prefix() {
    return "tls-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static OpenSearchAddress secured(String credentials, String prefix, String query) {
    return OpenSearchAddress.parse(
        "opensearchs://" + credentials + "@" + proxy.hostPort() + "/" + prefix + query);
  }

  private static String ca(Path file) {
    return "?ca=" + file;
  }

  private static void write(Path folder, String name, String text) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(name), text);
  }

  @Test
  void aStoreBehindTlsAndBasicAuthIngestsAndReadsBack() throws Exception {
    Path news = dir.resolve("news");
    write(
        news,
        "fjord-1.txt",
        " date 2022-12-19\nTom Cruise saute d'une falaise norvégienne à moto\n"
            + "L'acteur Tom Cruise a sauté à moto d'une falaise au-dessus d'un fjord norvégien"
            + " pour le tournage du prochain Mission impossible.\n");
    write(
        news,
        "fjord-2.txt",
        " date 2022-12-20\nLa cascade de Tom Cruise au-dessus d'un fjord\n"
            + "Tom Cruise a sauté à moto d'une falaise au-dessus d'un fjord norvégien pour le"
            + " tournage de Mission impossible, une cascade préparée pendant des mois.\n");
    write(
        news,
        "budget.txt",
        " date 2022-12-19\nLe budget de la ville voté en conseil municipal\n"
            + "Le conseil municipal a voté mardi soir le budget de la ville pour l'année"
            + " prochaine, avec une hausse des dépenses d'entretien des écoles.\n");
    String prefix = prefix();
    OpenSearchAddress address = secured(USER + ":" + ENCODED, prefix, ca(certificates.ca()));
    assertThat(address.password()).isEqualTo(PASSWORD);
    int before = proxy.forwarded.get();
    int challenged = proxy.challenged.get();

    try (Trame trame =
        Trame.over(
            OpenSearchStore.openForWriting(address), Clock.systemUTC(), Trame.Options.defaults())) {
      IngestReport report = trame.ingest(List.of(news), IngestListener.NONE);
      assertThat(report.stored()).isEqualTo(3);
    }
    assertThat(proxy.forwarded.get() - before).as("requests through the proxy").isGreaterThan(10);

    try (Trame trame =
        Trame.over(
            OpenSearchStore.openForReading(address), Clock.systemUTC(), Trame.Options.defaults())) {
      assertThat(trame.status().articles()).isEqualTo(3);
      assertThat(trame.article("fjord-1.txt").orElseThrow().article().title())
          .isEqualTo("Tom Cruise saute d'une falaise norvégienne à moto");
      assertThat(trame.search("fjord", 10))
          .extracting(h -> h.articleId())
          .containsExactlyInAnyOrder("fjord-1.txt", "fjord-2.txt");
      // the same stories as the embedded store makes of the same files
      List<Set<String>> embedded;
      try (Trame local = Trame.open(dir.resolve("embedded-" + prefix))) {
        local.ingest(List.of(news), IngestListener.NONE);
        embedded = grouping(local.stories());
      }
      assertThat(grouping(trame.stories())).isEqualTo(embedded);
    }
    // the client sends the credentials with every request, not after a 401 each time
    assertThat(proxy.challenged.get() - challenged).as("requests answered 401").isZero();
    // the same indices, read straight from the node without the proxy: it wrote to the real node
    OpenSearchAddress plain =
        OpenSearchAddress.parse(TestCluster.shared().storeAddress() + "/" + prefix);
    try (OpenSearchStore store = OpenSearchStore.openForReading(plain)) {
      assertThat(store.counts().articles()).isEqualTo(3);
    }
  }

  private static List<Set<String>> grouping(List<Story> stories) {
    return stories.stream()
        .map(s -> (Set<String>) new TreeSet<>(s.articleIds()))
        .sorted(Comparator.comparing(Set::toString))
        .toList();
  }

  @Test
  void wrongOrMissingCredentialsAreOneClearErrorThatNeverShowsThePassword() {
    OpenSearchAddress wrong = secured(USER + ":n0t-" + ENCODED, prefix(), ca(certificates.ca()));
    assertThatThrownBy(() -> OpenSearchStore.openForReading(wrong))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "OpenSearch at opensearchs://trame@"
                + proxy.hostPort()
                + "/"
                + wrong.prefix()
                + " refused the credentials of user 'trame' (401): check the user and password"
                + " in the address")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr"));
    assertThatThrownBy(() -> OpenSearchStore.openForWriting(wrong))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("refused the credentials of user 'trame' (401)");

    OpenSearchAddress none =
        OpenSearchAddress.parse(
            "opensearchs://" + proxy.hostPort() + "/" + prefix() + ca(certificates.ca()));
    assertThatThrownBy(() -> OpenSearchStore.openForReading(none))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("asks for credentials (401)")
        .hasMessageContaining("opensearchs://USER:PASSWORD@host:port/prefix");
  }

  @Test
  void aPermissionRefusedIsOneClearErrorNamingTheUserAndTheCall() {
    proxy.readOnlyUser("reader", "r3ader");
    OpenSearchAddress reader = secured("reader:r3ader", prefix(), ca(certificates.ca()));
    assertThatThrownBy(() -> OpenSearchStore.openForWriting(reader))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "OpenSearch at "
                + reader
                + " does not let user 'reader' PUT /"
                + reader.prefix()
                + "-meta (403): security_exception: no permissions for [indices:admin/create] and"
                + " User [name=reader, backend_roles=[], requestedTenant=null]; the permissions"
                + " trame needs are in docs/opensearch.md");
  }

  @Test
  void aCertificateNotTrustedIsOneClearError() {
    // the JVM's own trust store knows nothing of the test CA
    OpenSearchAddress jvm = secured(USER + ":" + ENCODED, prefix(), "");
    assertThatThrownBy(() -> OpenSearchStore.openForReading(jvm))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "OpenSearch at " + jvm + " presented a certificate that is not trusted (by the JVM's")
        .hasMessageContaining("give the cluster's CA certificate with ?ca=PATH")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr"));
    // another CA than the one that signed it
    OpenSearchAddress other = secured(USER + ":" + ENCODED, prefix(), ca(stranger.ca()));
    assertThatThrownBy(() -> OpenSearchStore.openForReading(other))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "presented a certificate that is not trusted (not signed by the certificates in "
                + stranger.ca());
  }

  @Test
  void aCaFileThatCannotBeReadAndPlainHttpToTheTlsPortAreClearErrors() throws Exception {
    Path missing = dir.resolve("no-such-ca.pem");
    OpenSearchAddress absent = secured(USER + ":" + ENCODED, prefix(), ca(missing));
    assertThatThrownBy(() -> OpenSearchStore.openForReading(absent))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot read the certificates to trust in " + missing);
    Path notPem = dir.resolve("not-a-certificate.pem");
    Files.writeString(notPem, "hello\n");
    OpenSearchAddress garbage = secured(USER + ":" + ENCODED, prefix(), ca(notPem));
    assertThatThrownBy(() -> OpenSearchStore.openForReading(garbage))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("certificates to trust in " + notPem);

    OpenSearchAddress plain =
        OpenSearchAddress.parse(
            "opensearch://" + USER + ":" + ENCODED + "@" + proxy.hostPort() + "/" + prefix());
    assertThatThrownBy(() -> OpenSearchStore.openForReading(plain))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("write opensearchs://")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr"));
  }
}
