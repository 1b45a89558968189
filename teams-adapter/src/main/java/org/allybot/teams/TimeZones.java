package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The sender's IANA time zone, from the activity's {@code localTimezone} or its {@code clientInfo}
 * entity; empty when neither holds a zone Java knows.
 */
final class TimeZones {
  private TimeZones() {}

  static String of(JsonNode raw) {
    String zone = raw.path("localTimezone").asText("");
    if (zone.isEmpty()) {
      for (JsonNode entity : raw.path("entities")) {
        if ("clientInfo".equals(entity.path("type").asText())) {
          zone = entity.path("timezone").asText("");
          break;
        }
      }
    }
    return valid(zone);
  }

  static String valid(String zone) {
    if (zone.isBlank() || zone.length() > 64) {
      return "";
    }
    try {
      return ZoneId.of(zone.strip()).getId();
    } catch (DateTimeException e) {
      return "";
    }
  }
}
