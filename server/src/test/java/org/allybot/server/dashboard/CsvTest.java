package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
    assertThat(new Csv().row("a,b", "say \"hi\"", "two\nlines", "plain").toString())
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
    assertThat(Csv.field("+SUM(A1)")).isEqualTo("'+SUM(A1)");
    assertThat(Csv.field("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
    assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.field("\tx")).isEqualTo("'\tx");
    assertThat(Csv.field("=HYPERLINK(\"x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  }

  @Test
  void numbersNegativeOnesIncludedStayNumbers() {
    assertThat(Csv.field("-0.300")).isEqualTo("-0.300");
    assertThat(Csv.field("42")).isEqualTo("42");
    assertThat(Csv.field("")).isEmpty();
    assertThat(Csv.field("fewer than 5")).isEqualTo("fewer than 5");
  }
}
