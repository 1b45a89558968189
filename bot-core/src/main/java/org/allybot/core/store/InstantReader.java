package org.allybot.core.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants {@link Json} writes ({@code 2026-11-24T09:30:00.123Z}, as {@link
 * Instant#toString} gives them) digit by digit: through {@code DateTimeFormatter} this was most of
 * the cost of reading a member, which every click and every delivery does. Any other form goes to
 * Jackson's own reader.
 */
final class InstantReader extends StdDeserializer<Instant> {
  private static final int[] SCALE = {
    100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  InstantReader() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      Instant read = parse(p.getText());
      if (read != null) {
        return read;
      }
    }
    return InstantDeserializer.INSTANT.deserialize(p, context);
  }

  /** The instant in {@code text} if it has the form above; otherwise null. */
  static Instant parse(String text) {
    int n = text.length();
    if (n < 20
        || n > 30
        || n == 21
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(n - 1) != 'Z'
        || (n > 20 && text.charAt(19) != '.')) {
      return null;
    }
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int fraction = n > 20 ? digits(text, 20, n - 1) : 0;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    if (fraction < 0) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
    long seconds = date.toEpochDay() * 86_400 + hour * 3_600 + minute * 60 + second;
    return Instant.ofEpochSecond(seconds, n > 20 ? fraction * SCALE[n - 22] : 0);
  }

  /** The number {@code text} writes from {@code from} to {@code to}; -1 if a char is no digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
