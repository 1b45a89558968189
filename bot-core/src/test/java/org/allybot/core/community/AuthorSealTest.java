package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.allybot.core.MasterKey;
import org.junit.jupiter.api.Test;

class AuthorSealTest {
  private final MasterKey key = MasterKey.generate();
  private final AuthorSeal seal = new AuthorSeal(key);

  @Test
  void aSealOpensOnlyWithTheSameKeyAndContext() {
    String sealed = seal.seal("U0ASKER42", "author|shell:test|1");

    assertThat(sealed).matches("[0-9a-f]+").doesNotContain("U0ASKER42");
    assertThat(seal.open(sealed, "author|shell:test|1")).contains("U0ASKER42");
    assertThat(seal.open(sealed, "author|shell:test|2")).isEmpty();
    assertThat(new AuthorSeal(MasterKey.generate()).open(sealed, "author|shell:test|1")).isEmpty();
    assertThat(
            new AuthorSeal(MasterKey.fromBase64(key.toBase64()))
                .open(sealed, "author|shell:test|1"))
        .contains("U0ASKER42");
  }

  @Test
  void sealingTheSameAuthorTwiceGivesUnrelatedSeals() {
    assertThat(seal.seal("U1", "c")).isNotEqualTo(seal.seal("U1", "c"));
  }

  @Test
  void aDamagedOrBlankSealOpensToNothing() {
    String sealed = seal.seal("U1", "c");
    String damaged =
        sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("00") ? "11" : "00");

    assertThat(seal.open(damaged, "c")).isEmpty();
    assertThat(seal.open("", "c")).isEmpty();
    assertThat(seal.open("zz", "c")).isEmpty();
  }

  @Test
  void tagsAreEqualOnlyForEqualPartsAndDoNotRunPartsTogether() {
    assertThat(seal.tag("label", "1", "U1")).isEqualTo(seal.tag("label", "1", "U1"));
    assertThat(seal.tag("label", "1", "U1")).isNotEqualTo(seal.tag("label", "2", "U1"));
    assertThat(seal.tag("ab", "c")).isNotEqualTo(seal.tag("a", "bc"));
    assertThat(new AuthorSeal(MasterKey.generate()).tag("label", "1", "U1"))
        .isNotEqualTo(seal.tag("label", "1", "U1"));
    assertThat(AuthorSeal.same(seal.tag("x"), seal.tag("x"))).isTrue();
    assertThat(AuthorSeal.same("", "")).isFalse();
  }

  @Test
  void aMasterKeyIsThirtyTwoBase64BytesAndNeverPrintsItself() {
    assertThat(key.toString()).isEqualTo("MasterKey[hidden]").doesNotContain(key.toBase64());
    assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ="))
        .hasMessage("must be 32 bytes, not 5");
    assertThatThrownBy(() -> MasterKey.fromBase64("not base64!")).hasMessage("not base64");
  }
}
