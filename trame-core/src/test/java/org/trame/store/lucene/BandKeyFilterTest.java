package org.trame.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandKeyFilterTest {

  @Test
  void everyKeyAddedIsFoundAndFewOthersPass() throws Exception {
    BandKeyFilter filter = BandKeyFilter.load(null, "band");
    SplittableRandom random = new SplittableRandom(5);
    long[] added = random.longs(4000).toArray();
    for (long key : added) {
      filter.add(key);
    }
    for (long key : added) {
      assertThat(filter.mightContain(key)).isTrue();
    }
    long passing = random.longs(100_000).filter(filter::mightContain).count();
    assertThat(passing).isLessThan(2_000);
    assertThat(filter.full()).isFalse();
  }

  @Test
  void isFullPastTheKeysItWasSizedFor() throws Exception {
    BandKeyFilter filter = BandKeyFilter.load(null, "band");
    new SplittableRandom(6).longs(5000).forEach(filter::add);

    assertThat(filter.full()).isTrue();
  }
}
