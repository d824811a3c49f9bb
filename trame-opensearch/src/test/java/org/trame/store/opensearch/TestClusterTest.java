package org.trame.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.Result;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.opensearch.client.opensearch.core.IndexResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.trame.store.opensearch.TestCluster.Health;

/** The test cluster itself, through the official client: formed, analysing French, surviving. */
class TestClusterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static TestCluster cluster;
  private static OpenSearchClient client;

  record Film(String title) {}

  record Doc(int number) {}

  @BeforeAll
  static void startCluster() {
    cluster = TestCluster.shared();
    client = cluster.client();
  }

  @AfterAll
  static void closeClient() throws Exception {
    client._transport().close();
    // a figure for the record: what a node costs on the test machine
    for (int i = 0; i < cluster.size(); i++) {
      if (cluster.isRunning(i)) {
        System.err.printf(
            "TestClusterTest: %s resident %d MB, peak %d MB%n",
            cluster.nodeName(i),
            cluster.residentKilobytes(i) / 1024,
            cluster.peakResidentKilobytes(i) / 1024);
      }
    }
  }

  @Test
  void twoNodesFormOneGreenCluster() throws IOException {
    HealthResponse health = client.cluster().health();

    assertThat(health.status()).isEqualTo(HealthStatus.Green);
    assertThat(health.numberOfNodes()).isEqualTo(2);
    assertThat(health.numberOfDataNodes()).isEqualTo(2);
    assertThat(cluster.storeAddress())
        .isEqualTo("opensearch://" + String.join(",", cluster.httpHosts()))
        .matches("opensearch://127\\.0\\.0\\.1:\\d+,127\\.0\\.0\\.1:\\d+");
  }

  @Test
  void theFrenchAnalyzerFindsAWordByItsStem() throws IOException {
    String index = "films";
    client
        .indices()
        .create(c ->
            c.index(index)
                .settings(s -> s.numberOfShards(1).numberOfReplicas(1))
                .mappings(m ->
                    m.properties(
                        "title",
                        p ->
                            p.text(t ->
                                t.analyzer("french")
                                    // the same words, cut but not stemmed: the
                                    // control that proves the stemming is French
                                    .fields("plain", f -> f.text(x -> x.analyzer("standard")))))));
    try {
      client.index(i ->
          i.index(index).id("1").document(new Film("Les cascades du film")).refresh(Refresh.True));

      assertThat(titlesMatching(index, "title", "cascade")).containsExactly("Les cascades du film");
      assertThat(titlesMatching(index, "title.plain", "cascade")).isEmpty();
      // the French analyzer drops "les" as a stop word
      assertThat(titlesMatching(index, "title", "les")).isEmpty();
    } finally {
      client.indices().delete(d -> d.index(index));
    }
  }

  private List<String> titlesMatching(String index, String field, String words) throws IOException {
    SearchResponse<Film> response =
        client.search(
            s ->
                s.index(index).query(q -> q.match(m -> m.field(field).query(FieldValue.of(words)))),
            Film.class);
    return response.hits().hits().stream().map(Hit::source).map(Film::title).toList();
  }

  /**
   * Kills, like a crash, the node holding the primary, and counts. With 2 nodes only the elected
   * cluster manager votes, so the victim is the other node, and the primary is put there on
   * purpose: first created there alone, then given its replica.
   */
  @Test
  void everyAcknowledgedDocumentSurvivesTheCrashOfThePrimarysNode() throws Exception {
    String index = "survivors";
    int manager = cluster.clusterManager();
    int victim = 1 - manager;
    String victimName = cluster.nodeName(victim);
    client
        .indices()
        .create(c ->
            c.index(index)
                .settings(s ->
                    s.numberOfShards(1)
                        .numberOfReplicas(0)
                        .customSettings(
                            "index.routing.allocation.require._name", JsonData.of(victimName))));
    try {
      cluster.awaitHealth(Health.GREEN, 2);
      // JSON null removes the setting, which the typed client cannot send
      assertThat(
              cluster
                  .put(
                      manager,
                      "/" + index + "/_settings",
                      "{\"index.routing.allocation.require._name\": null,"
                          + " \"index.number_of_replicas\": 1}")
                  .statusCode())
          .isEqualTo(200);
      cluster.awaitHealth(Health.GREEN, 2);
      assertThat(primaryNode(index)).isEqualTo(victimName);

      int acknowledged = 0;
      for (int n = 0; n < 200; n++) {
        int number = n;
        IndexResponse response =
            client.index(
                i -> i.index(index).id(Integer.toString(number)).document(new Doc(number)));
        if (response.result() == Result.Created) {
          acknowledged++;
        }
      }
      client.indices().refresh(r -> r.index(index));
      assertThat(acknowledged).isEqualTo(200);

      cluster.killNode(victim);
      cluster.awaitHealth(Health.YELLOW, 1);

      assertThat(primaryNode(index)).isEqualTo(cluster.nodeName(manager));
      assertThat(client.count(c -> c.index(index)).count()).isEqualTo(200);
      // and the survivor takes writes alone
      client.index(i -> i.index(index).id("200").document(new Doc(200)).refresh(Refresh.True));

      cluster.startNode(victim);
      cluster.awaitHealth(Health.GREEN, 2);
      // the restarted node's own copy, the one written while it was down included
      assertThat(localCount(victim, index)).isEqualTo(201);
    } finally {
      if (!cluster.isRunning(victim)) {
        cluster.startNode(victim);
        cluster.awaitHealth(Health.GREEN, 2);
      }
      client.indices().delete(d -> d.index(index));
    }
  }

  @Test
  void aNodeStoppedBySigtermLeavesAndComesBackOnItsData() throws IOException {
    int other = 1 - cluster.clusterManager();
    String nodeId = nodeIdOf(other);

    cluster.stopNode(other);
    assertThat(cluster.isRunning(other)).isFalse();
    cluster.awaitHealth(Health.GREEN, 1);

    cluster.startNode(other);
    cluster.awaitHealth(Health.GREEN, 2);
    // the id lives in the node's data folder: the same id, the same data
    assertThat(nodeIdOf(other)).isEqualTo(nodeId);
  }

  private static String nodeIdOf(int node) throws IOException {
    return cluster
        .get(node, "/_cat/nodes?h=id,name&full_id=true")
        .body()
        .lines()
        .map(line -> line.strip().split("\\s+"))
        .filter(fields -> fields[1].equals(cluster.nodeName(node)))
        .map(fields -> fields[0])
        .findFirst()
        .orElseThrow();
  }

  /** The name of the node holding the primary of the one shard of {@code index}. */
  private static String primaryNode(String index) throws IOException {
    int asked = cluster.isRunning(0) ? 0 : 1;
    JsonNode shards =
        JSON.readTree(
            cluster
                .get(asked, "/_cat/shards/" + index + "?format=json&h=prirep,state,node")
                .body());
    List<String> primaries = new ArrayList<>();
    for (JsonNode shard : shards) {
      if (shard.path("prirep").asText().equals("p")
          && shard.path("state").asText().equals("STARTED")) {
        primaries.add(shard.path("node").asText());
      }
    }
    assertThat(primaries).as("started primaries of %s: %s", index, shards).hasSize(1);
    return primaries.get(0);
  }

  private static long localCount(int node, String index) throws IOException {
    JsonNode count =
        JSON.readTree(cluster.get(node, "/" + index + "/_count?preference=_only_local").body());
    return count.path("count").asLong(-1);
  }
}
