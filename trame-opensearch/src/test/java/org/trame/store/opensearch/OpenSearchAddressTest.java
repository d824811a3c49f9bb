package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
