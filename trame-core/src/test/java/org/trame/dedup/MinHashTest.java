package org.trame.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

  /** Shingle hashes of the numbers in [from, to), mixed as real shingles are. */
  private static long[] set(int from, int to) {
    return LongStream.range(from, to).map(Mix::fmix64).toArray();
  }

  @Test
  void estimatesTheJaccardResemblanceOfTwoSets() {
    MinHash minHash = new MinHash(512, 7);
    // 1000 shared of 1500 in all: J = 2/3; 0 shared: J = 0
    Signature a = minHash.sign(set(0, 1250));
    Signature b = minHash.sign(set(250, 1500));
    Signature c = minHash.sign(set(5000, 6000));

    assertThat(a.similarity(b)).isBetween(2 / 3.0 - 0.07, 2 / 3.0 + 0.07);
    assertThat(a.similarity(c)).isLessThan(0.02);
    assertThat(a.similarity(a)).isEqualTo(1.0);
  }

  @Test
  void repeatsAndOrderDoNotChangeTheSignature() {
    MinHash minHash = new MinHash(64, 7);
    long[] once = set(0, 100);
    long[] twice = LongStream.concat(LongStream.of(once), LongStream.of(once)).toArray();
    long[] reversed = LongStream.range(0, 100).map(i -> once[99 - (int) i]).toArray();

    assertThat(minHash.sign(twice)).isEqualTo(minHash.sign(once));
    assertThat(minHash.sign(reversed)).isEqualTo(minHash.sign(once));
  }

  @Test
  void theSeedDecidesTheFunctions() {
    long[] shingles = set(0, 300);

    assertThat(new MinHash(64, 7).sign(shingles)).isEqualTo(new MinHash(64, 7).sign(shingles));
    assertThat(new MinHash(64, 8).sign(shingles)).isNotEqualTo(new MinHash(64, 7).sign(shingles));
  }

  @Test
  void anEmptySetHasNoSignature() {
    assertThat(new MinHash(8, 1).sign(new long[0])).isNull();
  }

  @Test
  void aSignatureReadsBackFromItsBytes() {
    Signature s = new MinHash(128, 3).sign(set(0, 50));
    byte[] framed = new byte[s.size() * 4 + 6];
    System.arraycopy(s.encode(), 0, framed, 3, s.size() * 4);

    assertThat(Signature.decode(framed, 3, s.size() * 4)).isEqualTo(s);
    assertThatThrownBy(() -> Signature.decode(framed, 0, 7))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
