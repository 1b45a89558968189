package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantReaderTest {
  record Stamped(Instant at) {}

  @Test
  void readsEveryInstantAsInstantWritesIt() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
      int nanos =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant instant = Instant.ofEpochSecond(seconds, nanos);

      assertThat(InstantReader.parse(instant.toString())).isEqualTo(instant);
    }
    assertThat(InstantReader.parse("2028-02-29T23:59:59.5Z"))
        .isEqualTo(Instant.parse("2028-02-29T23:59:59.5Z"));
  }

  @Test
  void leavesAnyOtherFormToJacksonsReader() {
    assertThat(InstantReader.parse("2026-02-30T10:00:00Z")).isNull();
    assertThat(InstantReader.parse("2026-11-24T24:00:00Z")).isNull();
    assertThat(InstantReader.parse("2026-11-24T10:00:00.Z")).isNull();
    assertThat(InstantReader.parse("2026-11-24T10:00:00+01:00")).isNull();
    assertThat(InstantReader.parse("+12026-11-24T10:00:00Z")).isNull();
    assertThat(InstantReader.parse("2026-1a-24T10:00:00Z")).isNull();

    assertThat(Json.read("{\"at\":\"+12026-11-24T10:00:00Z\"}", Stamped.class).at())
        .isEqualTo(Instant.parse("+12026-11-24T10:00:00Z"));
    assertThat(Json.read("{\"at\":1764000000}", Stamped.class).at())
        .isEqualTo(Instant.ofEpochSecond(1_764_000_000));
    assertThatThrownBy(() -> Json.read("{\"at\":\"2026-02-30T10:00:00Z\"}", Stamped.class))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void storedValuesRoundTrip() {
    Stamped stamped = new Stamped(Instant.parse("2026-11-24T09:30:00.123456Z"));

    assertThat(Json.read(Json.write(stamped), Stamped.class)).isEqualTo(stamped);
  }
}
