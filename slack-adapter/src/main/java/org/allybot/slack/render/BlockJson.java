package org.allybot.slack.render;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * Block Kit as JSON for the bodies Allybot posts itself (response_url). It gives the same JSON as
 * Bolt's Gson (a test compares them on every kind of message), from the models' fields, in snake
 * case, without nulls; Bolt's Gson binds each block through a JSON tree, which cost more than the
 * post itself on a busy poll.
 */
public final class BlockJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private BlockJson() {}

  /** {@code body} (a map of blocks, text and flags) as JSON. */
  public static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write Block Kit JSON", e);
    }
  }
}
