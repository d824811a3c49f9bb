package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenSearchAddressTest {

  @Test
  void hostsPrefixAndDefaults() {
    OpenSearchAddress a = OpenSearchAddress.parse("opensearch://10.0.0.1:9200,10.0.0.2/news");
    assertThat(a.hosts()).containsExactly("10.0.0.1:9200", "10.0.0.2:9200");
    assertThat(a.prefix()).isEqualTo("news");
    assertThat(a.https()).isFalse();
    assertThat(a.shards()).isEqualTo(1);
    assertThat(OpenSearchAddress.parse("opensearch://h:1").prefix()).isEqualTo("trame");
  }

  @Test
  void credentialsTlsAndShardsAndThePasswordNeverShown() {
    OpenSearchAddress a =
        OpenSearchAddress.parse("opensearchs://admin:s%40cret@search.example:9200/t?shards=3");
    assertThat(a.https()).isTrue();
    assertThat(a.user()).isEqualTo("admin");
    assertThat(a.password()).isEqualTo("s@cret");
    assertThat(OpenSearchAddress.parse("opensearch://u:a+b%2Bc%25@h:1").password())
        .isEqualTo("a+b+c%");
    assertThat(a.shards()).isEqualTo(3);
    assertThat(a.toString())
        .isEqualTo("opensearchs://admin@search.example:9200/t")
        .doesNotContain("cret");
  }

  @Test
  void whatIsNotAnAddressSaysWhy() {
    assertThat(OpenSearchAddress.names("/var/lib/trame")).isFalse();
    assertThat(OpenSearchAddress.names("OpenSearch://h:1")).isTrue();
    for (String bad :
        List.of(
            "http://h:9200",
            "opensearch://",
            "opensearch://h:1/Upper",
            "opensearch://h:1?x=1",
            "opensearch://h:1?shards=0",
            "opensearch://h:notaport")) {
      assertThatThrownBy(() -> OpenSearchAddress.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aCaFileForHttpsOnly() {
    OpenSearchAddress a =
        OpenSearchAddress.parse("opensearchs://u:p@h:9200/news?ca=/etc/trame/root-ca.pem&shards=2");
    assertThat(a.ca()).isEqualTo(Path.of("/etc/trame/root-ca.pem"));
    assertThat(a.shards()).isEqualTo(2);
    assertThat(OpenSearchAddress.parse("opensearchs://h:1/x?ca=my%20ca.pem").ca())
        .isEqualTo(Path.of("my ca.pem"));
    assertThat(OpenSearchAddress.parse("opensearchs://h:1").ca()).isNull();
    assertThatThrownBy(() -> OpenSearchAddress.parse("opensearch://h:1/x?ca=/etc/ca.pem"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ca= is for HTTPS: write opensearchs://");
    assertThatThrownBy(() -> OpenSearchAddress.parse("opensearchs://h:1/x?ca="))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ca= names a file");
  }

  @Test
  void theMessagesOfABadAddressNeverShowItsPassword() {
    for (String bad :
        List.of(
            "opensearchs://admin:hunter2@h:9200/t?x=1",
            "opensearchs://admin:hunter2@h:9200/t?shards=many",
            "opensearchs://admin:hunter2@h:notaport/t",
            "opensearchs://admin:hunter2@h:9200/Upper",
            "opensearch://admin:hunter2@h:9200/t?ca=/ca.pem",
            // a password holding '/' or '?' that was not percent-encoded
            "opensearchs://admin:hun/ter2@h:9200/t",
            "opensearchs://admin:hun?ter2@h:9200/t")) {
      assertThatThrownBy(() -> OpenSearchAddress.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2", "ter2"));
    }
    assertThatThrownBy(() -> OpenSearchAddress.parse("opensearchs://admin:hunter2@h:1/t?x=1"))
        .hasMessageContaining("in opensearchs://admin:***@h:1/t?x=1");
    assertThatThrownBy(() -> OpenSearchAddress.parse("opensearchs://admin:hun/ter2@h:9200/t"))
        .hasMessageContaining("percent-encode");
    assertThat(OpenSearchAddress.withoutPassword("opensearch://u:p%40ss@h:1,g:2/x?shards=2"))
        .isEqualTo("opensearch://u:***@h:1,g:2/x?shards=2");
    assertThat(OpenSearchAddress.withoutPassword("opensearch://u@h:1/x"))
        .isEqualTo("opensearch://u@h:1/x");
    assertThat(OpenSearchAddress.withoutPassword("opensearch://h:1/x"))
        .isEqualTo("opensearch://h:1/x");
  }

  @Test
  void aCommandLineLosesThePasswordsOfItsAddresses() {
    assertThat(
            OpenSearchAddress.withoutPasswords(
                "java -jar trame.jar ingest --store OpenSearchs://admin:s3c/r?t@h:9200/news x"
                    + " --store=opensearch://u@h:1/t opensearch://h:1 opensearch://v:@h:2/t opensearch://w:a@b@h:3"))
        .isEqualTo(
            "java -jar trame.jar ingest --store OpenSearchs://admin:***@h:9200/news x"
                + " --store=opensearch://u@h:1/t opensearch://h:1 opensearch://v:***@h:2/t opensearch://w:***@h:3");
  }
}
