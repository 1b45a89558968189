package org.allybot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JettyCacheLineTest {

  @Test
  void sixteenCompressedReferencesFillALineBelowA32GigabyteHeapAndEightAbove() {
    assertThat(JettyCacheLine.referencesPerLine(256L << 20)).isEqualTo(16);
    assertThat(JettyCacheLine.referencesPerLine((32L << 30) - 1)).isEqualTo(16);
    assertThat(JettyCacheLine.referencesPerLine(64L << 30)).isEqualTo(8);
  }

  @Test
  void anOperatorsOwnSettingIsKept() {
    String before = System.getProperty(JettyCacheLine.PROPERTY);
    System.setProperty(JettyCacheLine.PROPERTY, "4");
    try {
      JettyCacheLine.set();

      assertThat(System.getProperty(JettyCacheLine.PROPERTY)).isEqualTo("4");
    } finally {
      if (before == null) {
        System.clearProperty(JettyCacheLine.PROPERTY);
      } else {
        System.setProperty(JettyCacheLine.PROPERTY, before);
      }
    }
  }

  @Test
  void unsetItBecomesWhatJettyWouldCompute() {
    String before = System.getProperty(JettyCacheLine.PROPERTY);
    System.clearProperty(JettyCacheLine.PROPERTY);
    try {
      JettyCacheLine.set();

      assertThat(System.getProperty(JettyCacheLine.PROPERTY))
          .isEqualTo(
              Integer.toString(JettyCacheLine.referencesPerLine(Runtime.getRuntime().maxMemory())));
    } finally {
      if (before == null) {
        System.clearProperty(JettyCacheLine.PROPERTY);
      } else {
        System.setProperty(JettyCacheLine.PROPERTY, before);
      }
    }
  }
}
