package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.app.StoreLocation;

class DataOptionTest {

  @TempDir Path tmp;

  @Test
  void anAddressInAFileIsItsFirstLineThatIsNoComment() throws Exception {
    Path file = tmp.resolve("store");
    Files.writeString(
        file, "# the newsroom's cluster\n\n  opensearchs://trame:s3cret@search-1:9200/news  \n");
    DataOption option = new DataOption();
    option.store = "@" + file;
    StoreLocation location = option.location();
    assertThat(location).isInstanceOf(StoreLocation.OpenSearch.class);
    assertThat(((StoreLocation.OpenSearch) location).address().prefix()).isEqualTo("news");
    assertThat(((StoreLocation.OpenSearch) location).address().password()).isEqualTo("s3cret");
  }

  @Test
  void aMissingOrEmptyFileIsSaidSo() throws Exception {
    DataOption option = new DataOption();
    option.store = "@" + tmp.resolve("none");
    assertThatThrownBy(option::location)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot read the store address in " + tmp.resolve("none") + ": no such file");
    Path empty = tmp.resolve("empty");
    Files.writeString(empty, "# nothing yet\n");
    option.store = "@" + empty;
    assertThatThrownBy(option::location)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(empty + " holds no store address");
  }
}
